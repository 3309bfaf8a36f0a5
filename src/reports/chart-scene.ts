// A chart laid out once as plain shapes (rectangles, lines, text) in points; svg.ts writes the
// shapes as SVG and pdf-chart.ts draws the same shapes with pdfkit paths, so the HTML and the PDF
// charts are identical vectors.
import type { ReportChart } from './document.ts';
import { layoutMap } from './map-scene.ts';

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: boolean }
  | { kind: 'polyline'; points: [number, number][]; stroke: string; width: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  /** SVG path data (a map's area); holes by the even-odd rule. */
  | { kind: 'path'; d: string; fill: string; stroke: string; width: number; dash?: boolean }
  | { kind: 'text'; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; size: number; fill: string; italic?: boolean };

export interface ChartScene {
  width: number;
  height: number;
  shapes: Shape[];
}

const INK = '#1a1a1a';
const MUTED = '#595959';
const GRID = '#d0d0d0';
/** Series colours after the accent: distinguishable, each with 4.5:1 contrast on white. */
const PALETTE = ['#a3390f', '#1f6b3a', '#5b3f8c', '#00627a', '#7a5a00', '#8c2f5f', '#3d3d3d'];

export function seriesColor(accent: string, index: number): string {
  return index === 0 ? accent : PALETTE[(index - 1) % PALETTE.length];
}

export function layoutChart(chart: ReportChart, accent: string, format: (n: number) => string, width = 480): ChartScene {
  if (chart.kind === 'map' && chart.map) return layoutMap(chart.map, format, chart.mapLegend);
  return chart.kind === 'bars' ? layoutBars(chart, accent, format, width) : layoutLines(chart, accent, format, width);
}

/** Rounded upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function truncate(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function layoutBars(chart: ReportChart, accent: string, format: (n: number) => string, width: number): ChartScene {
  const shapes: Shape[] = [];
  const labelWidth = 150;
  const valueWidth = 90;
  const barArea = width - labelWidth - valueWidth;
  const seriesCount = Math.max(1, chart.series.length);
  const barHeight = seriesCount > 1 ? 9 : 14;
  const rowHeight = barHeight * seriesCount + 8;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number');
  const min = Math.min(0, ...values);
  const max = niceMax(Math.max(0, ...values));
  const span = max - min || 1;
  const x0 = labelWidth + ((0 - min) / span) * barArea;
  const top = 4;
  chart.categories.forEach((category, row) => {
    const y = top + row * rowHeight;
    shapes.push({ kind: 'text', x: labelWidth - 6, y: y + (rowHeight - 8) / 2 + 4, text: truncate(category, 26), anchor: 'end', size: 9, fill: INK });
    chart.series.forEach((series, s) => {
      const value = series.values[row] ?? '';
      const by = y + s * barHeight;
      if (typeof value !== 'number') {
        shapes.push({ kind: 'text', x: x0 + 4, y: by + barHeight - 3, text: value, anchor: 'start', size: 8, fill: MUTED, italic: true });
        return;
      }
      const end = labelWidth + ((value - min) / span) * barArea;
      shapes.push({ kind: 'rect', x: Math.min(x0, end), y: by, w: Math.max(0.5, Math.abs(end - x0)), h: barHeight - 2, fill: seriesColor(accent, s) });
      shapes.push({ kind: 'text', x: Math.max(x0, end) + 4, y: by + barHeight - 3, text: format(value), anchor: 'start', size: 8, fill: INK });
    });
  });
  const bottom = top + chart.categories.length * rowHeight;
  shapes.push({ kind: 'line', x1: x0, y1: top - 2, x2: x0, y2: bottom, stroke: MUTED, width: 0.75 });
  let height = bottom + 6;
  if (chart.series.length > 1) height = legend(shapes, chart, accent, height, width);
  return { width, height, shapes };
}

function layoutLines(chart: ReportChart, accent: string, format: (n: number) => string, width: number): ChartScene {
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
    shapes.push({ kind: 'line', x1: left, y1: y(v), x2: width - right, y2: y(v), stroke: GRID, width: 0.5, dash: tick > 0 });
    shapes.push({ kind: 'text', x: left - 6, y: y(v) + 3, text: format(v), anchor: 'end', size: 8, fill: MUTED });
  }
  chart.categories.forEach((category, i) => {
    shapes.push({ kind: 'text', x: x(i), y: bottom + 14, text: truncate(category, 12), anchor: 'middle', size: 8, fill: INK });
  });
  chart.series.forEach((series, s) => {
    const color = seriesColor(accent, s);
    // A missing or suppressed value breaks the line rather than being drawn as zero.
    let run: [number, number][] = [];
    const flush = () => {
      if (run.length > 1) shapes.push({ kind: 'polyline', points: run, stroke: color, width: 1.75 });
      run = [];
    };
    series.values.forEach((value, i) => {
      if (typeof value !== 'number') return flush();
      run.push([x(i), y(value)]);
      shapes.push({ kind: 'circle', cx: x(i), cy: y(value), r: 2.5, fill: color });
    });
    flush();
  });
  let height = bottom + 24;
  if (chart.series.length > 1) height = legend(shapes, chart, accent, height, width);
  return { width, height, shapes };
}

/** Legend rows under the chart: a swatch and the series name, wrapping across the width. */
function legend(shapes: Shape[], chart: ReportChart, accent: string, y: number, width: number): number {
  let x = 8;
  let row = y + 4;
  chart.series.forEach((series, s) => {
    const label = truncate(series.name, 24);
    const itemWidth = 18 + label.length * 5 + 14;
    if (x + itemWidth > width) {
      x = 8;
      row += 14;
    }
    shapes.push({ kind: 'rect', x, y: row, w: 10, h: 10, fill: seriesColor(accent, s) });
    shapes.push({ kind: 'text', x: x + 14, y: row + 8.5, text: label, anchor: 'start', size: 8, fill: INK });
    x += itemWidth;
  });
  return row + 18;
}
