// Expected: scipy.stats.chi2_contingency(table, correction=False) with SciPy 1.10.1;
// V = sqrt(chi2 / (table.sum() * (min(table.shape) - 1))).
import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from '../../../src/domain/stats/chi-square.ts';
import { expectClose } from './expect-close.ts';

describe('chi-square test of independence', () => {
  it.each([
    [
      '2×2',
      [
        [10, 20],
        [30, 40],
      ],
      0.7936507936507936,
      0.37299848361348686,
      1,
      0.0890870806374748,
      false,
    ],
    [
      '3×4',
      [
        [12, 5, 9, 3],
        [4, 11, 6, 10],
        [7, 8, 2, 14],
      ],
      17.924393221900537,
      0.0064239441421098204,
      6,
      0.3138242773327289,
      false,
    ],
    [
      'small counts',
      [
        [3, 1],
        [1, 3],
      ],
      2.0,
      0.15729920705028105,
      1,
      0.5,
      true,
    ],
    [
      '2×3 with a sparse column',
      [
        [5, 3, 1],
        [2, 9, 1],
      ],
      3.9375000000000004,
      0.13963128628139895,
      2,
      0.43301270189221935,
      true,
    ],
  ])('%s', (_, table, statistic, p, df, v, low) => {
    const result = chiSquareIndependence(table);
    expectClose(result.statistic, statistic);
    expectClose(result.p, p);
    expect(result.df).toBe(df);
    expectClose(result.cramersV, v);
    expect(result.lowExpected).toBe(low);
  });

  it('drops an empty column: [[5,0,3],[2,0,9]] is tested as [[5,3],[2,9]] (SciPy raises on the former)', () => {
    const result = chiSquareIndependence([
      [5, 0, 3],
      [2, 0, 9],
    ]);
    expect(result.columns).toEqual([0, 2]);
    expectClose(result.statistic, 3.9094967532467533);
    expectClose(result.p, 0.048013972894266205);
    expectClose(result.cramersV, 0.45361105256925455);
  });

  it('drops an empty column of a 3×3 table (as [[4,7],[9,2],[3,8]])', () => {
    const result = chiSquareIndependence([
      [4, 0, 7],
      [9, 0, 2],
      [3, 0, 8],
    ]);
    expectClose(result.statistic, 7.522058823529411);
    expectClose(result.p, 0.02325978415115353);
    expect(result.df).toBe(2);
  });

  it('reduces a 2×k table with an empty row to 1×k: df 0, χ² 0, p 1 (chi2_contingency([[1,2,3]]))', () => {
    const result = chiSquareIndependence([
      [1, 2, 3],
      [0, 0, 0],
    ]);
    expect(result.rows).toEqual([0]);
    expect(result).toMatchObject({ statistic: 0, df: 0, p: 1 });
    expect(result.cramersV).toBeNaN();
  });

  it('is NaN for an empty table', () => {
    expect(
      chiSquareIndependence([
        [0, 0],
        [0, 0],
      ]).p,
    ).toBeNaN();
    expect(chiSquareIndependence([]).p).toBeNaN();
  });
});
