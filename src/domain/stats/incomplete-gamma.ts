// Regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), following cephes
// igam/igamc (the algorithm behind scipy.special.gammainc/gammaincc and so scipy.stats.chi2.sf):
// a power series for P where x ≤ a or x < 1, a continued fraction for Q elsewhere. Each tail is
// computed directly where it is small, so Q keeps its relative accuracy down to underflow.
import { HALF_LOG_TWO_PI, logGamma, STIRLING_FROM, stirlingSeries } from './log-gamma.ts';

const MACHEP = 2 ** -53; // cephes: 1.11022302462515654042e-16, more digits than a double holds
const MAXLOG = 709.782712893384; // ln(Number.MAX_VALUE): below −MAXLOG exp() underflows
const BIG = 4.503599627370496e15;
const BIG_INV = 2 ** -52; // cephes: 2.22044604925031308085e-16 = 1 / BIG
const MAX_ITERATIONS = 100_000;

/**
 * ln of x^a e^(−x) / Γ(a), the common factor of both tails. For large a it is rewritten with
 * Stirling's formula as a (log1p(d) − d) + ½ ln a − ½ ln 2π − series(a), d = (x − a)/a, so that
 * the large terms a ln x, x and ln Γ(a) cancel analytically instead of in floating point.
 */
function logFactor(a: number, x: number): number {
  if (a < STIRLING_FROM) return a * Math.log(x) - x - logGamma(a);
  const d = (x - a) / a;
  return a * (Math.log1p(d) - d) + 0.5 * Math.log(a) - HALF_LOG_TWO_PI - stirlingSeries(a);
}

/** Lower regularized incomplete gamma P(a, x) (scipy.special.gammainc, cephes igam). */
export function lowerGammaP(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x > 1 && x > a) return 1 - upperGammaQ(a, x);
  return lowerSeries(a, x);
}

/** Upper regularized incomplete gamma Q(a, x) (scipy.special.gammaincc, cephes igamc). */
export function upperGammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < 1 || x < a) return 1 - lowerSeries(a, x);
  return upperContinuedFraction(a, x);
}

function lowerSeries(a: number, x: number): number {
  const logAx = logFactor(a, x);
  if (logAx < -MAXLOG) return 0;
  let r = a;
  let term = 1;
  let sum = 1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    r += 1;
    term *= x / r;
    sum += term;
    if (term / sum <= MACHEP) break;
  }
  return (sum * Math.exp(logAx)) / a;
}

function upperContinuedFraction(a: number, x: number): number {
  const logAx = logFactor(a, x);
  if (logAx < -MAXLOG) return 0; // p-values this far below 1e-300 underflow to 0 (SciPy too)
  let y = 1 - a;
  let z = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z * x;
  let ans = pkm1 / qkm1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    c += 1;
    y += 1;
    z += 2;
    const yc = y * c;
    const pk = pkm1 * z - pkm2 * yc;
    const qk = qkm1 * z - qkm2 * yc;
    let change = 1;
    if (qk !== 0) {
      const r = pk / qk;
      change = Math.abs((ans - r) / r);
      ans = r;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    // Rescale the convergents now and then; only their ratio matters.
    if (Math.abs(pk) > BIG) {
      pkm2 *= BIG_INV;
      pkm1 *= BIG_INV;
      qkm2 *= BIG_INV;
      qkm1 *= BIG_INV;
    }
    if (change <= MACHEP) break;
  }
  return ans * Math.exp(logAx);
}
