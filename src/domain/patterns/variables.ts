// The analysis variables of PRODUCT.md "Pattern semantics", derived from a questionnaire and
// the answers of each story. Values are stored per story in typed arrays (NaN / −1 = missing)
// so that the scan can walk 100,000 stories per pair without allocating.
import {
  isNotApplicable,
  type AnswerValue,
  type Question,
  type Questionnaire,
} from '../questionnaire/types.ts';

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

export function deriveVariables(questionnaire: Questionnaire, stories: ReadonlyArray<Answers>): AnalysisVariables {
  const result: AnalysisVariables = { numeric: [], categorical: [] };
  for (const question of questionnaire.questions) addVariables(question, stories, result);
  return result;
}

function addVariables(question: Question, stories: ReadonlyArray<Answers>, out: AnalysisVariables): void {
  const key = question.key;
  const numeric = (name: string, read: (answer: AnswerValue) => number) =>
    out.numeric.push({ name, question: key, values: numericValues(stories, key, read) });
  switch (question.type) {
    case 'slider':
    case 'scale':
    case 'number':
      numeric(key, (answer) => (typeof answer === 'number' ? answer : NaN));
      return;
    case 'triad':
      for (const corner of [0, 1, 2]) numeric(`${key}.${corner + 1}`, (answer) => triadShare(answer, corner));
      return;
    case 'stones':
      for (const stone of question.stones) {
        for (const [axis, index] of [['x', 0], ['y', 1]] as const) {
          numeric(`${key}.${stone.key}.${axis}`, (answer) => stoneCoordinate(answer, stone.key, index));
        }
      }
      return;
    case 'choice':
    case 'area':
      out.categorical.push(categorical(key, key, stories, (answer) => (typeof answer === 'string' ? answer : null)));
      return;
    case 'multichoice':
      // A story that skipped the question (or answered "not applicable") is missing for every
      // option; one that answered with an empty selection chose none of them.
      for (const option of question.options) {
        const read = (answer: AnswerValue) =>
          Array.isArray(answer) ? ((answer as string[]).includes(option.key) ? CHOSEN : NOT_CHOSEN) : null;
        out.categorical.push(categorical(`${key}=${option.key}`, key, stories, read));
      }
      return;
    case 'text':
      return;
  }
}

/** `read` sees only answers that are present and applicable; a non-finite result is missing. */
function numericValues(stories: ReadonlyArray<Answers>, key: string, read: (answer: AnswerValue) => number): Float64Array {
  const values = new Float64Array(stories.length);
  for (let i = 0; i < stories.length; i++) {
    const answer = stories[i][key];
    const value = answer === undefined || isNotApplicable(answer) ? NaN : read(answer);
    values[i] = Number.isFinite(value) ? value : NaN;
  }
  return values;
}

/** A corner's share of the three raw weights; a sum of 0 leaves all three corners missing. */
function triadShare(answer: AnswerValue, corner: number): number {
  if (!Array.isArray(answer) || answer.length !== 3) return NaN;
  const [w1, w2, w3] = answer as unknown[];
  if (typeof w1 !== 'number' || typeof w2 !== 'number' || typeof w3 !== 'number') return NaN;
  // Summed left to right and divided once, like pandas' (p1 + p2 + p3) and p_i / s.
  const sum = w1 + w2 + w3;
  return sum === 0 ? NaN : (answer[corner] as number) / sum;
}

function stoneCoordinate(answer: AnswerValue, stone: string, index: 0 | 1): number {
  if (typeof answer !== 'object' || Array.isArray(answer)) return NaN;
  const point = (answer as Record<string, unknown>)[stone];
  if (!Array.isArray(point)) return NaN;
  const value = point[index];
  return typeof value === 'number' ? value : NaN;
}

function categorical(
  name: string,
  question: string,
  stories: ReadonlyArray<Answers>,
  read: (answer: AnswerValue) => string | null,
): CategoricalVariable {
  const firstSeen = new Map<string, number>();
  const raw = new Int32Array(stories.length);
  for (let i = 0; i < stories.length; i++) {
    const answer = stories[i][question];
    const label = answer === undefined || isNotApplicable(answer) ? null : read(answer);
    if (label === null || label === '') {
      raw[i] = -1;
      continue;
    }
    let code = firstSeen.get(label);
    if (code === undefined) firstSeen.set(label, (code = firstSeen.size));
    raw[i] = code;
  }
  const labels = [...firstSeen.keys()].sort(compareCodePoints);
  const remap = new Int32Array(labels.length);
  labels.forEach((label, sorted) => (remap[firstSeen.get(label)!] = sorted));
  for (let i = 0; i < raw.length; i++) if (raw[i] >= 0) raw[i] = remap[raw[i]];
  return { name, question, labels, codes: raw };
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
