// A chart scene as SVG text: one writer for the pages (embedded in hono/jsx) and the HTML report.
// The <svg> is an image with a title and a description that screen readers announce
// (role="img", aria-labelledby); the figures themselves are in the chart's table alternative.
// An interactive chart (`select`) is a group instead (role="group", data-select-chart) whose
// `link` shapes are <a> elements: Tab stops without a script, one Tab stop with arrow keys and
// drag-to-select with assets/pattern-select.js.
import type { ChartScene, Shape } from './scene.ts';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const r = (n: number) => Math.round(n * 10) / 10;

function attrs(list: [string, string | number | undefined | false][]): string {
  return list
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== false)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? value : escapeXml(value)}"`)
    .join('');
}

/** `data-*` attributes in a fixed order (the keys as given). */
const dataAttrs = (data: Record<string, string> | undefined): [string, string][] => Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]);

const pointsOf = (points: [number, number][]) => points.map(([x, y]) => `${r(x)},${r(y)}`).join(' ');

function shapeSvg(shape: Shape): string {
  // The class last, so the geometry leads (and reads) first.
  const cls: [string, string | undefined] = ['class', 'class' in shape ? shape.class : undefined];
  switch (shape.kind) {
    case 'rect':
      return `<rect${attrs([['x', r(shape.x)], ['y', r(shape.y)], ['width', r(shape.w)], ['height', r(shape.h)], ['fill', shape.fill], cls])}/>`;
    case 'line':
      return `<line${attrs([['x1', r(shape.x1)], ['y1', r(shape.y1)], ['x2', r(shape.x2)], ['y2', r(shape.y2)], ['stroke', shape.stroke], ['stroke-width', shape.width], ['stroke-dasharray', shape.dash && '2 2'], cls])}/>`;
    case 'polyline':
      return `<polyline${attrs([['points', pointsOf(shape.points)], ['fill', 'none'], ['stroke', shape.stroke], ['stroke-width', shape.width], cls])}/>`;
    case 'polygon':
      return `<polygon${attrs([['points', pointsOf(shape.points)], ['fill', shape.fill], ['stroke', shape.stroke], ['stroke-width', shape.width], cls])}/>`;
    case 'circle':
      return `<circle${attrs([['cx', r(shape.cx)], ['cy', r(shape.cy)], ['r', shape.r], ['fill', shape.fill], cls])}/>`;
    case 'path': {
      const fill = shape.pattern ? `url(#${shape.pattern})` : shape.fill;
      const open = `<path${attrs([['d', shape.d], ['fill', fill], ['fill-rule', 'evenodd'], ['stroke', shape.stroke], ['stroke-width', shape.width], ['stroke-dasharray', shape.dash && '2 2'], cls])}`;
      return shape.title === undefined ? `${open}/>` : `${open}><title>${escapeXml(shape.title)}</title></path>`;
    }
    case 'text':
      return `<text${attrs([['x', r(shape.x)], ['y', r(shape.y)], ['text-anchor', shape.anchor !== 'start' && shape.anchor], ['font-size', shape.size], ['fill', shape.fill], ['font-style', shape.italic && 'italic'], ['transform', shape.rotate !== undefined && `rotate(${shape.rotate} ${r(shape.x)} ${r(shape.y)})`], cls])}>${escapeXml(shape.text)}</text>`;
    case 'link':
      // The name as an SVG <title> (also the tooltip), not aria-label: the part shows only some of
      // its words (a count), and a name that says more than the visible text suits a title.
      return (
        `<a${attrs([['href', shape.href], ['class', 'duiding-select__cell'], ['data-select-cell', ''], ['data-label', shape.label], ['data-count', shape.count], ...dataAttrs(shape.data)])}>` +
        `<title>${escapeXml(shape.label)}</title>${shape.shapes.map(shapeSvg).join('')}</a>`
      );
    case 'group':
      return `<g${attrs([['class', shape.class], ...dataAttrs(shape.data), ['aria-hidden', shape.hidden && 'true']])}>${shape.shapes.map(shapeSvg).join('')}</g>`;
  }
}

interface SvgOptions {
  /** Prefix of the title's and description's ids. */
  id: string;
  title: string;
  desc: string;
  class?: string;
  fontFamily?: string;
  /** Hide the shapes from assistive technology (the report: its table says it all). */
  hideShapes?: boolean;
  /** An interactive chart: a named group of links rather than an image, found by its id. */
  select?: { data?: Record<string, string> };
}

function rootAttrs(o: SvgOptions, width: number, height: number): [string, string | number | undefined][] {
  const box: [string, string | number | undefined][] = [
    ['viewBox', `0 0 ${width} ${height}`],
    ['width', width],
    ['height', height],
  ];
  if (!o.select)
    return [
      ['class', o.class],
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['role', 'img'],
      ['aria-labelledby', `${o.id}-title ${o.id}-desc`],
      ...box,
      ['font-family', o.fontFamily],
    ];
  return [
    ['class', o.class],
    ['role', 'group'],
    ['aria-labelledby', `${o.id}-title`],
    ['aria-describedby', `${o.id}-desc`],
    ['data-select-chart', ''],
    ...dataAttrs(o.select.data),
    ['id', o.id],
    ...box,
    ['xmlns', 'http://www.w3.org/2000/svg'],
    ['font-family', o.fontFamily],
  ];
}

export function sceneToSvg(scene: ChartScene, o: SvgOptions): string {
  const patterns = (scene.patterns ?? []).map(
    (p) => `<pattern id="${escapeXml(p.id)}" patternUnits="userSpaceOnUse" width="${p.size}" height="${p.size}">${p.shapes.map(shapeSvg).join('')}</pattern>`,
  );
  const shapes = scene.shapes.map(shapeSvg).join('');
  const width = r(scene.width);
  const height = r(scene.height);
  return (
    `<svg${attrs(rootAttrs(o, width, height))}>` +
    `<title id="${escapeXml(o.id)}-title">${escapeXml(o.title)}</title><desc id="${escapeXml(o.id)}-desc">${escapeXml(o.desc)}</desc>` +
    (patterns.length ? `<defs>${patterns.join('')}</defs>` : '') +
    (o.hideShapes ? `<g aria-hidden="true">${shapes}</g>` : shapes) +
    '</svg>'
  );
}
