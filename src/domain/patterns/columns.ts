// The scan's input as columns: one per question, aligned by story. Either typed arrays straight
// from the answer snapshot (services/answer-snapshot-format.ts, format 2) — a state byte per
// story and the values as Float64Array or Int32Array codes into a code book — or a plain array
// of answers, for stories read as rows. Reading 100,000 stories this way allocates a few arrays
// per question instead of one object per story (docs/architecture.md, "Storage of answers").
import { NOT_APPLICABLE, type AnswerValue } from '../questionnaire/types.ts';

/** A story's state in a typed column. */
const NO_ANSWER = 0;
export const ANSWERED = 1;
const NOT_APPLICABLE_STATE = 2;

interface TypedBase {
  /** Per story: NO_ANSWER, ANSWERED or NOT_APPLICABLE_STATE; the value arrays count only where ANSWERED. */
  state: Uint8Array;
}

/** Numbers (slider, scale, number): the very doubles stored. */
export interface NumberColumn extends TypedBase {
  kind: 'number';
  numbers: Float64Array;
}

/** One string per story (choice, area, text): an index into book. */
export interface CodeColumn extends TypedBase {
  kind: 'code';
  codes: Int32Array;
  book: readonly string[];
}

/** A list of strings per story (multichoice): codes[offsets[i]] … codes[offsets[i + 1] − 1]. */
interface CodesColumn extends TypedBase {
  kind: 'codes';
  offsets: Int32Array;
  codes: Int32Array;
  book: readonly string[];
}

/** A list of numbers per story (triad): numbers[offsets[i]] … numbers[offsets[i + 1] − 1]. */
export interface NumbersColumn extends TypedBase {
  kind: 'numbers';
  offsets: Int32Array;
  numbers: Float64Array;
}

/** Any answers, one per story as stored (not applicable included); undefined = no answer. */
interface ValueColumn {
  kind: 'values';
  values: ReadonlyArray<AnswerValue | undefined>;
}

export type AnswerColumn = NumberColumn | CodeColumn | CodesColumn | NumbersColumn | ValueColumn;

export interface AnswerColumns {
  /** Stories, in the order of every column. */
  count: number;
  /** By question key; a question without a column has no answers. */
  columns: ReadonlyMap<string, AnswerColumn>;
}

/** The answer of story i as stored (not applicable included); undefined = no answer. */
export function answerAt(column: AnswerColumn | undefined, i: number): AnswerValue | undefined {
  if (column === undefined) return undefined;
  if (column.kind === 'values') return column.values[i];
  const state = column.state[i];
  if (state === NO_ANSWER) return undefined;
  if (state === NOT_APPLICABLE_STATE) return NOT_APPLICABLE;
  switch (column.kind) {
    case 'number':
      return column.numbers[i];
    case 'code':
      return column.book[column.codes[i]];
    case 'codes':
      return Array.from(column.codes.subarray(column.offsets[i], column.offsets[i + 1]), (code) => column.book[code]);
    case 'numbers':
      return Array.from(column.numbers.subarray(column.offsets[i], column.offsets[i + 1])) as AnswerValue;
  }
}

/** Stories given as one answers object each, as columns (no copy of the values). */
export function columnsOfStories(keys: readonly string[], stories: ReadonlyArray<Readonly<Record<string, AnswerValue>>>): AnswerColumns {
  // Story by story (each story's object once, while it is in cache), every key of it.
  const values: Array<Array<AnswerValue | undefined>> = keys.map(() => new Array(stories.length));
  for (let i = 0; i < stories.length; i++) {
    const story = stories[i];
    for (let k = 0; k < keys.length; k++) values[k][i] = story[keys[k]];
  }
  return { count: stories.length, columns: new Map(keys.map((key, k) => [key, { kind: 'values', values: values[k] }])) };
}

export function isAnswerColumns(input: AnswerColumns | ReadonlyArray<unknown>): input is AnswerColumns {
  return !Array.isArray(input);
}

/** One answers object per story: for code that reads stories one at a time. */
export function storiesOfColumns(input: AnswerColumns): Record<string, AnswerValue>[] {
  const stories: Record<string, AnswerValue>[] = Array.from({ length: input.count }, () => ({}));
  for (const [key, column] of input.columns) {
    for (let i = 0; i < input.count; i++) {
      const answer = answerAt(column, i);
      if (answer !== undefined) stories[i][key] = answer;
    }
  }
  return stories;
}

/** The stories at `rows` (indices, ascending or not), every column alike. */
export function selectRows(input: AnswerColumns, rows: ArrayLike<number>): AnswerColumns {
  const columns = new Map<string, AnswerColumn>();
  for (const [key, column] of input.columns) columns.set(key, selectColumn(column, rows));
  return { count: rows.length, columns };
}

function selectColumn(column: AnswerColumn, rows: ArrayLike<number>): AnswerColumn {
  const n = rows.length;
  if (column.kind === 'values') return { kind: 'values', values: Array.from(rows, (i) => column.values[i]) };
  const state = new Uint8Array(n);
  for (let k = 0; k < n; k++) state[k] = column.state[rows[k]];
  switch (column.kind) {
    case 'number': {
      const numbers = new Float64Array(n);
      for (let k = 0; k < n; k++) numbers[k] = column.numbers[rows[k]];
      return { kind: 'number', state, numbers };
    }
    case 'code': {
      const codes = new Int32Array(n);
      for (let k = 0; k < n; k++) codes[k] = column.codes[rows[k]];
      return { kind: 'code', state, codes, book: column.book };
    }
    case 'codes': {
      const { offsets, picked } = selectLists(column.offsets, rows);
      const codes = new Int32Array(picked.length);
      picked.forEach((from, k) => (codes[k] = column.codes[from]));
      return { kind: 'codes', state, offsets, codes, book: column.book };
    }
    case 'numbers': {
      const { offsets, picked } = selectLists(column.offsets, rows);
      const numbers = new Float64Array(picked.length);
      picked.forEach((from, k) => (numbers[k] = column.numbers[from]));
      return { kind: 'numbers', state, offsets, numbers };
    }
  }
}

/** New offsets for the lists of `rows`, and the positions of their items in the old flat array. */
function selectLists(oldOffsets: Int32Array, rows: ArrayLike<number>): { offsets: Int32Array; picked: number[] } {
  const offsets = new Int32Array(rows.length + 1);
  const picked: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    for (let at = oldOffsets[rows[k]]; at < oldOffsets[rows[k] + 1]; at++) picked.push(at);
    offsets[k + 1] = picked.length;
  }
  return { offsets, picked };
}
