// Expected: scipy.stats.spearmanr(x, y) with SciPy 1.10.1.
import { describe, expect, it } from 'vitest';
import { spearman } from '../../../src/domain/stats/spearman.ts';
import { expectClose } from './expect-close.ts';

describe('Spearman rho', () => {
  it.each([
    ['ties', [1, 2, 2, 3, 4, 4, 4, 5], [2, 1, 3, 3, 5, 4, 6, 6], 0.9007775105401477, 0.0022640090646742633],
    ['n = 3', [1, 2, 3], [3, 5, 4], 0.5, 0.6666666666666667],
    // x = [(i*7)%13 for i in range(40)], y = [(i*i)%17 for i in range(40)]
    [
      'many ties',
      Array.from({ length: 40 }, (_, i) => (i * 7) % 13),
      Array.from({ length: 40 }, (_, i) => (i * i) % 17),
      0.01121741448885884,
      0.9452303509235833,
    ],
  ])('%s', (_, x, y, rho, p) => {
    const result = spearman(x, y);
    expectClose(result.rho, rho);
    expectClose(result.p, p);
  });

  it('gives p = 0 for a perfect monotone relation (spearmanr([1,2,3,4], [3,5,6,7]) → 1.0, 0.0)', () => {
    expect(spearman([1, 2, 3, 4], [3, 5, 6, 7])).toEqual({ rho: 1, p: 0 });
  });

  it('follows SciPy where rounding leaves ρ a hair from −1 (spearmanr([1..5], [5..1]))', () => {
    // SciPy: −0.9999999999999999, p = 1.4042654220543672e-24. Such a p hangs on the last bit of
    // ρ, so the agreement is luck of identical rounding rather than a promise.
    const result = spearman([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]);
    expect(result.rho).toBe(-0.9999999999999999);
    expectClose(result.p, 1.4042654220543672e-24, 1e-6);
  });

  it('has no p for n = 2 (spearmanr([1,2], [3,5]) → 0.9999999999999999, nan)', () => {
    const result = spearman([1, 2], [3, 5]);
    expectClose(result.rho, 1, 1e-15);
    expect(result.p).toBeNaN();
  });

  it('is NaN for a constant variable or n < 2, as SciPy', () => {
    expect(spearman([1, 1, 1], [3, 5, 4]).rho).toBeNaN();
    expect(spearman([1, 1, 1], [3, 5, 4]).p).toBeNaN();
    expect(spearman([1], [2]).rho).toBeNaN();
    expect(spearman([], []).p).toBeNaN();
  });
});
