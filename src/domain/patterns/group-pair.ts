// numeric × categorical → Mann–Whitney for two groups, Kruskal–Wallis for three or more
// (scipy.stats.mannwhitneyu / kruskal on the numeric values grouped by category).
import { kruskalWallisFromRanks } from '../stats/kruskal-wallis.ts';
import { mannWhitneyFromRanks } from '../stats/mann-whitney.ts';
import { ranksFromCounts } from '../stats/ranks.ts';
import { orNull, type RankedNumeric } from './pair-support.ts';
import type { GroupPattern } from './types.ts';
import type { CategoricalVariable } from './variables.ts';

/**
 * The groups are the categories present among the stories with both values, in label order
 * (the reference's sorted(set(...))); categories without such stories are not groups. Fewer than
 * two groups: no test, no pattern (as the reference). All values equal: Mann–Whitney gives p = 1
 * as SciPy does; Kruskal–Wallis, where SciPy raises, gives statistic = p = null.
 */
export function groupPattern(a: RankedNumeric, b: CategoricalVariable, tableLimit: number = a.codes.length + 4096): GroupPattern | null {
  const tally = b.labels.length * a.distinct.length <= tableLimit ? tallyByTable(a, b) : tallyByWalk(a, b);
  const { n, sizes, rankSums, tieTerm } = tally;
  const present: number[] = [];
  for (let code = 0; code < sizes.length; code++) if (sizes[code] > 0) present.push(code);
  if (present.length < 2) return null;
  const groups = present.map((code) => ({
    label: b.labels[code],
    n: sizes[code],
    median: (tally.lower[code] + tally.upper[code]) / 2,
  }));

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

/** Per category of b, among the stories with both values: size, rank sum and median. */
interface GroupTally {
  n: number;
  sizes: Float64Array;
  /** Within the ranking of the pair's n values. */
  rankSums: Float64Array;
  /** Σ(t³ − t) of that ranking. */
  tieTerm: number;
  /** The two middle values of each group (equal when its size is odd). */
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * One pass over the stories counting each (category, distinct value); ranks, rank sums and
 * medians then follow from the table. For when categories × distinct values is small. The rank
 * sums are exact (sums of half-integers), so they equal a story-by-story summation.
 */
function tallyByTable(a: RankedNumeric, b: CategoricalVariable): GroupTally {
  const valueCodes = a.codes;
  const codes = b.codes;
  const width = a.distinct.length;
  const groupCount = b.labels.length;
  const table = new Float64Array(groupCount * width);
  for (let i = 0; i < codes.length; i++) {
    const value = valueCodes[i];
    const code = codes[i];
    if ((value | code) >= 0) table[code * width + value]++;
  }
  const counts = new Float64Array(width);
  const sizes = new Float64Array(groupCount);
  let n = 0;
  for (let code = 0; code < groupCount; code++) {
    for (let value = 0; value < width; value++) {
      const count = table[code * width + value];
      counts[value] += count;
      sizes[code] += count;
    }
    n += sizes[code];
  }
  const ranks = new Float64Array(width);
  const tieTerm = ranksFromCounts(counts, ranks);
  const rankSums = new Float64Array(groupCount);
  const lower = new Float64Array(groupCount);
  const upper = new Float64Array(groupCount);
  for (let code = 0; code < groupCount; code++) {
    const size = sizes[code];
    const lowerPosition = Math.floor((size - 1) / 2);
    const upperPosition = Math.floor(size / 2);
    let seen = 0;
    let sum = 0;
    for (let value = 0; value < width; value++) {
      const count = table[code * width + value];
      if (count === 0) continue;
      sum += count * ranks[value];
      // Positions seen … seen + count − 1 of this group hold this value.
      if (lowerPosition >= seen && lowerPosition < seen + count) lower[code] = a.distinct[value];
      if (upperPosition >= seen && upperPosition < seen + count) upper[code] = a.distinct[value];
      seen += count;
    }
    rankSums[code] = sum;
  }
  return { n, sizes, rankSums, tieTerm, lower, upper };
}

/** Linear passes over the stories, and a walk along the value order for the medians: O(n). */
function tallyByWalk(a: RankedNumeric, b: CategoricalVariable): GroupTally {
  const valueCodes = a.codes;
  const codes = b.codes;
  const sizes = new Float64Array(b.labels.length);
  const counts = new Float64Array(a.distinct.length);
  let n = 0;
  for (let i = 0; i < codes.length; i++) {
    const value = valueCodes[i];
    const code = codes[i];
    if ((value | code) < 0) continue;
    counts[value]++;
    sizes[code]++;
    n++;
  }
  // The values ranked among the stories of this pair only, as SciPy sees them.
  const ranks = new Float64Array(counts.length);
  const tieTerm = ranksFromCounts(counts, ranks);
  const rankSums = new Float64Array(b.labels.length);
  for (let i = 0; i < codes.length; i++) {
    const value = valueCodes[i];
    const code = codes[i];
    if ((value | code) >= 0) rankSums[code] += ranks[value];
  }
  const seen = new Float64Array(sizes.length);
  const lower = new Float64Array(sizes.length);
  const upper = new Float64Array(sizes.length);
  const order = a.order;
  for (let k = 0; k < order.length; k++) {
    // Every story along the order has a value; those without a category are not in the pair.
    const code = codes[order[k]];
    if (code < 0) continue;
    const position = seen[code]++;
    const size = sizes[code];
    if (position === Math.floor((size - 1) / 2)) lower[code] = a.sortedValues[k];
    if (position === Math.floor(size / 2)) upper[code] = a.sortedValues[k];
  }
  return { n, sizes, rankSums, tieTerm, lower, upper };
}
