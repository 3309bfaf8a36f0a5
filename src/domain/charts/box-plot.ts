// groups × number: one horizontal box per group — whiskers from lowest to highest, the box over
// the middle half, a thick line at the median — and n beside it. Each group's row is a part that
// links to the stories of that group.
import type { GroupSpread } from '../pattern-charts/groups.ts';
import { axisLine, countText, hitArea, label, type Part } from './parts.ts';
import { clip, INK, type ChartScene, type Shape } from './scene.ts';

const W = 560;
const LABEL = 150;
const RIGHT = 70;
const ROW = 34;

export function boxPlotScene(groups: GroupSpread[], o: { format: (value: number) => string; part: (group: number) => Part }): ChartScene {
  const lo = Math.min(...groups.map((g) => g.min));
  const hi = Math.max(...groups.map((g) => g.max));
  const span = hi - lo || 1;
  const x = (v: number) => LABEL + ((v - lo) / span) * (W - LABEL - RIGHT);
  const axisY = groups.length * ROW + 8;
  const shapes: Shape[] = groups.map((g, i) => {
    const y = 6 + i * ROW;
    const mid = y + ROW / 2 - 3;
    return {
      kind: 'link',
      ...o.part(i),
      count: g.n,
      shapes: [
        hitArea(0, y, W, ROW - 4),
        label(LABEL - 6, mid + 4, clip(g.label, 22), 'end'),
        axisLine(x(g.min), mid, x(g.max), mid),
        { kind: 'rect', x: x(g.q1), y: y + 4, w: Math.max(1, x(g.q3) - x(g.q1)), h: ROW - 14, fill: '#8fcae7', class: 'duiding-box' },
        { kind: 'line', x1: x(g.median), y1: y + 2, x2: x(g.median), y2: y + ROW - 8, stroke: INK, width: 3, class: 'duiding-box__median' },
        { ...countText(W - RIGHT + 8, mid + 4, `n ${g.n}`, 'start'), fill: INK },
      ],
    };
  });
  shapes.push(axisLine(LABEL, axisY, W - RIGHT, axisY), label(LABEL, axisY + 16, o.format(lo)), label(W - RIGHT, axisY + 16, o.format(hi), 'end'));
  return { width: W, height: axisY + 22, shapes };
}
