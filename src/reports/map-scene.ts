// A choropleth as chart shapes (paths and a legend), so the HTML report's SVG and the PDF draw
// the same vectors. The colours repeat the web page's scale; a suppressed area is white with a
// dashed outline — never coloured — and a missing one light grey, each named in the legend.
import type { Choropleth } from '../domain/areas/choropleth.ts';
import type { ChartScene, Shape } from './chart-scene.ts';

export const MAP_STEPS = ['#d9ebf7', '#9ccbea', '#4f9fd6', '#1f6fb0', '#0b3d6b'];
const MISSING = '#eeeeee';
const OUTLINE = '#ffffff';
const INK = '#1a1a1a';
const MUTED = '#595959';

export function layoutMap(map: Choropleth, format: (n: number) => string, words = { suppressed: 'te weinig', missing: 'geen cijfer' }): ChartScene {
  const shapes: Shape[] = [];
  for (const area of map.areas) {
    if (area.cell.kind === 'value') shapes.push({ kind: 'path', d: area.d, fill: MAP_STEPS[area.cell.step]!, stroke: OUTLINE, width: 1.25 });
    else if (area.cell.kind === 'missing') shapes.push({ kind: 'path', d: area.d, fill: MISSING, stroke: OUTLINE, width: 1.25 });
    else shapes.push({ kind: 'path', d: area.d, fill: '#ffffff', stroke: MUTED, width: 0.75, dash: true });
  }
  let x = 8;
  let y = map.height + 8;
  const item = (swatch: Shape[], label: string) => {
    const itemWidth = 18 + label.length * 4.6 + 14;
    if (x + itemWidth > map.width) {
      x = 8;
      y += 14;
    }
    for (const s of swatch) shapes.push(s);
    shapes.push({ kind: 'text', x: x + 14, y: y + 8.5, text: label, anchor: 'start', size: 8, fill: INK });
    x += itemWidth;
  };
  for (const step of map.legend) {
    const label = step.from === step.to ? format(step.from) : `${format(step.from)} – ${format(step.to)}`;
    item([{ kind: 'rect', x, y, w: 10, h: 10, fill: MAP_STEPS[step.step]! }], label);
  }
  if (map.hasSuppressed) item([{ kind: 'path', d: `M${x},${y}L${x + 10},${y}L${x + 10},${y + 10}L${x},${y + 10}Z`, fill: '#ffffff', stroke: MUTED, width: 0.75, dash: true }], words.suppressed);
  if (map.hasMissing) item([{ kind: 'rect', x, y, w: 10, h: 10, fill: MISSING }], words.missing);
  return { width: map.width, height: y + 18, shapes };
}
