// The analysis variables of PRODUCT.md "Pattern semantics", derived from a questionnaire and
// the answers of each story. Values are stored per story in typed arrays (NaN / −1 = missing)
// so that the scan can walk 100,000 stories per pair without allocating.
import { isNotApplicable, type AnswerValue, type Question, type Questionnaire } from '../questionnaire/types.ts';
import {
  ANSWERED,
  answerAt,
  columnsOfStories,
  isAnswerColumns,
  type AnswerColumn,
  type AnswerColumns,
  type CodeColumn,
  type NumberColumn,
  type NumbersColumn,
} from './columns.ts';

export type Answers = Readonly<Record<string, AnswerValue>>;

/** Labels of a multichoice option's yes/no variable, as the SciPy reference scan spells them. */
export const CHOSEN = 'ja';
export const NOT_CHOSEN = 'nee';

export interface NumericVariable {
  name: string;
  /** Key of the question it comes from: pairs from one question are not tested. */
  question: string;
  /** Per story; NaN = missing (unanswered or not applicable). */
  values: Float64Array;
}

export interface CategoricalVariable {
  name: string;
  question: string;
  /** Observed categories, sorted by Unicode code point (Python's order, as the reference). */
  labels: string[];
  /** Per story an index into labels; −1 = missing. */
  codes: Int32Array;
}

export interface AnalysisVariables {
  /** In questionnaire order; a triad's corners and a stone's x, y in their own order. */
  numeric: NumericVariable[];
  categorical: CategoricalVariable[];
}

/**
 * The variables of every non-text question. The stories come as one answers object each, or as
 * columns (columns.ts): typed columns of the answer snapshot are read without an object per story.
 */
export function deriveVariables(questionnaire: Questionnaire, stories: ReadonlyArray<Answers> | AnswerColumns): AnalysisVariables {
  const result: AnalysisVariables = { numeric: [], categorical: [] };
  const questions = questionnaire.questions.filter((question) => question.type !== 'text');
  const input = isAnswerColumns(stories)
    ? stories
    : columnsOfStories(
        questions.map((question) => question.key),
        stories,
      );
  for (const question of questions) addVariables(question, input.columns.get(question.key), input.count, result);
  return result;
}

function addVariables(question: Question, column: AnswerColumn | undefined, n: number, out: AnalysisVariables): void {
  if (column !== undefined && column.kind !== 'values' && addTypedVariables(question, column, n, out)) return;
  addPlainVariables(question, plainAnswers(column, n), n, out);
}

/** The typed columns of the snapshot, read directly where their kind is the question's own; false otherwise. */
function addTypedVariables(question: Question, column: Exclude<AnswerColumn, { kind: 'values' }>, n: number, out: AnalysisVariables): boolean {
  const key = question.key;
  if ((question.type === 'slider' || question.type === 'scale' || question.type === 'number') && column.kind === 'number') {
    out.numeric.push({ name: key, question: key, values: numbersOf(column) });
  } else if (question.type === 'triad' && column.kind === 'numbers') {
    triadVariables(
      key,
      (i) => triadSumOf(column, i),
      (i, corner) => column.numbers[column.offsets[i] + corner],
      n,
      out,
    );
  } else if ((question.type === 'choice' || question.type === 'area') && column.kind === 'code') {
    out.categorical.push(categoricalOfCodes(key, key, column));
  } else if (question.type === 'multichoice' && column.kind === 'codes') {
    const chosenBy = (option: string) => {
      const code = column.book.indexOf(option);
      return (i: number) => {
        for (let at = column.offsets[i]; at < column.offsets[i + 1]; at++) if (column.codes[at] === code) return true;
        return false;
      };
    };
    multichoiceVariables(key, question.options, (i) => column.state[i] === ANSWERED, chosenBy, n, out);
  } else {
    return false;
  }
  return true;
}

/** Answers read as rows, or a column of an unexpected kind: answer by answer. */
function addPlainVariables(question: Question, plain: ReadonlyArray<AnswerValue | undefined>, n: number, out: AnalysisVariables): void {
  const key = question.key;
  switch (question.type) {
    case 'slider':
    case 'scale':
    case 'number': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const answer = plain[i];
        values[i] = typeof answer === 'number' && Number.isFinite(answer) ? answer : NaN;
      }
      out.numeric.push({ name: key, question: key, values });
      return;
    }
    case 'triad':
      triadVariables(
        key,
        (i) => triadSum(plain[i]),
        (i, corner) => (plain[i] as number[])[corner],
        n,
        out,
      );
      return;
    case 'stones':
      for (const stone of question.stones) {
        const x = new Float64Array(n);
        const y = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const point = stonePoint(plain[i], stone.key);
          x[i] = point === null ? NaN : coordinate(point, 0);
          y[i] = point === null ? NaN : coordinate(point, 1);
        }
        out.numeric.push({ name: `${key}.${stone.key}.x`, question: key, values: x });
        out.numeric.push({ name: `${key}.${stone.key}.y`, question: key, values: y });
      }
      return;
    case 'choice':
    case 'area':
      out.categorical.push(categorical(key, key, plain));
      return;
    case 'multichoice': {
      const lists = plain.map((answer) => (Array.isArray(answer) ? (answer as string[]) : null));
      multichoiceVariables(
        key,
        question.options,
        (i) => lists[i] !== null,
        (option) => (i) => lists[i]!.includes(option),
        n,
        out,
      );
      return;
    }
  }
}

/** Per story its answer, with not applicable (and no column at all) as unanswered. */
function plainAnswers(column: AnswerColumn | undefined, n: number): Array<AnswerValue | undefined> {
  const plain = new Array<AnswerValue | undefined>(n);
  for (let i = 0; i < n; i++) {
    const answer = answerAt(column, i);
    plain[i] = answer === undefined || isNotApplicable(answer) ? undefined : answer;
  }
  return plain;
}

function numbersOf(column: NumberColumn): Float64Array {
  const { state, numbers } = column;
  const values = new Float64Array(numbers.length);
  for (let i = 0; i < values.length; i++) {
    const x = numbers[i];
    values[i] = state[i] === ANSWERED && Number.isFinite(x) ? x : NaN;
  }
  return values;
}

/** A triad's corners: each raw weight divided by the sum (NaN when the sum is, see triadSum). */
function triadVariables(key: string, sumAt: (i: number) => number, weightAt: (i: number, corner: number) => number, n: number, out: AnalysisVariables): void {
  const corners = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (let i = 0; i < n; i++) {
    const sum = sumAt(i);
    for (let corner = 0; corner < 3; corner++) corners[corner][i] = Number.isNaN(sum) ? NaN : finiteOrNaN(weightAt(i, corner) / sum);
  }
  corners.forEach((values, corner) => out.numeric.push({ name: `${key}.${corner + 1}`, question: key, values }));
}

/** triadSum for a typed column: its lists hold numbers only. */
function triadSumOf(column: NumbersColumn, i: number): number {
  const at = column.offsets[i];
  if (column.state[i] !== ANSWERED || column.offsets[i + 1] - at !== 3) return NaN;
  const sum = column.numbers[at] + column.numbers[at + 1] + column.numbers[at + 2];
  return sum === 0 ? NaN : sum;
}

/**
 * A multichoice question's yes/no variable per option. A story that skipped the question (or
 * answered "not applicable") is missing for every option; one that answered with an empty
 * selection chose none of them.
 */
function multichoiceVariables(
  key: string,
  options: ReadonlyArray<{ key: string }>,
  answered: (i: number) => boolean,
  /** For one option: did story i (one that answered) choose it? */
  chosenBy: (option: string) => (i: number) => boolean,
  n: number,
  out: AnalysisVariables,
): void {
  for (const option of options) {
    const chosen = chosenBy(option.key);
    const codes = new Int32Array(n);
    let chosenSeen = false;
    let notChosenSeen = false;
    for (let i = 0; i < n; i++) {
      // 0 = CHOSEN, 1 = NOT_CHOSEN, −1 = missing.
      const code = !answered(i) ? -1 : chosen(i) ? 0 : 1;
      codes[i] = code;
      if (code === 0) chosenSeen = true;
      else if (code === 1) notChosenSeen = true;
    }
    // Labels are the observed ones in code-point order ('ja' < 'nee').
    const labels = [...(chosenSeen ? [CHOSEN] : []), ...(notChosenSeen ? [NOT_CHOSEN] : [])];
    if (!chosenSeen) for (let i = 0; i < n; i++) if (codes[i] === 1) codes[i] = 0;
    out.categorical.push({ name: `${key}=${option.key}`, question: key, labels, codes });
  }
}

function finiteOrNaN(value: number): number {
  return Number.isFinite(value) ? value : NaN;
}

/**
 * The sum of a triad's three raw weights, by which each corner is divided; NaN when the answer is
 * not three numbers or they sum to 0 (then all three corners are missing). Summed left to right
 * and divided once, like pandas' (p1 + p2 + p3) and p_i / s.
 */
function triadSum(answer: AnswerValue | undefined): number {
  if (!Array.isArray(answer) || answer.length !== 3) return NaN;
  const w1: unknown = answer[0];
  const w2: unknown = answer[1];
  const w3: unknown = answer[2];
  if (typeof w1 !== 'number' || typeof w2 !== 'number' || typeof w3 !== 'number') return NaN;
  const sum = w1 + w2 + w3;
  return sum === 0 ? NaN : sum;
}

function stonePoint(answer: AnswerValue | undefined, stone: string): unknown[] | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const point = (answer as Record<string, unknown>)[stone];
  return Array.isArray(point) ? point : null;
}

function coordinate(point: unknown[], index: 0 | 1): number {
  const value = point[index];
  return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
}

/** A string answer is a category; anything else, or an empty string, is missing. */
function categorical(name: string, question: string, column: ReadonlyArray<AnswerValue | undefined>): CategoricalVariable {
  const firstSeen = new Map<string, number>();
  const raw = new Int32Array(column.length);
  let lastLabel: string | null = null;
  let lastCode = -1;
  for (let i = 0; i < column.length; i++) {
    const answer = column[i];
    if (typeof answer !== 'string' || answer === '') {
      raw[i] = -1;
      continue;
    }
    if (answer === lastLabel) {
      raw[i] = lastCode;
      continue;
    }
    let code = firstSeen.get(answer);
    if (code === undefined) firstSeen.set(answer, (code = firstSeen.size));
    raw[i] = code;
    lastLabel = answer;
    lastCode = code;
  }
  const labels = [...firstSeen.keys()].sort(compareCodePoints);
  const remap = new Int32Array(labels.length);
  labels.forEach((label, sorted) => (remap[firstSeen.get(label)!] = sorted));
  for (let i = 0; i < raw.length; i++) if (raw[i] >= 0) raw[i] = remap[raw[i]];
  return { name, question, labels, codes: raw };
}

/**
 * categorical() for a typed column: the labels are the book's strings that occur among these
 * stories (a selection may hold fewer than the book), empty ones missing, in code-point order.
 */
function categoricalOfCodes(name: string, question: string, column: CodeColumn): CategoricalVariable {
  const { state, codes, book } = column;
  const used = new Uint8Array(book.length);
  for (let i = 0; i < codes.length; i++) if (state[i] === ANSWERED) used[codes[i]] = 1;
  const labels = book.filter((label, code) => used[code] === 1 && label !== '').sort(compareCodePoints);
  const remap = new Int32Array(book.length).fill(-1);
  labels.forEach((label, sorted) => (remap[book.indexOf(label)] = sorted));
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = state[i] === ANSWERED ? remap[codes[i]] : -1;
  return { name, question, labels, codes: out };
}

/**
 * Orders strings by Unicode code point, as Python's sorted() does. JavaScript's default
 * compares UTF-16 units, which puts characters above U+FFFF before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (U+D800–U+DFFF) stand for code points above U+FFFF: move them past U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
