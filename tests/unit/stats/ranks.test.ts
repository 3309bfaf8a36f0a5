import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, denseCodes, orderOfCodes, ranksAlongOrder, ranksFromCounts, sortedOrder } from '../../../src/domain/stats/ranks.ts';

describe('average ranks (scipy.stats.rankdata(method="average"))', () => {
  it('gives tied values the mean of their ranks', () => {
    // rankdata([3,1,4,1,5,9,2,6,5,3,5]).tolist()
    const expected = [4.5, 1.5, 6.0, 1.5, 8.0, 11.0, 3.0, 10.0, 8.0, 4.5, 8.0];
    const { ranks, tieTerm } = averageRanks([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    expect(Array.from(ranks)).toEqual(expected);
    // Ties: two 1s, two 3s, three 5s → (8−2) + (8−2) + (27−3).
    expect(tieTerm).toBe(36);
  });

  it('sorts indices by value, ties in input order', () => {
    expect(Array.from(sortedOrder([3, -0, 1, 0, 3, -2]))).toEqual([5, 1, 3, 2, 0, 4]);
  });

  it('handles the empty and the single value', () => {
    expect(averageRanks([]).ranks.length).toBe(0);
    expect(Array.from(averageRanks([7]).ranks)).toEqual([1]);
  });

  const samples = fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 });

  it('sums to n(n+1)/2 whatever the ties', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const n = values.length;
        const total = averageRanks(values).ranks.reduce((s, r) => s + r, 0);
        expect(total).toBe((n * (n + 1)) / 2);
      }),
    );
  });

  it('ranks a subset along a presorted order exactly as ranking the subset alone', () => {
    fc.assert(
      fc.property(samples, fc.array(fc.boolean(), { maxLength: 60 }), (values, keep) => {
        const include = Uint8Array.from(values, (_, i) => (keep[i] ? 1 : 0));
        const out = new Float64Array(values.length);
        const order = sortedOrder(values);
        const tieTerm = ranksAlongOrder(
          Array.from(order, (i) => values[i]),
          order,
          include,
          out,
        );
        const subset = values.filter((_, i) => include[i]);
        const alone = averageRanks(subset);
        expect(Array.from(out).filter((_, i) => include[i])).toEqual(Array.from(alone.ranks));
        expect(tieTerm).toBe(alone.tieTerm);
      }),
    );
  });

  it('codes values by their rank among the distinct values, NaN as −1', () => {
    const { codes, distinct } = denseCodes([3, -0, NaN, 1, 0, 3, -2]);
    expect(Array.from(distinct)).toEqual([-2, -0, 1, 3]);
    expect(Array.from(codes)).toEqual([3, 1, -1, 2, 1, 3, 0]);
    expect(Array.from(orderOfCodes(codes, distinct.length))).toEqual([6, 1, 4, 3, 0, 5]);
  });

  it('ranks a subset from counts of its codes exactly as ranking the subset alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(Number.NaN)), { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (values, keep) => {
          const { codes, distinct } = denseCodes(values);
          const counts = new Float64Array(distinct.length);
          const kept = values.map((_, i) => codes[i] >= 0 && keep[i] === true);
          kept.forEach((k, i) => k && counts[codes[i]]++);
          const ranks = new Float64Array(distinct.length);
          const tieTerm = ranksFromCounts(counts, ranks);
          const alone = averageRanks(values.filter((_, i) => kept[i]));
          expect(values.flatMap((_, i) => (kept[i] ? [ranks[codes[i]]] : []))).toEqual(Array.from(alone.ranks));
          expect(tieTerm).toBe(alone.tieTerm);
        },
      ),
    );
  });
});
