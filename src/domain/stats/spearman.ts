// Spearman's ρ, as scipy.stats.spearmanr(x, y) (SciPy 1.10 – 1.17): Pearson's correlation of the average
// ranks, p two-sided from Student's t with n − 2 degrees of freedom,
// t = ρ·sqrt((n − 2)/((1 + ρ)(1 − ρ))).
import { studentTSf } from './distributions.ts';
import { averageRanks } from './ranks.ts';

export interface SpearmanResult {
  /** ρ; NaN when n < 2 or either variable is constant (SciPy: nan with a ConstantInputWarning). */
  rho: number;
  /** NaN where ρ is, and for n = 2 (zero degrees of freedom; SciPy: nan). */
  p: number;
}

/**
 * Pearson's r of two rank vectors over the entries with include[i] !== 0 (all when include is
 * null). The mean rank of m values is exactly (m + 1)/2, so the sums are centred exactly.
 */
function spearmanFromRanks(rx: Float64Array, ry: Float64Array, include: Uint8Array | null): SpearmanResult {
  let m = 0;
  for (let i = 0; i < rx.length; i++) if (include === null || include[i] !== 0) m++;
  if (m < 2) return { rho: Number.NaN, p: Number.NaN };
  const mean = (m + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    if (include !== null && include[i] === 0) continue;
    const dx = rx[i] - mean;
    const dy = ry[i] - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return spearmanFromSums(sxy, sxx, syy, m);
}

/**
 * From the centred sums of products Σ dx·dy, Σ dx², Σ dy² of m rank pairs (each rank minus
 * (m + 1)/2).
 */
export function spearmanFromSums(sxy: number, sxx: number, syy: number, m: number): SpearmanResult {
  if (m < 2 || sxx === 0 || syy === 0) return { rho: Number.NaN, p: Number.NaN };
  // np.corrcoef(ranked) in spearmanr, step by step in numpy's order, so ρ has SciPy's last bit:
  // np.cov multiplies the sums by 1/(m − 1) (`c *= true_divide(1, fact)`), corrcoef divides
  // c[1, 0] by stddev[1] and then by stddev[0], and clips to [−1, 1]. The last bit matters at
  // |ρ| ≈ 1: ρ = −0.9999999999999999 gives t finite and p = 6.6e-64 (n = 10) where an exact −1
  // gives p = 0. The sums themselves are exact (half-integer ranks), so their order does not.
  const inverse = 1 / (m - 1);
  const rho = Math.max(-1, Math.min(1, (sxy * inverse) / Math.sqrt(syy * inverse) / Math.sqrt(sxx * inverse)));
  return { rho, p: spearmanP(rho, m) };
}

/** Two-sided p of ρ from n pairs, exactly as spearmanr computes it. */
function spearmanP(rho: number, n: number): number {
  const df = n - 2;
  if (!(df > 0) || Number.isNaN(rho)) return Number.NaN;
  const denominator = (rho + 1) * (1 - rho);
  // SciPy: t = rs * sqrt((dof/((rs+1)*(1-rs))).clip(0)); ρ = ±1 gives t = ±∞ and p = 0.
  const t = denominator === 0 ? rho * Infinity : rho * Math.sqrt(Math.max(0, df / denominator));
  return Math.min(1, 2 * studentTSf(Math.abs(t), df));
}

/** spearmanr(x, y) on two equally long samples of finite numbers. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): SpearmanResult {
  if (x.length !== y.length) throw new RangeError('spearman: x and y differ in length');
  return spearmanFromRanks(averageRanks(x).ranks, averageRanks(y).ranks, null);
}
