// One indicator series as a small line chart (a "small multiple"): all multiples of one
// indicator share a scale so they can be compared at a glance. Missing and suppressed values
// leave a gap. The table alternative is rendered by the page next to it.
import { ChartFrame } from './frame.tsx';

export interface SeriesChartProps {
  id: string;
  title: string;
  desc: string;
  points: { period: string; value: number | null }[];
  /** Shared across the multiples of one indicator. */
  scale: { min: number; max: number };
  format: (value: number) => string;
}

const W = 220;
const H = 96;
const PAD = { left: 8, right: 44, top: 12, bottom: 20 };

export function SeriesChart({ id, title, desc, points, scale, format }: SeriesChartProps) {
  const span = scale.max - scale.min || 1;
  const x = (i: number) => PAD.left + (points.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) => PAD.top + (1 - (v - scale.min) / span) * (H - PAD.top - PAD.bottom);
  // Consecutive known values form one segment; a gap breaks the line.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const last = [...points].reverse().find((p) => p.value !== null);
  const lastIndex = last ? points.lastIndexOf(last) : -1;
  return (
    <ChartFrame id={id} title={title} desc={desc} width={W} height={H}>
      <line class="duiding-chart__axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
      {segments.map((s) => (
        <polyline class="duiding-chart__line" points={s} />
      ))}
      {points.map((p, i) => (p.value === null ? null : <circle class="duiding-chart__dot" cx={x(i)} cy={y(p.value)} r="3" />))}
      {points.length ? (
        <>
          <text class="duiding-chart__label" x={PAD.left} y={H - 5}>
            {points[0].period}
          </text>
          <text class="duiding-chart__label" x={W - PAD.right} y={H - 5} text-anchor="end">
            {points[points.length - 1].period}
          </text>
        </>
      ) : null}
      {last && last.value !== null ? (
        <text class="duiding-chart__value" x={x(lastIndex) + 6} y={y(last.value) + 4}>
          {format(last.value)}
        </text>
      ) : null}
    </ChartFrame>
  );
}

/** The scale shared by a set of series: their known values, with a little room. */
export function sharedScale(values: (number | null)[]): { min: number; max: number } {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { min: 0, max: 1 };
  const min = Math.min(0, ...known);
  const max = Math.max(...known);
  return { min, max: max === min ? min + 1 : max * 1.05 };
}
