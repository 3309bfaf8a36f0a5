// Expected: scipy.stats.kruskal(*groups) with SciPy 1.10.1.
import { describe, expect, it } from 'vitest';
import { kruskalWallis } from '../../../src/domain/stats/kruskal-wallis.ts';
import { expectClose } from './expect-close.ts';

describe('Kruskal–Wallis H', () => {
  it.each([
    [
      'ties (SciPy docstring example)',
      [
        [1, 1, 1],
        [2, 2, 2],
        [2, 2],
      ],
      7.0,
      0.0301973834223185,
    ],
    ['groups of one', [[1], [2], [3]], 2.0, 0.36787944117144245],
    [
      'ties across groups',
      [
        [1.5, 2, 2, 3, 7],
        [2, 3, 3, 4, 8, 9],
        [0, 1, 10, 2],
      ],
      2.7403846153846154,
      0.2540580975282316,
    ],
    [
      'two groups',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      3.857142857142854,
      0.049534613435626915,
    ],
  ])('%s', (_, groups, statistic, p) => {
    const result = kruskalWallis(groups);
    expectClose(result.statistic, statistic);
    expectClose(result.p, p);
    expect(result.df).toBe(groups.length - 1);
    const n = groups.flat().length;
    expectClose(result.epsilon2, statistic / (n - 1));
  });

  it('is NaN with an empty group, as SciPy (kruskal([1,2], [], [3]) → nan, nan)', () => {
    const result = kruskalWallis([[1, 2], [], [3]]);
    expect(result.statistic).toBeNaN();
    expect(result.p).toBeNaN();
  });

  it('is NaN where SciPy raises: all values equal, or fewer than two groups', () => {
    expect(kruskalWallis([[1, 1], [1, 1, 1], [1]]).p).toBeNaN();
    expect(kruskalWallis([[1, 2, 3]]).p).toBeNaN();
  });
});
