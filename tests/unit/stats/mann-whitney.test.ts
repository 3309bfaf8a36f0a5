// Expected: scipy.stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic",
// use_continuity=True) with SciPy 1.10.1; statistic is U of x.
import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from '../../../src/domain/stats/mann-whitney.ts';
import { expectClose } from './expect-close.ts';

const cycle = (n: number, step: number, mod: number, plus = 0) => Array.from({ length: n }, (_, i) => ((i * step) % mod) + plus);

describe('Mann–Whitney U', () => {
  it.each([
    ['ties across the groups', [1.5, 2, 2, 3, 7], [2, 3, 3, 4, 8, 9], 7.0, 0.16304505585423734],
    ['1 against 1', [1], [2], 0.0, 1.0],
    ['1 against 3', [1], [2, 3, 4], 0.0, 0.37109336952269756],
    ['complete separation', cycle(10, 1, 100, 1), cycle(10, 1, 100, 11), 0.0, 0.00018267179110955002],
    // x = [(i*7)%13 for i in range(40)], y = [(i*5)%11+3 for i in range(35)]
    ['many ties', cycle(40, 7, 13), cycle(35, 5, 11, 3), 492.0, 0.027095201796419822],
  ])('%s', (_, x, y, statistic, p) => {
    const result = mannWhitneyU(x, y);
    expect(result.statistic).toBe(statistic);
    expectClose(result.p, p);
  });

  it('gives p = 1 when every value is tied, as SciPy (U = 3.0, p = 1.0 for [5,5,5] vs [5,5])', () => {
    const result = mannWhitneyU([5, 5, 5], [5, 5]);
    expect(result.statistic).toBe(3);
    expect(result.p).toBe(1);
    expect(result.rankBiserial).toBe(0);
  });

  it('is undefined for an empty group (SciPy raises)', () => {
    expect(mannWhitneyU([], [1, 2]).p).toBeNaN();
  });

  it('has a rank-biserial r that is positive when the second group is larger', () => {
    // r = 1 − 2·U1/(n1·n2): U1 = 0 → r = 1.
    expect(mannWhitneyU([1, 2], [3, 4]).rankBiserial).toBe(1);
    expect(mannWhitneyU([3, 4], [1, 2]).rankBiserial).toBe(-1);
  });
});
