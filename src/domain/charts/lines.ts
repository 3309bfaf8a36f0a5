// Values over periods as lines with dots, a grid of five ticks and a legend for several series.
// A missing or suppressed value breaks the line rather than being drawn as zero.
import { legendRows } from './legend.ts';
import { clip, GRID, INK, MUTED, niceMax, seriesColor, type ChartData, type ChartScene, type Shape } from './scene.ts';

export function linesScene(chart: ChartData, { accent, format, width = 480 }: { accent: string; format: (n: number) => string; width?: number }): ChartScene {
  const shapes: Shape[] = [];
  const left = 56;
  const right = 16;
  const top = 10;
  const plotHeight = 140;
  const bottom = top + plotHeight;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number');
  const min = Math.min(0, ...values);
  const max = niceMax(Math.max(0, ...values));
  const span = max - min || 1;
  const y = (v: number) => bottom - ((v - min) / span) * plotHeight;
  const n = chart.categories.length;
  const x = (i: number) => left + (n <= 1 ? (width - left - right) / 2 : (i / (n - 1)) * (width - left - right));
  for (let tick = 0; tick <= 4; tick++) {
    const v = min + (span * tick) / 4;
    shapes.push({ kind: 'line', x1: left, y1: y(v), x2: width - right, y2: y(v), stroke: GRID, width: 0.5, dash: tick > 0, class: 'duiding-chart__grid' });
    shapes.push({ kind: 'text', x: left - 6, y: y(v) + 3, text: format(v), anchor: 'end', size: 8, fill: MUTED, class: 'duiding-chart__label' });
  }
  chart.categories.forEach((category, i) => {
    shapes.push({ kind: 'text', x: x(i), y: bottom + 14, text: clip(category, 12), anchor: 'middle', size: 8, fill: INK, class: 'duiding-chart__label' });
  });
  chart.series.forEach((series, s) => {
    const color = seriesColor(accent, s);
    let run: [number, number][] = [];
    const flush = () => {
      if (run.length > 1) shapes.push({ kind: 'polyline', points: run, stroke: color, width: 1.75, class: 'duiding-chart__line' });
      run = [];
    };
    series.values.forEach((value, i) => {
      if (typeof value !== 'number') return flush();
      run.push([x(i), y(value)]);
      shapes.push({ kind: 'circle', cx: x(i), cy: y(value), r: 2.5, fill: color, class: 'duiding-chart__dot' });
    });
    flush();
  });
  let height = bottom + 24;
  if (chart.series.length > 1) {
    const items = chart.series.map((series, s) => ({
      label: series.name,
      swatch: (sx: number, sy: number): Shape => ({ kind: 'rect', x: sx, y: sy, w: 10, h: 10, fill: seriesColor(accent, s) }),
    }));
    height = legendRows(shapes, items, height, width);
  }
  return { width, height, shapes };
}
