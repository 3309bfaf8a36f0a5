// The spread of a numeric variable per category of another (a group pattern's box plot): the five
// numbers of each group among the stories that have both values. The median shown beside it is
// the scan's own (GroupSummary.median); quartiles are drawing aids, linear interpolation between
// order statistics (R type 7, NumPy's default percentile).
import type { CategoricalVariable } from '../patterns/variables.ts';

export interface GroupSpread {
  label: string;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function groupSpreads(values: ArrayLike<number>, groups: CategoricalVariable): GroupSpread[] {
  const buckets = groups.labels.map(() => [] as number[]);
  for (let i = 0; i < values.length; i++) {
    const code = groups.codes[i];
    if (code >= 0 && !Number.isNaN(values[i])) buckets[code].push(values[i]);
  }
  return groups.labels.flatMap((label, code) => {
    const sorted = Float64Array.from(buckets[code]).sort();
    if (sorted.length === 0) return [];
    return [
      {
        label,
        n: sorted.length,
        min: sorted[0],
        q1: quantile(sorted, 0.25),
        median: quantile(sorted, 0.5),
        q3: quantile(sorted, 0.75),
        max: sorted[sorted.length - 1],
      },
    ];
  });
}
