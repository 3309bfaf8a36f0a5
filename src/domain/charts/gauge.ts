// A correlation on its scale from −1 to 1: a marker on a line, with 0 in the middle.
import { INK, MUTED, PAGE_ACCENT, type ChartScene, type Shape } from './scene.ts';

export function gaugeScene(value: number, format: (v: number) => string): ChartScene {
  const W = 300;
  const x = (v: number) => 20 + ((v + 1) / 2) * (W - 40);
  const tick = (v: number, text: string): Shape => ({
    kind: 'text',
    x: x(v),
    y: 40,
    text,
    anchor: 'middle',
    size: 12,
    fill: INK,
    class: 'duiding-chart__label',
  });
  return {
    width: W,
    height: 44,
    shapes: [
      { kind: 'line', x1: x(-1), x2: x(1), y1: 22, y2: 22, stroke: MUTED, width: 1, class: 'duiding-chart__axis' },
      { kind: 'line', x1: x(0), x2: x(0), y1: 16, y2: 28, stroke: MUTED, width: 1, class: 'duiding-chart__axis' },
      tick(-1, '−1'),
      tick(0, '0'),
      tick(1, '1'),
      { kind: 'circle', cx: x(value), cy: 22, r: 6, fill: PAGE_ACCENT, class: 'duiding-chart__dot' },
      { kind: 'text', x: x(value), y: 11, text: format(value), anchor: 'middle', size: 12, fill: INK, class: 'duiding-chart__value' },
    ],
  };
}
