// Expected values: the bh() of /work/shared/tools/scipy-scan.py (numpy), which is the algorithm
// of scipy.stats.false_discovery_control(p, method="bh"); Debian's SciPy 1.10 predates that
// function (added in 1.11), so the reference's own numpy version produced these.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../src/domain/stats/benjamini-hochberg.ts';
import { expectClose } from './expect-close.ts';

describe('Benjamini–Hochberg q', () => {
  it.each([
    [
      [0.01, 0.04, 0.03, 0.005, 0.5, 0.04, 0.9],
      [0.035, 0.05600000000000001, 0.05600000000000001, 0.035, 0.5833333333333334, 0.05600000000000001, 0.9],
    ],
    [
      [1e-200, 0.2, 0.02],
      [3e-200, 0.20000000000000004, 0.03],
    ],
    [
      [0.9, 0.95],
      [0.95, 0.95],
    ],
  ])('bh(%j)', (p, expected) => {
    const q = benjaminiHochberg(p);
    expected.forEach((value, i) => expectClose(q[i], value, 1e-15));
  });

  it('leaves NaN (no test) out of m and gives it NaN', () => {
    const q = benjaminiHochberg([0.01, Number.NaN, 0.04]);
    expect(Array.from(q)).toEqual([0.02, Number.NaN, 0.04]);
  });

  const pValues = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 });

  it('is at least p (up to the rounding of p·m/k), at most 1, and monotone in p', () => {
    fc.assert(
      fc.property(pValues, (p) => {
        const q = benjaminiHochberg(p);
        for (let i = 0; i < p.length; i++) {
          expect(q[i]).toBeGreaterThanOrEqual(p[i] * (1 - 1e-15));
          expect(q[i]).toBeLessThanOrEqual(1);
          for (let j = 0; j < p.length; j++) if (p[i] < p[j]) expect(q[i]).toBeLessThanOrEqual(q[j]);
        }
      }),
    );
  });
});
