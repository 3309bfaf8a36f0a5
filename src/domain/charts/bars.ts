// Horizontal bars per category, one bar per series (the report's charts, the monitor's medians
// per group). A missing or suppressed value gets no bar, only its words.
import { legendRows } from './legend.ts';
import { clip, INK, MUTED, niceMax, seriesColor, type ChartData, type ChartScene, type Shape } from './scene.ts';

interface BarsOptions {
  accent: string;
  format: (n: number) => string;
  width?: number;
  /** The axis maximum; without it, a rounded maximum of the values. */
  max?: number;
}

/** The page's class of series s: the first is the accent bar, the others the stacked colours. */
const barClass = (s: number) => (s === 0 ? 'duiding-chart__bar' : `duiding-chart__seg--${s % 6}`);

export function barsScene(chart: ChartData, { accent, format, width = 480, max: fixedMax }: BarsOptions): ChartScene {
  const shapes: Shape[] = [];
  const labelWidth = 150;
  const valueWidth = 90;
  const barArea = width - labelWidth - valueWidth;
  const seriesCount = Math.max(1, chart.series.length);
  const barHeight = seriesCount > 1 ? 9 : 14;
  const rowHeight = barHeight * seriesCount + 8;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number');
  const min = Math.min(0, ...values);
  const max = fixedMax ?? niceMax(Math.max(0, ...values));
  const span = max - min || 1;
  const x0 = labelWidth + ((0 - min) / span) * barArea;
  const top = 4;
  chart.categories.forEach((category, row) => {
    const y = top + row * rowHeight;
    shapes.push({
      kind: 'text',
      x: labelWidth - 6,
      y: y + (rowHeight - 8) / 2 + 4,
      text: clip(category, 26),
      anchor: 'end',
      size: 9,
      fill: INK,
      class: 'duiding-chart__label',
    });
    chart.series.forEach((series, s) => {
      const value = series.values[row] ?? '';
      const by = y + s * barHeight;
      if (typeof value !== 'number') {
        shapes.push({
          kind: 'text',
          x: x0 + 4,
          y: by + barHeight - 3,
          text: value,
          anchor: 'start',
          size: 8,
          fill: MUTED,
          italic: true,
          class: 'duiding-chart__suppressed',
        });
        return;
      }
      const end = labelWidth + ((value - min) / span) * barArea;
      shapes.push({
        kind: 'rect',
        x: Math.min(x0, end),
        y: by,
        w: Math.max(0.5, Math.abs(end - x0)),
        h: barHeight - 2,
        fill: seriesColor(accent, s),
        class: barClass(s),
      });
      shapes.push({
        kind: 'text',
        x: Math.max(x0, end) + 4,
        y: by + barHeight - 3,
        text: format(value),
        anchor: 'start',
        size: 8,
        fill: INK,
        class: 'duiding-chart__value',
      });
    });
  });
  const bottom = top + chart.categories.length * rowHeight;
  shapes.push({ kind: 'line', x1: x0, y1: top - 2, x2: x0, y2: bottom, stroke: MUTED, width: 0.75, class: 'duiding-chart__axis' });
  let height = bottom + 6;
  if (chart.series.length > 1) {
    const items = chart.series.map((series, s) => ({
      label: series.name,
      swatch: (x: number, y: number): Shape => ({ kind: 'rect', x, y, w: 10, h: 10, fill: seriesColor(accent, s), class: barClass(s) }),
    }));
    height = legendRows(shapes, items, height, width);
  }
  return { width, height, shapes };
}
