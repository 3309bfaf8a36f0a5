// The scan reads the answer snapshot's typed columns directly (domain/patterns/columns.ts). It must
// derive exactly the variables — and so exactly the scan — that one answers object per story
// gives: every double bit for bit, the same labels and codes, not applicable and no answer
// alike, for the whole snapshot and for any selection of its stories (an answer filter).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectRows, storiesOfColumns, type AnswerColumns } from '../../../src/domain/patterns/columns.ts';
import { scanPatterns } from '../../../src/domain/patterns/scan.ts';
import { deriveVariables } from '../../../src/domain/patterns/variables.ts';
import { NOT_APPLICABLE, type AnswerValue, type Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { decodeSnapshotRaw, encodeSnapshotRaw } from '../../../src/services/answer-snapshot-format.ts';
import { loadReferenceCase, readStories } from '../../support/reference-case.ts';

const t = (s: string) => ({ nl: s });
const questionnaire: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'test',
  title: t('test'),
  languages: ['nl'],
  prompts: [],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: t('?'), left: t('-'), right: t('+'), allowNotApplicable: true },
    { key: 'wie', about: 'story', type: 'triad', text: t('?'), corners: [t('a'), t('b'), t('c')] },
    { key: 'plek', about: 'story', type: 'stones', text: t('?'), x: t('x'), y: t('y'), stones: [{ key: 'school', text: t('s') }] },
    { key: 'rol', about: 'participant', type: 'choice', text: t('?'), options: [{ key: 'ouder', text: t('o') }] },
    {
      key: 'hulp',
      about: 'story',
      type: 'multichoice',
      text: t('?'),
      options: [
        { key: 'geld', text: t('g') },
        { key: 'gesprek', text: t('p') },
      ],
    },
    { key: 'wijk', about: 'participant', type: 'area', level: 'wijk', text: t('?') },
  ],
};
const keys = questionnaire.questions.map((q) => q.key);

/** The stories as the snapshot hands them to the scan: encoded, decoded, typed columns by key. */
function typed(stories: ReadonlyArray<Record<string, AnswerValue>>, columnKeys: readonly string[] = keys): AnswerColumns {
  const ids = stories.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const document = { ids, columns: Object.fromEntries(columnKeys.map((key) => [`answer:${key}`, stories.map((s) => s[key] ?? null)])) };
  const snapshot = decodeSnapshotRaw(encodeSnapshotRaw(document));
  return { count: snapshot.count, columns: new Map(columnKeys.map((key) => [key, snapshot.columns.get(`answer:${key}`)!])) };
}

const answers = {
  gehoord: fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constantFrom(0.1 + 0.2, -0, 50)),
  wie: fc.oneof(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), fc.constant([0.1, 0.2, 0.7])),
  plek: fc.record({ school: fc.tuple(fc.double({ noNaN: true, min: 0, max: 100 }), fc.double({ noNaN: true, min: 0, max: 100 })) }),
  rol: fc.constantFrom('ouder', 'jongere', '', 'Ōma', '😀'),
  hulp: fc.subarray(['geld', 'gesprek', 'anders']),
  wijk: fc.constantFrom('WK01', 'WK02', 'WK10'),
};
const story = fc.record(
  Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [
      key,
      fc.oneof({ weight: 4, arbitrary: value as fc.Arbitrary<AnswerValue> }, fc.constant(NOT_APPLICABLE), fc.constant(undefined)),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, AnswerValue>>;
const clean = (s: Record<string, AnswerValue | undefined>) =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as Record<string, AnswerValue>;

describe('the scan on typed columns', () => {
  it('derives the same variables as from one object per story, for any stories', () => {
    fc.assert(
      fc.property(fc.array(story.map(clean), { maxLength: 40 }), (stories) => {
        expect(deriveVariables(questionnaire, typed(stories))).toEqual(deriveVariables(questionnaire, stories));
      }),
      { numRuns: 300 },
    );
  });

  it('derives the same variables for any selection of the stories (an answer filter)', () => {
    fc.assert(
      fc.property(fc.array(story.map(clean), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 40 }), (stories, picks) => {
        const rows = [...new Set(picks.map((p) => p % stories.length))].sort((a, b) => a - b);
        const selected = selectRows(typed(stories), rows);
        expect(deriveVariables(questionnaire, selected)).toEqual(
          deriveVariables(
            questionnaire,
            rows.map((i) => stories[i]),
          ),
        );
        expect(storiesOfColumns(selected)).toEqual(rows.map((i) => stories[i]));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a column of an unexpected kind answer by answer (numbers in a choice question)', () => {
    const stories = [{ rol: 3, gehoord: 'veel' }, { rol: 'ouder', gehoord: 2 }, {}] as Record<string, AnswerValue>[];
    expect(deriveVariables(questionnaire, typed(stories))).toEqual(deriveVariables(questionnaire, stories));
  });

  it('writes byte for byte the same scan document on the edge-case file', () => {
    const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
    const q = JSON.parse(fixture('edge-case.questionnaire.json')) as Questionnaire;
    const stories = readStories(q, fixture('edge-case.stories.csv'));
    const own = q.questions.map((question) => question.key);
    expect(JSON.stringify(scanPatterns(q, typed(stories, own)))).toBe(JSON.stringify(scanPatterns(q, stories)));
  });

  const reference = loadReferenceCase();
  it.skipIf(reference === null)('writes byte for byte the same scan document on the shared 2,000-story case', () => {
    const own = reference!.questionnaire.questions.map((question) => question.key);
    expect(JSON.stringify(scanPatterns(reference!.questionnaire, typed(reference!.answers, own)))).toBe(
      JSON.stringify(scanPatterns(reference!.questionnaire, reference!.answers)),
    );
  });
});
