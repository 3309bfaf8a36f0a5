// numeric × categorical → Mann–Whitney for two groups, Kruskal–Wallis for three or more
// (scipy.stats.mannwhitneyu / kruskal on the numeric values grouped by category).
import { kruskalWallisFromRanks } from '../stats/kruskal-wallis.ts';
import { mannWhitneyFromRanks } from '../stats/mann-whitney.ts';
import { ranksAlongOrder } from '../stats/ranks.ts';
import { orNull, type RankedNumeric, type ScratchBuffers } from './pair-support.ts';
import type { GroupPattern, GroupSummary } from './types.ts';
import type { CategoricalVariable } from './variables.ts';

/**
 * The groups are the categories present among the stories with both values, in label order
 * (the reference's sorted(set(...))); categories without such stories are not groups. Fewer than
 * two groups: no test, no pattern (as the reference). All values equal: Mann–Whitney gives p = 1
 * as SciPy does; Kruskal–Wallis, where SciPy raises, gives statistic = p = null.
 */
export function groupPattern(a: RankedNumeric, b: CategoricalVariable, scratch: ScratchBuffers): GroupPattern | null {
  const { include, ranksA } = scratch;
  const x = a.values;
  const codes = b.codes;
  const sizes = new Float64Array(b.labels.length);
  let n = 0;
  for (let i = 0; i < include.length; i++) {
    const both = codes[i] < 0 || Number.isNaN(x[i]) ? 0 : 1;
    include[i] = both;
    if (both) {
      sizes[codes[i]]++;
      n++;
    }
  }
  const present: number[] = [];
  for (let code = 0; code < sizes.length; code++) if (sizes[code] > 0) present.push(code);
  if (present.length < 2) return null;

  const tieTerm = ranksAlongOrder(a.sortedValues, a.order, include, ranksA);
  const rankSums = new Float64Array(b.labels.length);
  for (let i = 0; i < include.length; i++) if (include[i]) rankSums[codes[i]] += ranksA[i];
  const groups = summarise(a, b, include, sizes, present);

  if (present.length === 2) {
    const [first, second] = present;
    const result = mannWhitneyFromRanks(rankSums[first], sizes[first], sizes[second], tieTerm);
    return {
      a: a.name,
      b: b.name,
      test: 'mann-whitney',
      statistic: orNull(result.statistic),
      p: orNull(result.p),
      q: null,
      n,
      effect: { name: 'rank-biserial', value: orNull(result.rankBiserial) },
      significant: false,
      groups,
    };
  }
  const result = kruskalWallisFromRanks(
    present.map((code) => rankSums[code]),
    present.map((code) => sizes[code]),
    tieTerm,
  );
  return {
    a: a.name,
    b: b.name,
    test: 'kruskal-wallis',
    statistic: orNull(result.statistic),
    df: result.df,
    p: orNull(result.p),
    q: null,
    n,
    effect: { name: 'epsilon2', value: orNull(result.epsilon2) },
    significant: false,
    groups,
  };
}

/** Size and median of each group, picked while walking the values in sorted order: O(n). */
function summarise(
  a: RankedNumeric,
  b: CategoricalVariable,
  include: Uint8Array,
  sizes: Float64Array,
  present: number[],
): GroupSummary[] {
  const seen = new Float64Array(sizes.length);
  const lower = new Float64Array(sizes.length);
  const upper = new Float64Array(sizes.length);
  const order = a.order;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (!include[i]) continue;
    const code = b.codes[i];
    const position = seen[code]++;
    const size = sizes[code];
    if (position === Math.floor((size - 1) / 2)) lower[code] = a.sortedValues[k];
    if (position === Math.floor(size / 2)) upper[code] = a.sortedValues[k];
  }
  return present.map((code) => ({
    label: b.labels[code],
    n: sizes[code],
    median: (lower[code] + upper[code]) / 2,
  }));
}
