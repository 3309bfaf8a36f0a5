// A slider's answers as a histogram: one bar per step of the scale, its count above it; every
// non-empty bar is a part linking to the stories in that range. Each bar also carries its range
// (data-range-from, data-range-max), so pattern-select.js can join the bars dragged over (or
// chosen with Shift and the arrow keys) into one range of stories.
import type { Bin } from '../pattern-charts/bins.ts';
import { axisLine, countText, hitArea, label, type Part } from './parts.ts';
import { PAGE_ACCENT, type ChartScene, type Shape } from './scene.ts';

const W = 560;
const H = 200;
const BOTTOM = 24;
const TOP = 18;

export function histogramScene(bins: Bin[], o: { format: (value: number) => string; part: (bin: number) => Part }): ChartScene {
  const most = Math.max(1, ...bins.map((b) => b.count));
  const width = (W - 20) / bins.length;
  const base = H - BOTTOM;
  const shapes: Shape[] = bins.map((bin, i) => {
    const h = (bin.count / most) * (base - TOP);
    const x = 10 + i * width;
    const bar: Shape[] = [
      { kind: 'rect', x: x + 2, y: base - h, w: width - 4, h, fill: PAGE_ACCENT, class: 'duiding-chart__bar' },
      countText(x + width / 2, base - h - 4, String(bin.count), 'middle', 'above'),
    ];
    if (bin.count <= 0) return { kind: 'group', shapes: bar };
    const data = { 'range-from': String(bin.from), 'range-max': String(bin.max ?? bin.from) };
    return { kind: 'link', ...o.part(i), count: bin.count, data, shapes: [hitArea(x, TOP - 16, width, base - TOP + 16), ...bar] };
  });
  shapes.push(axisLine(10, base, W - 10, base));
  bins.forEach((bin, i) => {
    if (i % 2 === 0) shapes.push(label(10 + i * width, H - 6, o.format(bin.from)));
  });
  shapes.push(label(W - 10, H - 6, o.format(bins[bins.length - 1]?.to ?? 0), 'end'));
  return { width: W, height: H, shapes };
}
