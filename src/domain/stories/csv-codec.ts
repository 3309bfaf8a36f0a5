// Stories as CSV (PRODUCT.md "Stories — duiding.stories/v1"): the header for a questionnaire, a
// row decoder that reports every wrong cell with file, line and column, and the encoder back.
import { isBlankText, MAX_STORY_REF, MAX_STORY_TEXT, MAX_TITLE } from '../collect/limits.ts';
import type { CsvRecord } from '../csv/reader.ts';
import { neutraliseFormula, restoreFormula } from '../csv/formula.ts';
import type { Problem } from '../problems.ts';
import type { Questionnaire, StoryRecord } from '../questionnaire/types.ts';
import { decodeAnswer, encodeAnswer, questionColumns, type CellReader } from './answer-cells.ts';
import { clip, type CellMessage } from './cells.ts';

export const FIXED_STORY_COLUMNS = ['story_id', 'collected_at', 'collection', 'language', 'prompt', 'title', 'text'] as const;

export function storyColumns(q: Questionnaire): string[] {
  return [...FIXED_STORY_COLUMNS, ...q.questions.flatMap(questionColumns)];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/** 2026-01-01, 2026-01-01T10:00:00Z or 2026-01-01T11:00:00+01:00; null when not ISO 8601 or no real date. */
export function parseCollectedAt(text: string): Date | null {
  const match = ISO_DATE.exec(text) ?? ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (text.length === 10) return date;
  const withColon = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const full = new Date(withColon);
  return Number.isNaN(full.getTime()) ? null : full;
}

export class StoryRowDecoder {
  readonly headerProblems: Problem[] = [];
  private readonly index = new Map<string, number>();
  private readonly width: number;
  private readonly prompts: Set<string>;

  constructor(
    private readonly q: Questionnaire,
    header: CsvRecord,
    private readonly file: string,
    /** Numbers may use a decimal comma (Excel's Dutch CSV dialect, csv/dialect.ts). */
    private readonly decimalComma = false,
  ) {
    this.width = header.fields.length;
    this.prompts = new Set(q.prompts.map((p) => p.key));
    const known = new Set(storyColumns(q));
    const at = (column: string, code: string, nl: string, en: string) => this.headerProblems.push({ file, line: header.line, column, code, nl, en });
    header.fields.forEach((full, i) => {
      const name = clip(full, 80);
      if (this.index.has(full)) at(name, 'duplicate-column', `kolom "${name}" staat er twee keer in`, `column "${name}" occurs twice`);
      // code:x columns of an export are analysts' codes (issue 11), not answers: skipped here.
      else if (full.startsWith('code:') && !known.has(full)) return;
      else if (!known.has(full))
        at(name, 'unknown-column', `kolom "${name}" hoort niet bij vragenlijst "${q.key}"`, `column "${name}" does not belong to questionnaire "${q.key}"`);
      else this.index.set(full, i);
    });
    for (const column of FIXED_STORY_COLUMNS) {
      if (!this.index.has(column)) at(column, 'missing-column', `kolom "${column}" ontbreekt`, `column "${column}" is missing`);
    }
    for (const question of q.questions) {
      const columns = questionColumns(question);
      const missing = columns.filter((c) => !this.index.has(c));
      if (missing.length > 0 && missing.length < columns.length) {
        for (const column of missing) {
          at(
            column,
            'missing-column',
            `kolom "${column}" ontbreekt: vraag "${question.key}" heeft al zijn kolommen nodig, of geen`,
            `column "${column}" is missing: question "${question.key}" needs all of its columns, or none`,
          );
        }
      } else if (missing.length > 0 && question.required) {
        at(
          columns[0]!,
          'missing-column',
          `kolom "${columns[0]}" ontbreekt, maar vraag "${question.key}" is verplicht`,
          `column "${columns[0]}" is missing, but question "${question.key}" is required`,
        );
      }
    }
  }

  decode(record: CsvRecord): { story: StoryRecord; problems: [] } | { story: null; problems: Problem[] } {
    const problems: Problem[] = [];
    const problem = (column: string | undefined, m: CellMessage) =>
      problems.push({ file: this.file, line: record.line, ...(column ? { column } : {}), code: m.code, nl: m.nl, en: m.en });
    if (record.fields.length !== this.width) {
      const n = record.fields.length;
      problem(undefined, {
        code: 'wrong-field-count',
        nl: `deze regel heeft ${n} velden, de kopregel ${this.width}`,
        en: `this row has ${n} fields, the header ${this.width}`,
      });
      return { story: null, problems };
    }
    const cell = (column: string): string => {
      const i = this.index.get(column);
      return i === undefined ? '' : record.fields[i]!;
    };
    const reader: CellReader = { cell, problem, decimalComma: this.decimalComma };

    // Free-text cells may carry the quote an export put before a formula (csv/formula.ts).
    const ref = restoreFormula(cell('story_id'));
    if (ref.trim() === '') problem('story_id', { code: 'empty-story-id', nl: 'story_id is leeg', en: 'story_id is empty' });
    else if (ref.length > MAX_STORY_REF) problem('story_id', tooLong('story_id', ref.length, MAX_STORY_REF));
    const collectedText = clip(cell('collected_at'));
    const collectedAt = parseCollectedAt(collectedText.trim());
    if (!collectedAt) {
      problem('collected_at', {
        code: 'invalid-date',
        nl: `"${collectedText}" is geen datum zoals 2026-01-31 of 2026-01-31T10:00:00Z`,
        en: `"${collectedText}" is not a date like 2026-01-31 or 2026-01-31T10:00:00Z`,
      });
    }
    const language = clip(cell('language'));
    if (!this.q.languages.includes(language)) {
      const list = this.q.languages.join(', ');
      problem('language', {
        code: 'unknown-language',
        nl: `taal "${language}" hoort niet bij deze vragenlijst (kies uit: ${list})`,
        en: `language "${language}" does not belong to this questionnaire (choose from: ${list})`,
      });
    }
    const prompt = cell('prompt');
    if (prompt !== '' && !this.prompts.has(prompt)) {
      const prompt = clip(cell('prompt'));
      const list = [...this.prompts].join(', ');
      problem('prompt', {
        code: 'unknown-prompt',
        nl: `"${prompt}" is geen vertelvraag van deze vragenlijst (kies uit: ${list})`,
        en: `"${prompt}" is not a prompt of this questionnaire (choose from: ${list})`,
      });
    }
    // The same limits as a story told on the teller's page or sent to the collection API.
    const title = restoreFormula(cell('title'));
    if (title.length > MAX_TITLE) problem('title', tooLong('de titel', title.length, MAX_TITLE, 'the title'));
    else if (title !== '' && isBlankText(title)) problem('title', invisibleOnly('de titel', 'the title'));
    const text = restoreFormula(cell('text'));
    if (text.trim() === '') problem('text', { code: 'empty-text', nl: 'het verhaal is leeg', en: 'the story text is empty' });
    else if (isBlankText(text)) problem('text', invisibleOnly('het verhaal', 'the story text'));
    else if (text.length > MAX_STORY_TEXT) problem('text', tooLong('het verhaal', text.length, MAX_STORY_TEXT, 'the story text'));

    const answers: StoryRecord['answers'] = {};
    for (const question of this.q.questions) {
      const before = problems.length;
      const value = decodeAnswer(question, reader);
      if (value !== undefined) answers[question.key] = value;
      const empty = value === undefined || (Array.isArray(value) && value.length === 0);
      if (question.required && empty && problems.length === before) {
        const column = questionColumns(question)[0]!;
        problem(column, {
          code: 'required',
          nl: `vraag "${question.key}" is verplicht, maar niet ingevuld`,
          en: `question "${question.key}" is required, but not answered`,
        });
      }
    }
    if (problems.length > 0 || !collectedAt) return { story: null, problems };
    const story: StoryRecord = {
      ref,
      collectedAt,
      collection: restoreFormula(cell('collection')),
      language,
      prompt: prompt === '' ? null : prompt,
      title,
      text,
      answers,
    };
    return { story, problems: [] };
  }
}

function tooLong(what: string, length: number, max: number, whatEn = what): CellMessage {
  const n = (value: number) => value.toLocaleString('nl-NL');
  return {
    code: 'too-long',
    nl: `${what} is te lang: ${n(length)} tekens, hoogstens ${n(max)}`,
    en: `${whatEn} is too long: ${length} characters, at most ${max}`,
  };
}

function invisibleOnly(what: string, whatEn: string): CellMessage {
  return {
    code: 'invisible-only',
    nl: `${what} bestaat alleen uit spaties of onzichtbare tekens`,
    en: `${whatEn} consists only of spaces or invisible (zero-width) characters`,
  };
}

/** 2026-01-01T10:00:00Z; milliseconds only when they are not zero. */
function formatCollectedAt(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** One CSV row. Free-text cells are neutralised against spreadsheet formulas (csv/formula.ts). */
export function encodeStoryRow(q: Questionnaire, story: StoryRecord): string[] {
  return [
    neutraliseFormula(story.ref),
    formatCollectedAt(story.collectedAt),
    neutraliseFormula(story.collection),
    story.language,
    story.prompt ?? '',
    neutraliseFormula(story.title),
    neutraliseFormula(story.text),
    ...q.questions.flatMap((question) => encodeAnswer(question, story.answers[question.key])),
  ];
}
