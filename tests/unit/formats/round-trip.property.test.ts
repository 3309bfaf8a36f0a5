// Properties: any fields survive csvRow → parseCsv; any valid story survives
// encodeStoryRow → CSV → StoryRowDecoder; the demo stories do too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/domain/csv/reader.ts';
import { csvRow } from '../../../src/domain/csv/writer.ts';
import { generateStories } from '../../../src/domain/demo/stories.ts';
import { questionnaire as demoQuestionnaire } from '../../../src/domain/demo/questionnaire.ts';
import { NOT_APPLICABLE, type AnswerValue, type Question, type Questionnaire, type StoryRecord } from '../../../src/domain/questionnaire/types.ts';
import { StoryRowDecoder, encodeStoryRow, storyColumns } from '../../../src/domain/stories/csv-codec.ts';
import { isBlankText } from '../../../src/domain/collect/limits.ts';
import { FIXTURE } from './story-fixture.ts';

/**
 * Unicode text that leans on what CSV must quote (quotes, commas, CR, LF, spaces, a BOM) and on
 * what a spreadsheet runs as a formula (= + - @ TAB, and the single quote that neutralises them).
 */
const tricky = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', ' ', 'a', 'é', '\uFEFF', '😀') }),
  fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '1') }),
);
/** What a person can see: stories with blank titles or texts are refused on import. */
const visible = (s: string) => !isBlankText(s);

describe('CSV reader and writer', () => {
  it('read back every row written, field for field', () => {
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const records = parseCsv(rows.map(csvRow).join(''));
        expect(records.map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});

const zeroSafe = (x: number) => (x === 0 ? 0 : x); // no -0: it would be written as "0"
const within = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map(zeroSafe);
const orNa = (q: Question, value: fc.Arbitrary<AnswerValue>): fc.Arbitrary<AnswerValue> =>
  q.allowNotApplicable ? fc.oneof(value, fc.constant(NOT_APPLICABLE)) : value;

function answer(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case 'slider':
      return orNa(q, within(0, 100));
    case 'scale':
      return orNa(q, fc.integer({ min: q.min, max: q.max }));
    case 'number':
      return orNa(q, within(q.min ?? -1e9, q.max ?? 1e9));
    case 'triad':
      return orNa(
        q,
        fc.tuple(within(0, 1e6), within(0, 1e6), within(0, 1e6)).filter(([a, b, c]) => a + b + c > 0),
      );
    case 'stones': {
      const point = fc.tuple(within(0, 100), within(0, 100));
      const record = fc.record(Object.fromEntries(q.stones.map((s) => [s.key, point])), { requiredKeys: [] });
      return orNa(q, record.filter((r) => Object.keys(r).length > 0) as fc.Arbitrary<AnswerValue>);
    }
    case 'choice':
      return orNa(q, fc.constantFrom(...q.options.map((o) => o.key)));
    case 'multichoice':
      return orNa(
        q,
        fc.shuffledSubarray(
          q.options.map((o) => o.key),
          { maxLength: q.max ?? q.options.length },
        ),
      );
    case 'area':
      return orNa(
        q,
        q.areas ? fc.constantFrom(...q.areas.map((a) => a.code)) : fc.integer({ min: 0, max: 9999 }).map((n) => `GM${String(n).padStart(4, '0')}`),
      );
    case 'text':
      return orNa(
        q,
        tricky.filter((s) => s !== '' && s !== 'NA'),
      );
  }
}

/** Valid stories; a multichoice is always answered, since an empty cell reads back as "nothing chosen". */
function story(q: Questionnaire): fc.Arbitrary<StoryRecord> {
  const answers = fc.record(Object.fromEntries(q.questions.map((question) => [question.key, answer(question)])), {
    requiredKeys: q.questions.filter((x) => x.required || x.type === 'multichoice').map((x) => x.key),
  });
  return fc.record({
    ref: tricky.filter((s) => s.trim() !== ''),
    collectedAt: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }),
    collection: tricky,
    language: fc.constantFrom(...q.languages),
    prompt: fc.option(fc.constantFrom(...q.prompts.map((p) => p.key)), { nil: null }),
    title: tricky.filter((s) => s === '' || visible(s)),
    text: tricky.filter(visible),
    answers: answers as fc.Arbitrary<Record<string, AnswerValue>>,
  });
}

function roundTrip(q: Questionnaire, stories: StoryRecord[]) {
  const csv = csvRow(storyColumns(q)) + stories.map((s) => csvRow(encodeStoryRow(q, s))).join('');
  const [header, ...rows] = parseCsv(csv);
  const decoder = new StoryRowDecoder(q, header!, 'stories.csv');
  expect(decoder.headerProblems).toEqual([]);
  return rows.map((row) => decoder.decode(row));
}

describe('stories codec', () => {
  for (const [name, q] of [
    ['the fixture', FIXTURE],
    ['the demo questionnaire', demoQuestionnaire()],
  ] as const) {
    it(`decode(encode(story)) equals the story for ${name}`, () => {
      fc.assert(
        fc.property(fc.array(story(q), { minLength: 1, maxLength: 5 }), (stories) => {
          const results = roundTrip(q, stories);
          expect(results.map((r) => r.problems)).toEqual(stories.map(() => []));
          expect(results.map((r) => r.story)).toEqual(stories);
          // No free-text cell of the export starts like a spreadsheet formula.
          for (const story of stories) {
            const [ref, , collection, , , title, text] = encodeStoryRow(q, story);
            for (const cell of [ref, collection, title, text]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('round-trips the generated demo stories (an unanswered multichoice reads back as [])', () => {
    const q = demoQuestionnaire();
    const stories = generateStories(500, 7);
    const results = roundTrip(q, stories);
    results.forEach((result, i) => {
      expect(result.problems).toEqual([]);
      expect(result.story).toEqual({ ...stories[i], answers: { wat_hielp: [], ...stories[i]!.answers } });
    });
  });

  it('writes collected_at without zero milliseconds', () => {
    const cells = encodeStoryRow(FIXTURE, {
      ref: 's',
      collectedAt: new Date(Date.UTC(2026, 0, 1, 10)),
      collection: '',
      language: 'nl',
      prompt: null,
      title: '',
      text: 't',
      answers: { gehoord: 12.5, wat_hielp: ['geld', 'buren'], wie_hielp: [1, 0, 2], steun: { school: [0, 100] } },
    });
    expect(cells.slice(0, 5)).toEqual(['s', '2026-01-01T10:00:00Z', '', 'nl', '']);
    expect(cells.slice(7, 16)).toEqual(['12.5', '1', '0', '2', '', '', '0', '100', '']);
    expect(cells[16]).toBe('geld|buren');
  });
});
