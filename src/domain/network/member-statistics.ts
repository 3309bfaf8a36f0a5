// What one member municipality contributes to a network comparison: sufficient statistics of its
// own stories, computed where its stories live (its own PostgreSQL node in a distributed
// deployment). Only these leave the member: counts per category, counts per distinct value,
// cross-tabulated counts and a rank correlation with its n. Never a story or an answer row.
// heterogeneity.ts combines them; the combination gives exactly what SciPy gives on the pooled
// rows (tests/unit/network/heterogeneity.test.ts against scripts/network-reference.py).
import { spearman } from '../stats/spearman.ts';

/** Counts per category label (only observed labels). */
export type CategoryCounts = ReadonlyMap<string, number>;

/** Distinct values with how often each occurs, ascending by value: the sufficient statistic for ranks. */
export type ValueCounts = ReadonlyArray<readonly [value: number, count: number]>;

/** Counts of a choice × choice pair: counts[row][column] for the member's observed labels. */
export interface CrossCounts {
  rows: readonly string[];
  columns: readonly string[];
  counts: ReadonlyArray<ReadonlyArray<number>>;
}

/** A member's rank correlation of a number × number pair. */
export interface RankCorrelation {
  rho: number;
  n: number;
}

/** Category counts of one categorical column (codes index labels; −1 = missing). */
export function categoryCounts(labels: readonly string[], codes: ArrayLike<number>): Map<string, number> {
  const counts = new Array<number>(labels.length).fill(0);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[codes[i]]++;
  const out = new Map<string, number>();
  labels.forEach((label, c) => {
    if (counts[c] > 0) out.set(label, counts[c]);
  });
  return out;
}

/** Value counts of one numeric column (NaN = missing). */
export function valueCounts(values: ArrayLike<number>): Array<[number, number]> {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

/** Cross-tabulated counts of two categorical columns over the stories that answered both. */
export function crossCounts(
  a: { labels: readonly string[]; codes: ArrayLike<number> },
  b: { labels: readonly string[]; codes: ArrayLike<number> },
): CrossCounts {
  const counts = a.labels.map(() => new Array<number>(b.labels.length).fill(0));
  for (let i = 0; i < a.codes.length; i++) if (a.codes[i] >= 0 && b.codes[i] >= 0) counts[a.codes[i]][b.codes[i]]++;
  return { rows: a.labels, columns: b.labels, counts };
}

/** Spearman's ρ of two numeric columns over the stories that answered both (scipy.stats.spearmanr). */
export function rankCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): RankCorrelation {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    xs.push(x[i]);
    ys.push(y[i]);
  }
  return { rho: spearman(xs, ys).rho, n: xs.length };
}

/** A number × choice pair in one member: per category (observed, code-point order) the value counts of the number. */
export type GroupValueCounts = ReadonlyMap<string, ValueCounts>;

/**
 * The values of a numeric column split by a categorical column, over the stories that answered
 * both (as the local scan's group pattern counts them): the per-cell sufficient statistic for
 * ranks (the network's pooled Kruskal–Wallis or Mann–Whitney) and for the cell moments of the
 * test of interaction (group-heterogeneity.ts). Like valueCounts, a multiset of values, not rows.
 */
export function groupValueCounts(
  values: ArrayLike<number>,
  groups: { labels: readonly string[]; codes: ArrayLike<number> },
): Map<string, Array<[number, number]>> {
  const cells = groups.labels.map(() => new Map<number, number>());
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const code = groups.codes[i];
    if (Number.isNaN(v) || code < 0) continue;
    cells[code].set(v, (cells[code].get(v) ?? 0) + 1);
  }
  const out = new Map<string, Array<[number, number]>>();
  groups.labels.forEach((label, c) => {
    if (cells[c].size > 0)
      out.set(
        label,
        [...cells[c].entries()].sort((a, b) => a[0] - b[0]),
      );
  });
  return out;
}
