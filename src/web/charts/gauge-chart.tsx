// A correlation on its scale from −1 to 1: a marker on a line, with 0 in the middle.
import { ChartFrame } from './frame.tsx';

export function GaugeChart({ id, title, desc, value, format }: { id: string; title: string; desc: string; value: number; format: (v: number) => string }) {
  const W = 300;
  const x = (v: number) => 20 + ((v + 1) / 2) * (W - 40);
  return (
    <ChartFrame id={id} title={title} desc={desc} width={W} height={44}>
      <line class="duiding-chart__axis" x1={x(-1)} x2={x(1)} y1="22" y2="22" />
      <line class="duiding-chart__axis" x1={x(0)} x2={x(0)} y1="16" y2="28" />
      <text class="duiding-chart__label" x={x(-1)} y="40" text-anchor="middle">−1</text>
      <text class="duiding-chart__label" x={x(0)} y="40" text-anchor="middle">0</text>
      <text class="duiding-chart__label" x={x(1)} y="40" text-anchor="middle">1</text>
      <circle class="duiding-chart__dot" cx={x(value)} cy="22" r="6" />
      <text class="duiding-chart__value" x={x(value)} y="11" text-anchor="middle">
        {format(value)}
      </text>
    </ChartFrame>
  );
}
