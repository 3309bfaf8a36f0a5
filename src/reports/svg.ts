// A chart scene as inline SVG: a vector image with a title and description for screen readers.
import type { ChartScene } from './chart-scene.ts';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const r = (n: number) => Math.round(n * 10) / 10;

export function sceneToSvg(scene: ChartScene, id: string, title: string, description: string): string {
  const parts: string[] = [];
  for (const shape of scene.shapes) {
    switch (shape.kind) {
      case 'rect':
        parts.push(`<rect x="${r(shape.x)}" y="${r(shape.y)}" width="${r(shape.w)}" height="${r(shape.h)}" fill="${shape.fill}"/>`);
        break;
      case 'line':
        parts.push(
          `<line x1="${r(shape.x1)}" y1="${r(shape.y1)}" x2="${r(shape.x2)}" y2="${r(shape.y2)}" stroke="${shape.stroke}" stroke-width="${shape.width}"${shape.dash ? ' stroke-dasharray="2 2"' : ''}/>`,
        );
        break;
      case 'polyline':
        parts.push(`<polyline points="${shape.points.map(([x, y]) => `${r(x)},${r(y)}`).join(' ')}" fill="none" stroke="${shape.stroke}" stroke-width="${shape.width}"/>`);
        break;
      case 'path':
        parts.push(`<path d="${shape.d}" fill="${shape.fill}" fill-rule="evenodd" stroke="${shape.stroke}" stroke-width="${shape.width}"${shape.dash ? ' stroke-dasharray="2 2"' : ''}/>`);
        break;
      case 'circle':
        parts.push(`<circle cx="${r(shape.cx)}" cy="${r(shape.cy)}" r="${shape.r}" fill="${shape.fill}"/>`);
        break;
      case 'text':
        parts.push(
          `<text x="${r(shape.x)}" y="${r(shape.y)}" text-anchor="${shape.anchor}" font-size="${shape.size}" fill="${shape.fill}"${shape.italic ? ' font-style="italic"' : ''}>${escapeXml(shape.text)}</text>`,
        );
        break;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${scene.width} ${r(scene.height)}" ` +
    `width="${scene.width}" height="${r(scene.height)}" font-family="Helvetica, Arial, sans-serif">` +
    `<title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(description)}</desc>` +
    // The shapes repeat what the table says; screen readers read the table instead.
    `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}
