// Cohen's κ and Krippendorff's α (nominal) against reference values computed independently from
// the textbook formulas with numpy:
//   python3 scripts/agreement-reference.py > tests/fixtures/agreement.reference.json
// (the script first checks itself on Krippendorff's 2011 example, α = 0.743, and Cohen's κ = 0.4
// example), so no python is needed to run this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohensKappa, krippendorffAlphaNominal } from '../../../src/domain/stats/agreement.ts';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/agreement.reference.json', import.meta.url), 'utf8')) as {
  kappa: { a: (string | number)[]; b: (string | number)[]; kappa: number | null }[];
  alpha: { units: (number | null)[][]; alpha: number | null }[];
};

const close = (actual: number | null, expected: number | null) => {
  if (expected === null) expect(actual).toBeNull();
  else {
    expect(actual).not.toBeNull();
    expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9);
  }
};

describe("Cohen's κ", () => {
  it(`equals the reference on ${reference.kappa.length} cases to 1e-9`, () => {
    expect(reference.kappa.length).toBeGreaterThan(40);
    for (const c of reference.kappa) close(cohensKappa(c.a, c.b).kappa, c.kappa);
  });

  it('is 0.4 on the textbook example, 1 on perfect agreement, undefined without variation', () => {
    close(cohensKappa(reference.kappa[0]!.a, reference.kappa[0]!.b).kappa, 0.4);
    expect(cohensKappa([0, 1, 1], [0, 1, 1]).kappa).toBe(1);
    expect(cohensKappa(['ja', 'ja'], ['ja', 'ja']).kappa).toBeNull();
    expect(cohensKappa([], []).kappa).toBeNull();
    expect(() => cohensKappa([1], [1, 2])).toThrow();
  });
});

describe("Krippendorff's α (nominal)", () => {
  it(`equals the reference on ${reference.alpha.length} cases to 1e-9, missing values included`, () => {
    expect(reference.alpha.length).toBeGreaterThan(40);
    for (const c of reference.alpha) close(krippendorffAlphaNominal(c.units).alpha, c.alpha);
  });

  it("is 0.743 on Krippendorff's (2011) example of 4 coders and 12 units", () => {
    const result = krippendorffAlphaNominal(reference.alpha[0]!.units);
    expect(result.alpha!).toBeCloseTo(0.743, 3);
    // Unit 12 has one value only: not pairable.
    expect(result.units).toBe(11);
    expect(result.values).toBe(40);
  });

  it('is undefined with one category or nothing pairable', () => {
    expect(
      krippendorffAlphaNominal([
        [1, 1],
        [1, 1],
      ]).alpha,
    ).toBeNull();
    expect(
      krippendorffAlphaNominal([
        [1, null],
        [null, 2],
      ]).alpha,
    ).toBeNull();
  });
});
