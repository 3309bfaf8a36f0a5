// groups × number: one horizontal box per group — whiskers from lowest to highest, the box over
// the middle half, a thick line at the median (the scan's) with its value — and n beside it.
// Each group's row links to the stories of that group (group=b:label).
import { clip } from '../../domain/charts/scene.ts';
import { SelectCell, SelectFrame } from './select-frame.tsx';

interface BoxGroup {
  label: string;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface BoxPlotProps {
  id: string;
  title: string;
  desc: string;
  groups: BoxGroup[];
  /** How a value is written (a triad share as a percentage). */
  format: (value: number) => string;
  href: (group: number) => string;
  cellLabel: (group: number) => string;
}

const W = 560;
const LABEL = 150;
const RIGHT = 70;
const ROW = 34;

export function BoxPlot({ id, title, desc, groups, format, href, cellLabel }: BoxPlotProps) {
  const lo = Math.min(...groups.map((g) => g.min));
  const hi = Math.max(...groups.map((g) => g.max));
  const span = hi - lo || 1;
  const x = (v: number) => LABEL + ((v - lo) / span) * (W - LABEL - RIGHT);
  const axisY = groups.length * ROW + 8;
  return (
    <SelectFrame id={id} title={title} desc={desc} width={W} height={axisY + 22}>
      {groups.map((g, i) => {
        const y = 6 + i * ROW;
        const mid = y + ROW / 2 - 3;
        return (
          <SelectCell href={href(i)} label={cellLabel(i)} count={g.n}>
            <rect class="duiding-select__hit" x={0} y={y} width={W} height={ROW - 4} />
            <text class="duiding-chart__label" x={LABEL - 6} y={mid + 4} text-anchor="end">
              {clip(g.label, 22)}
            </text>
            <line class="duiding-chart__axis" x1={x(g.min)} x2={x(g.max)} y1={mid} y2={mid} />
            <rect class="duiding-box" x={x(g.q1)} y={y + 4} width={Math.max(1, x(g.q3) - x(g.q1))} height={ROW - 14} />
            <line class="duiding-box__median" x1={x(g.median)} x2={x(g.median)} y1={y + 2} y2={y + ROW - 8} />
            <text class="duiding-select__count" x={W - RIGHT + 8} y={mid + 4}>
              {`n ${g.n}`}
            </text>
          </SelectCell>
        );
      })}
      <line class="duiding-chart__axis" x1={LABEL} x2={W - RIGHT} y1={axisY} y2={axisY} />
      <text class="duiding-chart__label" x={LABEL} y={axisY + 16} text-anchor="start">
        {format(lo)}
      </text>
      <text class="duiding-chart__label" x={W - RIGHT} y={axisY + 16} text-anchor="end">
        {format(hi)}
      </text>
    </SelectFrame>
  );
}
