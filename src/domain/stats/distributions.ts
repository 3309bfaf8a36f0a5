// Survival functions (upper tails) of the distributions the pattern tests refer to. Each is
// computed as a tail directly, never as 1 − cdf, which would lose every digit below 1e-16.
import { incompleteBeta } from './incomplete-beta.ts';
import { upperGammaQ } from './incomplete-gamma.ts';

/** scipy.stats.chi2.sf(x, df) = cephes chdtrc(df, x) = Q(df/2, x/2). */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return upperGammaQ(df / 2, x / 2);
}

/**
 * scipy.stats.norm.sf(z) = ndtr(−z) = ½ erfc(z/√2). erfc(u) = Q(½, u²) for u ≥ 0, so the
 * complementary error function comes from the same incomplete gamma as chi-square; the
 * argument u² = z²/2 is formed directly to keep its rounding to one operation.
 */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  const halfErfc = 0.5 * upperGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? halfErfc : 1 - halfErfc;
}

/** scipy.special.erfc(u): Q(½, u²) for u ≥ 0, and erfc(u) = 2 − erfc(−u) below 0. */
export function erfc(u: number): number {
  if (Number.isNaN(u)) return Number.NaN;
  const q = upperGammaQ(0.5, u * u);
  return u >= 0 ? q : 2 - q;
}

/**
 * scipy.stats.t.sf(t, df) (cephes stdtr(df, −t)): for t > 0 the tail is ½ I_x(df/2, ½) with
 * x = df/(df + t²). Both x and 1 − x are formed without subtraction and without overflowing t².
 */
export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (t === 0) return 0.5;
  if (t < 0) return 1 - studentTSf(-t, df);
  if (t === Infinity) return 0;
  const ratio = (t * t) / df;
  const x = 1 / (1 + ratio);
  const complement = ratio === Infinity ? 1 : ratio / (1 + ratio);
  return 0.5 * incompleteBeta(df / 2, 0.5, x, complement);
}
