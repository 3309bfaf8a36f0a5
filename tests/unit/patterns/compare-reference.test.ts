// The comparison of subsets (duiding.compare/v1) against SciPy on the shared 2,000-story case.
// The fixture was made by an independent numpy + SciPy script:
//   python3 scripts/compare-reference.py ../shared/reference/case-2000/questionnaire.json \
//       ../shared/reference/case-2000/stories.csv > tests/unit/patterns/fixtures/compare-reference.json
// Skipped with a notice when ../shared is absent (DUIDING_REQUIRE_SHARED=1 makes that a failure).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVariables } from '../../../src/domain/patterns/compare.ts';
import { definingQuestions, parseSubsets, subsetOfEach } from '../../../src/domain/patterns/compare-filter.ts';
import { loadReferenceCase } from '../../support/reference-case.ts';
import { relativeError, TOLERANCE } from './parity.ts';

interface ReferenceQuestion {
  key: string;
  test: string | null;
  statistic: number | null;
  df?: number;
  p: number | null;
  q: number | null;
  n: number;
  categories?: string[];
  groups: { subset: string; n: number; median?: number | null; counts?: number[] }[];
}
interface ReferenceComparison {
  subsets: { name: string; filter: string; stories: number }[];
  defining: string[];
  questions: ReferenceQuestion[];
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/compare-reference.json', import.meta.url), 'utf8')) as { cases: ReferenceComparison[] };
const reference = loadReferenceCase();

function compare(want: ReferenceComparison) {
  const { questionnaire, answers } = reference!;
  const subsets = parseSubsets(questionnaire, Object.fromEntries(want.subsets.map((s) => [s.name, s.filter])));
  const ids = answers.map((_, i) => String(i));
  const codes = subsetOfEach(
    subsets,
    ids,
    answers,
    subsets.map(() => null),
  );
  const inside = answers.filter((_, i) => codes[i] >= 0);
  const defining = definingQuestions(subsets);
  return {
    sizes: subsets.map((_, k) => codes.filter((c) => c === k).length),
    defining,
    questions: compareVariables(
      questionnaire,
      inside,
      codes.filter((c) => c >= 0),
      subsets.map((s) => s.name),
      new Set(defining),
    ),
  };
}

describe.skipIf(reference === null)('comparison of subsets equals SciPy on the shared 2,000-story case', () => {
  it.each(fixture.cases.map((c) => [c.subsets.map((s) => `${s.name}=${s.filter}`).join(' & '), c] as const))('%s', (_, want) => {
    const got = compare(want);
    expect(got.sizes).toEqual(want.subsets.map((s) => s.stories));
    expect(got.defining).toEqual(want.defining);
    expect(got.questions.map((q) => `${q.key}: ${q.test}`)).toEqual(want.questions.map((q) => `${q.key}: ${q.test}`));
    let worst = 0;
    want.questions.forEach((w, k) => {
      const q = got.questions[k];
      expect(q.n, `${w.key} n`).toBe(w.n);
      expect(q.df, `${w.key} df`).toBe(w.df);
      expect(
        q.groups.map((g) => g.n),
        `${w.key} group sizes`,
      ).toEqual(w.groups.map((g) => g.n));
      if (w.categories) {
        expect(q.categories, `${w.key} categories`).toEqual(w.categories);
        expect(
          q.groups.map((g) => g.counts),
          `${w.key} counts`,
        ).toEqual(w.groups.map((g) => g.counts));
      } else {
        expect(
          q.groups.map((g) => g.median),
          `${w.key} medians`,
        ).toEqual(w.groups.map((g) => g.median));
      }
      for (const field of ['statistic', 'p', 'q'] as const) {
        if (w[field] === null) {
          expect(q[field], `${w.key} ${field}`).toBeNull();
          continue;
        }
        let error = relativeError(q[field]!, w[field]!);
        // Mann–Whitney: U of either subset.
        if (field === 'statistic' && w.test === 'mann-whitney')
          error = Math.min(error, relativeError(q.groups[0].n * q.groups[1].n - q.statistic!, w.statistic!));
        expect(error, `${w.key} ${field}: ${q[field]} vs ${w[field]}`).toBeLessThanOrEqual(TOLERANCE);
        worst = Math.max(worst, error);
      }
    });
    expect(worst).toBeLessThan(TOLERANCE);
  });

  it('tests something in every case (the fixture is not empty)', () => {
    for (const c of fixture.cases) expect(c.questions.filter((q) => q.p !== null).length).toBeGreaterThan(10);
  });
});
