// Upper tail of Fisher's F distribution, as scipy.stats.f.sf(F, dfn, dfd) (cephes fdtrc): the
// regularized incomplete beta I_x(dfd/2, dfn/2) at x = dfd/(dfd + dfn·F), with 1 − x formed
// without subtraction, so that a small p keeps its digits (never 1 − cdf).
import { incompleteBeta } from './incomplete-beta.ts';

export function fSf(f: number, dfn: number, dfd: number): number {
  if (Number.isNaN(f) || !(dfn > 0) || !(dfd > 0)) return Number.NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  const scaled = dfn * f;
  const x = dfd / (dfd + scaled);
  const complement = scaled / (dfd + scaled);
  return incompleteBeta(dfd / 2, dfn / 2, x, complement);
}
