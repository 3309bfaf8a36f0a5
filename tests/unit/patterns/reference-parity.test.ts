// The scan against the shared reference (pandas + SciPy on 2,000 generated stories,
// /work/shared/reference/case-2000/reference.json). Skipped with a notice when ../shared is
// absent; DUIDING_REQUIRE_SHARED=1 turns its absence into a failure.
import { describe, expect, it } from 'vitest';
import { scanPatterns } from '../../../src/domain/patterns/scan.ts';
import { loadReferenceCase } from '../../support/reference-case.ts';
import { expectParity } from './parity.ts';

const reference = loadReferenceCase();
// Vitest still runs the body of a skipped describe to collect its tests, so nothing in it may
// touch the reference directly.
const document = reference && scanPatterns(reference.questionnaire, reference.answers);

describe.skipIf(reference === null)('pattern scan equals SciPy on the shared 2,000-story case', () => {
  it('counts the stories', () => {
    expect(document!.format).toBe('duiding.patterns/v1');
    expect(document!.stories).toBe(reference!.reference.stories);
  });

  it('produces every reference pattern, with the same test, n, df, statistic, p and q, and no others', () => {
    const worst = expectParity(document!, reference!.reference.patterns);
    expect(worst).toBeLessThan(1e-6);
  });

  it('gives the effect sizes of the reference (rank-biserial sign included)', () => {
    reference!.reference.patterns.forEach((want, k) => {
      const value = document!.patterns[k].effect.value;
      expect(Math.abs(value! - want.effect.value)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want.effect.value)));
    });
  });

  it('calls significant exactly the patterns with q < 0.05 and n ≥ 10', () => {
    const wanted = reference!.reference.patterns.filter((p) => p.q < 0.05 && p.n >= 10).map((p) => `${p.a} × ${p.b}`);
    expect(document!.patterns.filter((p) => p.significant).map((p) => `${p.a} × ${p.b}`)).toEqual(wanted);
  });
});
