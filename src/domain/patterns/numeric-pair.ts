// numeric × numeric → Spearman (scipy.stats.spearmanr on the stories with both values).
import { ranksFromCounts } from '../stats/ranks.ts';
import { spearmanFromSums } from '../stats/spearman.ts';
import { orNull, type RankedNumeric } from './pair-support.ts';
import type { SpearmanPattern } from './types.ts';

/**
 * Always a pattern, as in the reference scan. With n < 3 or a constant variable SciPy's p is nan
 * (ρ too when constant or n < 2); here such a pattern has p = null and stays out of BH.
 */
export function spearmanPattern(a: RankedNumeric, b: RankedNumeric): SpearmanPattern {
  const codesA = a.codes;
  const codesB = b.codes;
  const countsA = new Float64Array(a.distinct.length);
  const countsB = new Float64Array(b.distinct.length);
  let n = 0;
  for (let i = 0; i < codesA.length; i++) {
    const x = codesA[i];
    const y = codesB[i];
    if ((x | y) < 0) continue;
    countsA[x]++;
    countsB[y]++;
    n++;
  }
  // Each variable is ranked among the stories of this pair only, as SciPy sees them.
  const ranksA = new Float64Array(countsA.length);
  const ranksB = new Float64Array(countsB.length);
  ranksFromCounts(countsA, ranksA);
  ranksFromCounts(countsB, ranksB);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < codesA.length; i++) {
    const x = codesA[i];
    const y = codesB[i];
    if ((x | y) < 0) continue;
    const dx = ranksA[x] - mean;
    const dy = ranksB[y] - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const { rho, p } = spearmanFromSums(sxy, sxx, syy, n);
  return {
    a: a.name,
    b: b.name,
    test: 'spearman',
    statistic: orNull(rho),
    p: orNull(p),
    q: null,
    n,
    effect: { name: 'rho', value: orNull(rho) },
    significant: false,
  };
}
