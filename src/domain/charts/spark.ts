// One indicator series as a small line chart (a "small multiple"): all multiples of one indicator
// share a scale so they can be compared at a glance. Missing and suppressed values leave a gap.
import { INK, MUTED, PAGE_ACCENT, type ChartScene, type Shape } from './scene.ts';

const W = 220;
const H = 96;
const PAD = { left: 8, right: 44, top: 12, bottom: 20 };

export function sparkScene(
  points: { period: string; value: number | null }[],
  scale: { min: number; max: number },
  format: (value: number) => string,
): ChartScene {
  const span = scale.max - scale.min || 1;
  const x = (i: number) => PAD.left + (points.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) => PAD.top + (1 - (v - scale.min) / span) * (H - PAD.top - PAD.bottom);
  const shapes: Shape[] = [
    { kind: 'line', x1: PAD.left, x2: W - PAD.right, y1: H - PAD.bottom, y2: H - PAD.bottom, stroke: MUTED, width: 1, class: 'duiding-chart__axis' },
  ];
  // Consecutive known values form one segment; a gap breaks the line.
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length) shapes.push({ kind: 'polyline', points: run, stroke: PAGE_ACCENT, width: 2.5, class: 'duiding-chart__line' });
    run = [];
  };
  points.forEach((p, i) => (p.value === null ? flush() : run.push([x(i), y(p.value)])));
  flush();
  points.forEach((p, i) => {
    if (p.value !== null) shapes.push({ kind: 'circle', cx: x(i), cy: y(p.value), r: 3, fill: PAGE_ACCENT, class: 'duiding-chart__dot' });
  });
  if (points.length) {
    shapes.push({ kind: 'text', x: PAD.left, y: H - 5, text: points[0].period, anchor: 'start', size: 12, fill: INK, class: 'duiding-chart__label' });
    shapes.push({
      kind: 'text',
      x: W - PAD.right,
      y: H - 5,
      text: points[points.length - 1].period,
      anchor: 'end',
      size: 12,
      fill: INK,
      class: 'duiding-chart__label',
    });
  }
  let lastIndex = points.length - 1;
  while (lastIndex >= 0 && points[lastIndex].value === null) lastIndex--;
  if (lastIndex >= 0) {
    const last = points[lastIndex].value!;
    shapes.push({ kind: 'text', x: x(lastIndex) + 6, y: y(last) + 4, text: format(last), anchor: 'start', size: 12, fill: INK, class: 'duiding-chart__value' });
  }
  return { width: W, height: H, shapes };
}

/** The scale shared by a set of series: their known values, with a little room. */
export function sharedScale(values: (number | null)[]): { min: number; max: number } {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { min: 0, max: 1 };
  const min = Math.min(0, ...known);
  const max = Math.max(...known);
  return { min, max: max === min ? min + 1 : max * 1.05 };
}
