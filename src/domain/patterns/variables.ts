// The analysis variables of PRODUCT.md "Pattern semantics", derived from a questionnaire and
// the answers of each story. Values are stored per story in typed arrays (NaN / −1 = missing)
// so that the scan can walk 100,000 stories per pair without allocating.
import { isNotApplicable, type AnswerValue, type Question, type Questionnaire } from '../questionnaire/types.ts';

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
  const questions = questionnaire.questions.filter((question) => question.type !== 'text');
  // The answers are read story by story (each story's object once, while it is in cache) into one
  // column per question; not applicable counts as unanswered.
  const keys = questions.map((question) => question.key);
  const columns: Array<Array<AnswerValue | undefined>> = keys.map(() => new Array(stories.length));
  for (let i = 0; i < stories.length; i++) {
    const story = stories[i];
    for (let q = 0; q < keys.length; q++) {
      const answer = story[keys[q]];
      columns[q][i] = answer === undefined || isNotApplicable(answer) ? undefined : answer;
    }
  }
  questions.forEach((question, q) => addVariables(question, columns[q], result));
  return result;
}

function addVariables(question: Question, column: ReadonlyArray<AnswerValue | undefined>, out: AnalysisVariables): void {
  const key = question.key;
  const n = column.length;
  switch (question.type) {
    case 'slider':
    case 'scale':
    case 'number': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const answer = column[i];
        values[i] = typeof answer === 'number' && Number.isFinite(answer) ? answer : NaN;
      }
      out.numeric.push({ name: key, question: key, values });
      return;
    }
    case 'triad': {
      const corners = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
      for (let i = 0; i < n; i++) {
        const sum = triadSum(column[i]);
        for (let corner = 0; corner < 3; corner++) {
          corners[corner][i] = Number.isNaN(sum) ? NaN : finiteOrNaN((column[i] as number[])[corner] / sum);
        }
      }
      corners.forEach((values, corner) => out.numeric.push({ name: `${key}.${corner + 1}`, question: key, values }));
      return;
    }
    case 'stones':
      for (const stone of question.stones) {
        const x = new Float64Array(n);
        const y = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const point = stonePoint(column[i], stone.key);
          x[i] = point === null ? NaN : coordinate(point, 0);
          y[i] = point === null ? NaN : coordinate(point, 1);
        }
        out.numeric.push({ name: `${key}.${stone.key}.x`, question: key, values: x });
        out.numeric.push({ name: `${key}.${stone.key}.y`, question: key, values: y });
      }
      return;
    case 'choice':
    case 'area':
      out.categorical.push(categorical(key, key, column));
      return;
    case 'multichoice': {
      // A story that skipped the question (or answered "not applicable") is missing for every
      // option; one that answered with an empty selection chose none of them.
      const options = question.options;
      const raw = options.map(() => new Int32Array(n));
      const seen = options.map(() => [false, false]);
      for (let i = 0; i < n; i++) {
        const answer = column[i];
        const chosen = Array.isArray(answer) ? (answer as string[]) : null;
        for (let o = 0; o < options.length; o++) {
          // 0 = CHOSEN, 1 = NOT_CHOSEN, −1 = missing.
          const code = chosen === null ? -1 : chosen.includes(options[o].key) ? 0 : 1;
          raw[o][i] = code;
          if (code >= 0) seen[o][code] = true;
        }
      }
      options.forEach((option, o) => {
        const codes = raw[o];
        const [chosenSeen, notChosenSeen] = seen[o];
        // Labels are the observed ones in code-point order ('ja' < 'nee').
        const labels = [...(chosenSeen ? [CHOSEN] : []), ...(notChosenSeen ? [NOT_CHOSEN] : [])];
        if (!chosenSeen) for (let i = 0; i < n; i++) if (codes[i] === 1) codes[i] = 0;
        out.categorical.push({ name: `${key}=${option.key}`, question: key, labels, codes });
      });
      return;
    }
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
