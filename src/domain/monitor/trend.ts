// The trend of an indicator series judged against the municipality's own target direction
// (indicator_definitions.direction: up = higher is better, down = lower is better).
import type { Direction } from '../indicators/types.ts';

export type TrendJudgement = 'better' | 'worse' | 'same' | 'unknown';

export interface Trend {
  from: string;
  to: string;
  change: number;
  judgement: TrendJudgement;
}

/** Changes smaller than this share of the earlier value count as "gelijk". */
const SAME_WITHIN = 0.01;

/** From the last-but-one to the last period with a value; null with fewer than two values. */
export function trendOf(points: ReadonlyArray<{ period: string; value: number | null }>, direction: Direction): Trend | null {
  const known = points
    .filter((p): p is { period: string; value: number } => typeof p.value === 'number')
    .sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
  if (known.length < 2) return null;
  const before = known[known.length - 2];
  const last = known[known.length - 1];
  const change = last.value - before.value;
  return { from: before.period, to: last.period, change, judgement: judge(change, before.value, direction) };
}

export function judge(change: number, before: number, direction: Direction): TrendJudgement {
  if (Math.abs(change) <= Math.abs(before) * SAME_WITHIN) return 'same';
  if (direction === 'none') return 'unknown';
  return change > 0 === (direction === 'up') ? 'better' : 'worse';
}
