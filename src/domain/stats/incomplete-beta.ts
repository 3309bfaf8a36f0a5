// Regularized incomplete beta I_x(a, b) (scipy.special.betainc; cephes incbet), used for the
// Student t tail of Spearman's p. Evaluated with the standard continued fraction (modified
// Lentz), on the side of the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where it converges fast, so
// that a small tail is computed directly rather than as 1 − something.
import { logBeta } from './log-gamma.ts';

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. Pass `complement` = 1 − x when the caller can compute it
 * more exactly than by subtraction (e.g. t²/(df + t²) for the t distribution).
 */
export function incompleteBeta(a: number, b: number, x: number, complement = 1 - x): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x) || x < 0 || x > 1) return Number.NaN;
  if (x === 0) return 0;
  if (complement === 0) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - directTail(b, a, complement, x);
  return directTail(a, b, x, complement);
}

/** x^a (1−x)^b / (a B(a, b)) times the continued fraction; accurate where x < (a+1)/(a+b+2). */
function directTail(a: number, b: number, x: number, complement: number): number {
  // log1p keeps the digits of whichever of x, 1 − x is close to 1.
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-complement);
  const logComplement = complement < 0.5 ? Math.log(complement) : Math.log1p(-x);
  const logFront = a * logX + b * logComplement - logBeta(a, b);
  if (logFront < -745) return 0; // underflows like SciPy's
  return (Math.exp(logFront) * continuedFraction(a, b, x)) / a;
}

function continuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    // Even step of the fraction.
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return h;
}
