// Kruskal–Wallis H, as scipy.stats.kruskal(*groups) (SciPy 1.10): H from the rank sums of the
// pooled average ranking, divided by the tie correction 1 − Σ(t³ − t)/(n³ − n); p from chi-square
// with (groups − 1) degrees of freedom. Effect size ε² = H/(n − 1).
import { chiSquareSf } from './distributions.ts';
import { averageRanks } from './ranks.ts';

export interface KruskalWallisResult {
  statistic: number;
  df: number;
  p: number;
  epsilon2: number;
}

const UNDEFINED_RESULT = (df: number): KruskalWallisResult => ({
  statistic: Number.NaN,
  df,
  p: Number.NaN,
  epsilon2: Number.NaN,
});

/**
 * From per-group rank sums and sizes within one pooled ranking. SciPy returns (nan, nan) when a
 * group is empty and raises when fewer than two groups are given or when all values are equal
 * (tie correction 0); all three give NaN here, so a caller can report "no test".
 */
export function kruskalWallisFromRanks(rankSums: ArrayLike<number>, sizes: ArrayLike<number>, tieTerm: number): KruskalWallisResult {
  const groups = sizes.length;
  const df = groups - 1;
  if (groups < 2) return UNDEFINED_RESULT(df);
  let n = 0;
  let sumOfSquares = 0;
  for (let g = 0; g < groups; g++) {
    if (sizes[g] === 0) return UNDEFINED_RESULT(df);
    n += sizes[g];
    sumOfSquares += (rankSums[g] * rankSums[g]) / sizes[g];
  }
  const tieCorrection = n < 2 ? 1 : 1 - tieTerm / (n * n * n - n);
  if (tieCorrection === 0) return UNDEFINED_RESULT(df);
  // The same arithmetic as SciPy's, so that rounding in the cancellation matches too.
  const h = ((12 / (n * (n + 1))) * sumOfSquares - 3 * (n + 1)) / tieCorrection;
  return { statistic: h, df, p: chiSquareSf(h, df), epsilon2: h / (n - 1) };
}

/** kruskal(*groups) on samples of finite numbers. */
export function kruskalWallis(groups: ReadonlyArray<ArrayLike<number>>): KruskalWallisResult {
  const sizes = groups.map((g) => g.length);
  const pooled = new Float64Array(sizes.reduce((s, k) => s + k, 0));
  let offset = 0;
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) pooled[offset + i] = group[i];
    offset += group.length;
  }
  const { ranks, tieTerm } = averageRanks(pooled);
  const rankSums = new Float64Array(groups.length);
  offset = 0;
  groups.forEach((group, g) => {
    for (let i = 0; i < group.length; i++) rankSums[g] += ranks[offset + i];
    offset += group.length;
  });
  return kruskalWallisFromRanks(rankSums, sizes, tieTerm);
}
