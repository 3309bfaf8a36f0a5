// Legend rows under a chart: a swatch and a name per item, wrapping across the width.
import { clip, INK, type Shape } from './scene.ts';

export interface LegendItem {
  label: string;
  /** The swatch, drawn at (x, y) with a 10 × 10 box. */
  swatch: (x: number, y: number) => Shape;
}

/** Adds the legend's shapes from `y` down; returns the height below it. */
export function legendRows(shapes: Shape[], items: LegendItem[], y: number, width: number, charWidth = 5): number {
  let x = 8;
  let row = y + 4;
  for (const item of items) {
    const label = clip(item.label, 24);
    const itemWidth = 18 + label.length * charWidth + 14;
    if (x + itemWidth > width) {
      x = 8;
      row += 14;
    }
    shapes.push(item.swatch(x, row));
    shapes.push({ kind: 'text', x: x + 14, y: row + 8.5, text: label, anchor: 'start', size: 8, fill: INK, class: 'duiding-chart__label' });
    x += itemWidth;
  }
  return row + 18;
}
