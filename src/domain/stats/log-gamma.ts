// ln Γ(x) for x > 0, as scipy.special.gammaln (cephes lgam) for positive arguments.
// Stirling's series is accurate to double precision from x = 15 on; smaller arguments are moved
// up by the recurrence Γ(x + 1) = x Γ(x). The special functions only need it for x ≥ 0.5,
// where an absolute error near 1e-14 is all that matters (it ends up in an exponent).

export const HALF_LOG_TWO_PI = 0.9189385332046727; // ½ ln 2π
export const STIRLING_FROM = 15;

export function logGamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return Number.NaN;
  if (x === Infinity) return Infinity;
  let shift = 0;
  if (x < STIRLING_FROM) {
    // ln of the product x (x+1) … stays small: at most 14! for x ≥ 1, no overflow.
    let product = 1;
    while (x < STIRLING_FROM) {
      product *= x;
      x += 1;
    }
    shift = Math.log(product);
  }
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingSeries(x) - shift;
}

/** The Bernoulli terms of Stirling's series, Σ B2k / (2k (2k−1) x^(2k−1)), k = 1..6; x ≥ 15. */
export function stirlingSeries(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  return inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188 - inv2 * (691 / 360360))))));
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0 (scipy.special.betaln). When the
 * larger argument is big, ln Γ(big) − ln Γ(big + small) is taken from the difference of the two
 * Stirling series, which avoids subtracting two large, nearly equal logarithms (t tails with
 * df in the thousands would otherwise lose four digits).
 */
export function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (big < STIRLING_FROM) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const sum = big + small;
  const difference = -small * Math.log(big) - (sum - 0.5) * Math.log1p(small / big) + small + stirlingSeries(big) - stirlingSeries(sum);
  return logGamma(small) + difference;
}
