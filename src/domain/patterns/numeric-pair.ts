// numeric × numeric → Spearman (scipy.stats.spearmanr on the stories with both values).
import { ranksAlongOrder } from '../stats/ranks.ts';
import { spearmanFromRanks } from '../stats/spearman.ts';
import { orNull, type RankedNumeric, type ScratchBuffers } from './pair-support.ts';
import type { SpearmanPattern } from './types.ts';

/**
 * Always a pattern, as in the reference scan. With n < 3 or a constant variable SciPy's p is nan
 * (ρ too when constant or n < 2); here such a pattern has p = null and stays out of BH.
 */
export function spearmanPattern(a: RankedNumeric, b: RankedNumeric, scratch: ScratchBuffers): SpearmanPattern {
  const { include, ranksA, ranksB } = scratch;
  const x = a.values;
  const y = b.values;
  let n = 0;
  for (let i = 0; i < include.length; i++) {
    const both = Number.isNaN(x[i]) || Number.isNaN(y[i]) ? 0 : 1;
    include[i] = both;
    n += both;
  }
  // Each variable is ranked among the stories of this pair only, as SciPy sees them.
  ranksAlongOrder(a.sortedValues, a.order, include, ranksA);
  ranksAlongOrder(b.sortedValues, b.order, include, ranksB);
  const { rho, p } = spearmanFromRanks(ranksA, ranksB, include);
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
