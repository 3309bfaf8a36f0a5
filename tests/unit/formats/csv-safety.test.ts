// Issue 14 items 4, 5 and 11 in the domain: formula neutralisation is a bijection that leaves
// numbers alone; the CSV reader stops runaway fields and rows and bytes that are not UTF-8 with
// their line and field; the stories codec applies the collection API's limits; a submission with
// lone surrogates or an invisible title is refused per field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STORY_TEXT, MAX_TEXT_ANSWER, MAX_TITLE } from '../../../src/domain/collect/limits.ts';
import { validateSubmission } from '../../../src/domain/collect/validate-submission.ts';
import { neutraliseFormula, restoreFormula } from '../../../src/domain/csv/formula.ts';
import { type CsvParseError, MAX_FIELD_LENGTH, parseCsv, readCsv } from '../../../src/domain/csv/reader.ts';
import { questionnaire } from '../../../src/domain/demo/questionnaire.ts';
import { encodeStoryRow } from '../../../src/domain/stories/csv-codec.ts';
import { demoSubmission } from '../../support/story-submission.ts';
import { HEADER, FIXTURE, decodeRow } from './story-fixture.ts';

const FORMULAS = ['=HYPERLINK("https://kwaad.example","klik")', "+cmd|' /C calc'!A0", '@SUM(A1:A2)', '-2+3', '\t=1', '\r=1'];

describe('formula neutralisation', () => {
  it('puts a quote before every cell a spreadsheet would run, and only there', () => {
    for (const formula of FORMULAS) expect(neutraliseFormula(formula)).toBe(`'${formula}`);
    expect(neutraliseFormula("'=1")).toBe("''=1");
    for (const plain of ["'t Hoekje", 'Gewoon een titel', '', "'", 'a=b', ' =1']) expect(neutraliseFormula(plain)).toBe(plain);
  });

  it('is undone exactly by the importer, for any text', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a') }));
    fc.assert(
      fc.property(text, (s) => {
        expect(restoreFormula(neutraliseFormula(s))).toBe(s);
        expect(neutraliseFormula(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('neutralises title, text, story_id, collection and text answers, but not numbers such as -3', () => {
    const story = {
      ref: '=1',
      collectedAt: new Date('2026-01-01T00:00:00Z'),
      collection: '@c',
      language: 'nl',
      prompt: null,
      title: FORMULAS[0]!,
      text: FORMULAS[1]!,
      answers: { gevoel: 'blij', weken: 3, tip: '-tip' },
    };
    const q = { ...FIXTURE, questions: FIXTURE.questions.map((x) => (x.key === 'weken' ? { ...x, min: -10 } : x)) };
    const cells = Object.fromEntries(HEADER.map((name, i) => [name, encodeStoryRow(q, { ...story, answers: { ...story.answers, weken: -3 } })[i]]));
    expect(cells).toMatchObject({ story_id: "'=1", collection: "'@c", title: `'${FORMULAS[0]}`, text: `'${FORMULAS[1]}`, tip: "'-tip", weken: '-3' });
  });
});

describe('CSV reader limits', () => {
  it('stops a field longer than the limit with its line and field number', () => {
    const csv = `a,b\nx,y\nx,${'z'.repeat(MAX_FIELD_LENGTH + 1)}\n`;
    const error = (() => {
      try {
        parseCsv(csv);
      } catch (e) {
        return e as CsvParseError;
      }
    })();
    expect(error?.problem).toMatchObject({ line: 3, field: 1, code: 'field-too-long', limit: MAX_FIELD_LENGTH });
  });

  it('stops a row longer than the limit, however many short fields it has', () => {
    expect(() => parseCsv('a,'.repeat(600_000))).toThrow(/record-too-long/);
    expect(parseCsv('a,b\n1,2\n', { maxRecordLength: 3 })).toHaveLength(2); // the line break does not count
    expect(() => parseCsv('a,b\n1,2\n', { maxRecordLength: 2 })).toThrow(/record-too-long/);
  });

  it('reads a 30 MB line in chunks without building it: refused within a second', async () => {
    const started = performance.now();
    const chunk = Buffer.alloc(256 * 1024, 'x');
    async function* body() {
      for (let i = 0; i < 120; i++) yield chunk;
    }
    await expect(async () => {
      for await (const _ of readCsv(body()));
    }).rejects.toThrow(/field-too-long/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses bytes that are not UTF-8 at their line and character, also when a character is cut between chunks', async () => {
    const read = async (chunks: Buffer[]) => {
      const records: string[][] = [];
      try {
        for await (const record of readCsv(
          (async function* () {
            yield* chunks;
          })(),
        ))
          records.push(record.fields);
      } catch (error) {
        return { records, problem: (error as CsvParseError).problem };
      }
      return { records };
    };
    const text = Buffer.from('a,b\né,€😀\n');
    for (let cut = 1; cut < text.length; cut++) {
      expect(await read([text.subarray(0, cut), text.subarray(cut)])).toEqual({
        records: [
          ['a', 'b'],
          ['é', '€😀'],
        ],
      });
    }
    const latin1 = Buffer.concat([Buffer.from('a,b\nx,Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await read([latin1])).toMatchObject({ records: [['a', 'b']], problem: { line: 2, column: 6, field: 1, code: 'invalid-utf8' } });
    const surrogate = Buffer.from([0x61, 0x0a, 0xed, 0xa0, 0x80, 0x0a]); // CESU-8 of a lone U+D800
    expect((await read([surrogate])).problem).toMatchObject({ line: 2, code: 'invalid-utf8' });
    expect((await read([Buffer.from([0x61, 0x0a, 0xe2, 0x82])])).problem).toMatchObject({ line: 2, code: 'invalid-utf8' });
  });
});

describe('stories codec limits: the same as the collection API', () => {
  const codes = (overrides: Record<string, string>) => decodeRow(overrides).problems.map((p) => [p.column, p.code]);

  it('accepts stories at the limits and refuses one character more', () => {
    expect(codes({ title: 't'.repeat(MAX_TITLE), text: 'v'.repeat(MAX_STORY_TEXT), tip: 'w'.repeat(MAX_TEXT_ANSWER) })).toEqual([]);
    expect(codes({ title: 't'.repeat(MAX_TITLE + 1), text: 'v'.repeat(MAX_STORY_TEXT + 1), tip: 'w'.repeat(MAX_TEXT_ANSWER + 1) })).toEqual([
      ['title', 'too-long'],
      ['text', 'too-long'],
      ['tip', 'too-long'],
    ]);
  });

  it('refuses titles and texts of only spaces and zero-width characters; an empty title stays allowed', () => {
    expect(codes({ title: '' })).toEqual([]);
    expect(codes({ title: '\u200b\u200c', text: ' \u2060\ufeff ' })).toEqual([
      ['title', 'invisible-only'],
      ['text', 'invisible-only'],
    ]);
  });
});

describe('submissions from the teller page and the collection API', () => {
  const submit = (overrides: Record<string, unknown>) =>
    validateSubmission({ ...demoSubmission(), ...overrides }, questionnaire(), ['nl'], () => new Set(['WK999903']));
  const problems = (overrides: Record<string, unknown>) => {
    const result = submit(overrides);
    return result.ok ? [] : result.problems.map((p) => [p.field, p.code]);
  };

  it('refuses lone surrogates in title, text and text answers, naming the field', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ title: 'a\ud800', text: '\udc00b', answers: { ...demoSubmission().answers, tip: 'x\ud83d' } })).toEqual([
      ['title', 'invalid-characters'],
      ['text', 'invalid-characters'],
      ['answers.tip', 'invalid-characters'],
    ]);
    expect(problems({ title: 'Emoji 😀 is goed' })).toEqual([]);
  });

  it('refuses a title of only spaces and zero-width characters', () => {
    expect(problems({ title: ' \u200b\u200d ' })).toEqual([['title', 'invisible-only']]);
    expect(problems({ text: '\u200b' })).toEqual([['text', 'invisible-only']]);
  });
});
