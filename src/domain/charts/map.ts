// A choropleth as chart shapes, for a page and for the report. The colours are the page's scale
// (duiding.css repeats them as classes); a missing value is light grey. A suppressed value is never
// coloured: hatched on a page (`hatch`), white with a dashed outline in print, where a legend
// below the map names each class (a page has its legend in HTML beside the map).
import type { Choropleth } from '../areas/choropleth.ts';
import { legendRows, type LegendItem } from './legend.ts';
import type { ChartScene, Shape } from './scene.ts';

export const MAP_STEPS = ['#d9ebf7', '#9ccbea', '#4f9fd6', '#1f6fb0', '#0b3d6b'];
const MISSING = '#eeeeee';
const OUTLINE = '#ffffff';
const MUTED = '#595959';

type Area = Choropleth['areas'][number];

interface MapOptions {
  format: (n: number) => string;
  /** A page: the id of the hatch pattern for suppressed areas, and each area's title. */
  page?: { hatch: string; title: (area: Area) => string };
  /** Print: the legend's words for a hidden and a missing value. */
  legend?: { suppressed: string; missing: string };
}

function areaShape(area: Area, page: MapOptions['page']): Shape {
  const title = page?.title(area);
  const cell = area.cell;
  if (cell.kind === 'value')
    return {
      kind: 'path',
      d: area.d,
      fill: MAP_STEPS[cell.step]!,
      stroke: OUTLINE,
      width: 1.25,
      class: `duiding-map__area duiding-map__area--step-${cell.step}`,
      title,
    };
  if (cell.kind === 'missing')
    return { kind: 'path', d: area.d, fill: MISSING, stroke: OUTLINE, width: 1.25, class: 'duiding-map__area duiding-map__area--missing', title };
  return {
    kind: 'path',
    d: area.d,
    fill: '#ffffff',
    stroke: MUTED,
    width: 0.75,
    dash: !page,
    pattern: page?.hatch,
    class: 'duiding-map__area duiding-map__area--suppressed',
    title,
  };
}

export function mapScene(map: Choropleth, { format, page, legend = { suppressed: 'te weinig', missing: 'geen cijfer' } }: MapOptions): ChartScene {
  const shapes = map.areas.map((area) => areaShape(area, page));
  if (page) {
    const hatch = {
      id: page.hatch,
      size: 6,
      shapes: [
        { kind: 'rect', x: 0, y: 0, w: 6, h: 6, fill: '#ffffff', class: 'duiding-map__hatch-ground' },
        { kind: 'path', d: 'M0,6L6,0M-1,1L1,-1M5,7L7,5', fill: 'none', stroke: '#666666', width: 1, class: 'duiding-map__hatch-line' },
      ] satisfies Shape[],
    };
    return { width: map.width, height: map.height, shapes, patterns: map.hasSuppressed ? [hatch] : [] };
  }
  const items: LegendItem[] = map.legend.map((step) => ({
    label: step.from === step.to ? format(step.from) : `${format(step.from)} – ${format(step.to)}`,
    swatch: (x, y) => ({ kind: 'rect', x, y, w: 10, h: 10, fill: MAP_STEPS[step.step]! }),
  }));
  if (map.hasSuppressed)
    items.push({
      label: legend.suppressed,
      swatch: (x, y) => ({
        kind: 'path',
        d: `M${x},${y}L${x + 10},${y}L${x + 10},${y + 10}L${x},${y + 10}Z`,
        fill: '#ffffff',
        stroke: MUTED,
        width: 0.75,
        dash: true,
      }),
    });
  if (map.hasMissing) items.push({ label: legend.missing, swatch: (x, y) => ({ kind: 'rect', x, y, w: 10, h: 10, fill: MISSING }) });
  const height = legendRows(shapes, items, map.height + 8 - 4, map.width, 4.6);
  return { width: map.width, height, shapes };
}
