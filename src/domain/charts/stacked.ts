// 100% stacked bars: per row the shares of each column category (a table pattern). Suppressed
// shares are not drawn; the row then ends short and the table alternative says why.
import { clip, INK, type ChartScene, type Shape } from './scene.ts';

const W = 420;
const ROW = 22;
const LABEL = 150;
/** The six segment colours of duiding.css (.duiding-chart__seg--N). */
const SEGMENT_COLOURS = ['#01689b', '#e17000', '#39870c', '#a90061', '#673327', '#8fcae7'];

const segment = (j: number, x: number, y: number, w: number, h: number): Shape => ({
  kind: 'rect',
  x,
  y,
  w,
  h,
  fill: SEGMENT_COLOURS[j % SEGMENT_COLOURS.length],
  class: `duiding-chart__seg duiding-chart__seg--${j % SEGMENT_COLOURS.length}`,
});

export function stackedScene(rows: { label: string; shares: (number | null)[] }[], columns: string[]): ChartScene {
  const legendY = rows.length * ROW + 12;
  const height = legendY + Math.ceil(columns.length / 3) * 16 + 4;
  const span = W - LABEL - 10;
  const shapes: Shape[] = [];
  rows.forEach((row, i) => {
    let x = LABEL;
    const y = 4 + i * ROW;
    shapes.push({ kind: 'text', x: LABEL - 6, y: y + 14, text: clip(row.label, 24), anchor: 'end', size: 12, fill: INK, class: 'duiding-chart__label' });
    row.shares.forEach((share, j) => {
      if (share === null || share <= 0) return;
      shapes.push(segment(j, x, y + 2, share * span, ROW - 6));
      x += share * span;
    });
  });
  columns.forEach((column, j) => {
    const x = (j % 3) * 140;
    const y = legendY + Math.floor(j / 3) * 16;
    shapes.push(segment(j, x, y - 9, 10, 10));
    shapes.push({ kind: 'text', x: x + 14, y, text: clip(column, 18), anchor: 'start', size: 12, fill: INK, class: 'duiding-chart__label' });
  });
  return { width: W, height, shapes };
}
