// Holds a scan against a duiding.patterns/v1 document made by /work/shared/tools/scipy-scan.py,
// with the rules of /work/shared/tools/compare-patterns.py: same pairs in the same order, same
// test, n and df; statistic, p and q equal to a relative 1e-6 (p and q below 1e-300 may be 0;
// a Mann–Whitney statistic may be U of either group).
import { expect } from 'vitest';
import type { PatternsDocument } from '../../../src/domain/patterns/types.ts';
import type { ReferencePattern } from '../../support/reference-case.ts';

export const TOLERANCE = 1e-6;

export function relativeError(actual: number, expected: number): number {
  if (Math.abs(expected) < 1e-300 && Math.abs(actual) < 1e-300) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

/** Returns the worst relative error seen, for the report. */
export function expectParity(document: PatternsDocument, reference: ReferencePattern[]): number {
  const got = document.patterns;
  expect(got.map((p) => `${p.a} × ${p.b}: ${p.test}`)).toEqual(reference.map((r) => `${r.a} × ${r.b}: ${r.test}`));
  let worst = 0;
  reference.forEach((want, k) => {
    const pattern = got[k];
    const where = `${want.a} × ${want.b}`;
    expect(pattern.n, `${where} n`).toBe(want.n);
    expect('df' in pattern ? pattern.df : undefined, `${where} df`).toBe(want.df);
    expect(pattern.effect.name, `${where} effect`).toBe(want.effect.name);
    const fields: ['p' | 'q' | 'statistic', number | null, number][] = [
      ['p', pattern.p, want.p],
      ['q', pattern.q, want.q],
      ['statistic', pattern.statistic, want.statistic],
    ];
    for (const [field, actual, expected] of fields) {
      expect(actual, `${where} ${field}`).not.toBeNull();
      let error = relativeError(actual!, expected);
      if (field === 'statistic' && want.test === 'mann-whitney') {
        const [n1, n2] = 'groups' in pattern ? pattern.groups.map((g) => g.n) : [NaN, NaN];
        error = Math.min(error, relativeError(n1 * n2 - actual!, expected));
      }
      expect(error, `${where} ${field}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOLERANCE);
      worst = Math.max(worst, error);
    }
  });
  return worst;
}
