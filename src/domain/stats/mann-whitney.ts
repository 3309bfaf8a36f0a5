// Mann–Whitney U, as scipy.stats.mannwhitneyu(x, y, alternative="two-sided",
// method="asymptotic", use_continuity=True) (SciPy 1.10): normal approximation with the tie
// correction of the variance and a continuity correction of ½.
import { normalSf } from './distributions.ts';
import { averageRanks } from './ranks.ts';

export interface MannWhitneyResult {
  /** U of the first sample, U1 = R1 − n1(n1+1)/2 (SciPy's reported statistic). */
  statistic: number;
  p: number;
  /**
   * Rank-biserial correlation r = 1 − 2·U1/(n1·n2) = (U2 − U1)/(n1·n2), the convention of the
   * reference scan: r > 0 when the second sample tends to be larger than the first.
   */
  rankBiserial: number;
}

/**
 * From the rank sum R1 of the first sample within the pooled ranking of n1 + n2 values whose
 * ties give Σ(t³ − t) = tieTerm. All values tied gives a zero variance; SciPy then has z = −∞
 * and p = 1 (after clipping 2·sf(−∞) = 2), and so does this.
 */
export function mannWhitneyFromRanks(rankSum1: number, n1: number, n2: number, tieTerm: number): MannWhitneyResult {
  if (n1 === 0 || n2 === 0) return { statistic: Number.NaN, p: Number.NaN, rankBiserial: Number.NaN };
  const n = n1 + n2;
  const u1 = rankSum1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = Math.max(u1, u2);
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - mu - 0.5) / sigma;
  const p = Math.min(1, Math.max(0, 2 * normalSf(z)));
  return { statistic: u1, p, rankBiserial: 1 - (2 * u1) / (n1 * n2) };
}

/** mannwhitneyu(x, y, ...) on two samples of finite numbers; NaN results if either is empty. */
export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>): MannWhitneyResult {
  const pooled = new Float64Array(x.length + y.length);
  for (let i = 0; i < x.length; i++) pooled[i] = x[i];
  for (let i = 0; i < y.length; i++) pooled[x.length + i] = y[i];
  const { ranks, tieTerm } = averageRanks(pooled);
  let rankSum1 = 0;
  for (let i = 0; i < x.length; i++) rankSum1 += ranks[i];
  return mannWhitneyFromRanks(rankSum1, x.length, y.length, tieTerm);
}
