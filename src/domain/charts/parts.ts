// Building blocks of the interactive charts (the analyst's pattern charts and the comparison):
// a part that links to its stories, labels and counts in the classes patterns.css styles, and
// the colours the PDF would print. The layouts beside this file use them; no I/O.
import { INK, MUTED, type Shape } from './scene.ts';

/** What a chart's part opens: the stories behind it (the link carries the filter) and its name. */
export interface Part {
  href: string;
  label: string;
}

/** The segment colours of duiding.css (`duiding-chart__seg--N`), for print. */
const SEGMENT_FILLS = ['#01689b', '#e17000', '#39870c', '#a90061', '#673327', '#8fcae7'];
/** The density steps of patterns.css (`duiding-density--N`), light to dark, for print. */
const DENSITY_FILLS = ['#f3f3f3', '#ddeef7', '#b3d7eb', '#8fcae7', '#3d8ec2', '#01689b'];

export const segment = (index: number) => {
  const k = index % SEGMENT_FILLS.length;
  return { fill: SEGMENT_FILLS[k], class: `duiding-chart__seg duiding-chart__seg--${k}` };
};

/** Five steps of density, by the share of the fullest cell (0 = empty). */
function densityStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, 1 + Math.floor((4.999 * count) / max));
}

export const density = (count: number, max: number) => {
  const step = densityStep(count, max);
  return { fill: DENSITY_FILLS[step], class: `duiding-density duiding-density--${step}` };
};

type Anchor = 'start' | 'middle' | 'end';

/** An axis or category label. */
export const label = (x: number, y: number, text: string, anchor: Anchor = 'start', rotate?: number): Shape => ({
  kind: 'text',
  x,
  y,
  text,
  anchor,
  size: 12,
  fill: MUTED,
  class: 'duiding-chart__label',
  ...(rotate === undefined ? {} : { rotate }),
});

/** The number of stories written on a part; `modifier`: `above` a bar or on a `density` cell. */
export const countText = (x: number, y: number, text: string, anchor: Anchor, modifier?: 'above' | 'density'): Shape => ({
  kind: 'text',
  x,
  y,
  text,
  anchor,
  size: 12,
  fill: modifier ? INK : '#ffffff',
  class: modifier ? `duiding-select__count duiding-select__count--${modifier}` : 'duiding-select__count',
});

/** A transparent area that makes a whole row or column the part's target. */
export const hitArea = (x: number, y: number, w: number, h: number): Shape => ({ kind: 'rect', x, y, w, h, fill: 'none', class: 'duiding-select__hit' });

export const axisLine = (x1: number, y1: number, x2: number, y2: number): Shape => ({
  kind: 'line',
  x1,
  y1,
  x2,
  y2,
  stroke: '#6b6b6b',
  width: 1,
  class: 'duiding-chart__axis',
});
