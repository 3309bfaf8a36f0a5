// Expected: scipy.stats.spearmanr(x, y) with SciPy 1.10.1 (and 1.17.1 where marked).
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

  // SciPy 1.17.1 (spearmanr goes through np.corrcoef, whose rounding decides whether |ρ| is exactly 1).
  it("gives SciPy's p at |ρ| = 1: n = 3 exact (p = 0), n = 10 a hair below 1 (p = 6.6e-64)", () => {
    expect(spearman([1, 2, 3], [3, 2, 1])).toEqual({ rho: -1, p: 0 });
    expect(spearman([1, 2, 3], [1, 2, 3])).toEqual({ rho: 1, p: 0 });
    const ten = Array.from({ length: 10 }, (_, i) => i);
    const down = spearman(
      ten,
      ten.map((i) => 10 - i),
    );
    expect(down.rho).toBe(-0.9999999999999999);
    expectClose(down.p, 6.64689742203186e-64, 1e-9);
    expectClose(spearman(ten, ten).p, 6.64689742203186e-64, 1e-9);
  });

  it('has ρ bit for bit as SciPy for every perfectly monotone pair of n = 3 … 80', () => {
    // np.corrcoef of 0..n−1 against itself: 1.0 exactly, or 1 − 2⁻⁵³ (SciPy 1.17.1, numpy 2.4).
    const exact = [
      3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 30, 31, 32, 33, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44, 46, 47, 48, 55, 56, 57,
      58, 59, 60, 61, 62, 63, 65, 66, 67, 68, 69, 70, 71, 72, 73, 76, 77, 79, 80,
    ];
    for (let n = 3; n <= 80; n++) {
      const x = Array.from({ length: n }, (_, i) => i);
      const { rho, p } = spearman(x, x);
      expect(rho === 1, `n = ${n}`).toBe(exact.includes(n));
      // From n = 45 on, p of 1 − 2⁻⁵³ underflows to 0 in SciPy as well.
      expect(p === 0, `n = ${n}`).toBe(rho === 1 || n >= 45);
    }
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
