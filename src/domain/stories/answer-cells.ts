// The answer to one question from its cell(s) of a duiding.stories/v1 row, and back.
// undefined = unanswered; problems go to the reader, one per wrong cell.
import { AREA_CODE_OF_LEVEL } from '../questionnaire/parse-questions.ts';
import { NOT_APPLICABLE, isNotApplicable, type AnswerValue, type Question, type StonesQuestion, type TriadQuestion } from '../questionnaire/types.ts';
import { MAX_TEXT_ANSWER } from '../collect/limits.ts';
import { neutraliseFormula, restoreFormula } from '../csv/formula.ts';
import { clip, isMessage, listChoices, outOfRange, readNumber, type CellMessage } from './cells.ts';

export interface CellReader {
  /** The cell of that column; '' when the header lacks the column. */
  cell(column: string): string;
  problem(column: string, message: CellMessage): void;
  /** Numbers may use a decimal comma (Excel's Dutch CSV dialect). */
  decimalComma?: boolean;
}

export function questionColumns(q: Question): string[] {
  if (q.type === 'triad') return [1, 2, 3].map((corner) => `${q.key}.${corner}`);
  if (q.type === 'stones') return q.stones.flatMap((s) => [`${q.key}.${s.key}.x`, `${q.key}.${s.key}.y`]);
  return [q.key];
}

const LEVEL_EN = { gemeente: 'municipality', wijk: 'district', buurt: 'neighbourhood' } as const;

export function decodeAnswer(q: Question, r: CellReader): AnswerValue | undefined {
  if (q.type === 'triad') return triad(q, r);
  if (q.type === 'stones') return stones(q, r);
  const column = q.key;
  const raw = r.cell(column);
  if (q.type === 'text') {
    if (raw === '') return undefined;
    if (raw === 'NA' && q.allowNotApplicable) return NOT_APPLICABLE;
    const answer = restoreFormula(raw);
    if (answer.length > MAX_TEXT_ANSWER) {
      const n = (value: number) => value.toLocaleString('nl-NL');
      r.problem(column, {
        code: 'too-long',
        nl: `het antwoord is te lang: ${n(answer.length)} tekens, hoogstens ${n(MAX_TEXT_ANSWER)}`,
        en: `the answer is too long: ${answer.length} characters, at most ${MAX_TEXT_ANSWER}`,
      });
      return undefined;
    }
    return answer;
  }
  if (raw === 'NA') return notApplicable(q, column, r);
  const text = raw.trim();
  if (text === '') return q.type === 'multichoice' ? [] : undefined;
  const fail = (message: CellMessage): undefined => {
    r.problem(column, message);
    return undefined;
  };
  switch (q.type) {
    case 'slider':
    case 'scale':
    case 'number': {
      const value = readNumber(text, r.decimalComma);
      if (isMessage(value)) return fail(value);
      if (q.type === 'slider' && (value < 0 || value > 100)) return fail(outOfRange(raw, 0, 100));
      if (q.type === 'scale') {
        if (!Number.isInteger(value)) return fail({ code: 'not-an-integer', nl: `"${raw}" is geen geheel getal`, en: `"${raw}" is not a whole number` });
        if (value < q.min || value > q.max) return fail(outOfRange(raw, q.min, q.max));
      }
      if (q.type === 'number') {
        if (q.min !== undefined && value < q.min)
          return fail({ code: 'below-minimum', nl: `"${raw}" is kleiner dan het minimum ${q.min}`, en: `"${raw}" is less than the minimum ${q.min}` });
        if (q.max !== undefined && value > q.max)
          return fail({ code: 'above-maximum', nl: `"${raw}" is groter dan het maximum ${q.max}`, en: `"${raw}" is greater than the maximum ${q.max}` });
      }
      return value;
    }
    case 'choice':
      return q.options.some((o) => o.key === text)
        ? text
        : fail(
            notAnOption(
              text,
              q.key,
              q.options.map((o) => o.key),
            ),
          );
    case 'multichoice': {
      const keys = q.options.map((o) => o.key);
      const chosen = text.split('|').map((part) => part.trim());
      const before = new Set<string>();
      let ok = true;
      for (const key of chosen) {
        if (!keys.includes(key)) fail(notAnOption(key, q.key, keys));
        else if (before.has(key)) fail({ code: 'duplicate-option', nl: `"${key}" staat twee keer in "${q.key}"`, en: `"${key}" occurs twice in "${q.key}"` });
        else {
          before.add(key);
          continue;
        }
        ok = false;
      }
      if (ok && q.max !== undefined && chosen.length > q.max) {
        return fail({
          code: 'too-many-options',
          nl: `kies hoogstens ${q.max} opties bij "${q.key}" (nu ${chosen.length})`,
          en: `choose at most ${q.max} options for "${q.key}" (now ${chosen.length})`,
        });
      }
      return ok ? chosen : undefined;
    }
    case 'area': {
      const { pattern, example } = AREA_CODE_OF_LEVEL[q.level];
      if (!pattern.test(text)) {
        return fail({
          code: 'invalid-area-code',
          nl: `"${clip(raw)}" is geen ${q.level}code van het CBS (zoals ${example})`,
          en: `"${clip(raw)}" is not a CBS ${LEVEL_EN[q.level]} code (like ${example})`,
        });
      }
      if (q.areas && !q.areas.some((a) => a.code === text)) {
        return fail({
          code: 'unknown-area',
          nl: `"${raw}" is geen ${q.level} van vraag "${q.key}"`,
          en: `"${raw}" is not a ${LEVEL_EN[q.level]} of question "${q.key}"`,
        });
      }
      return text;
    }
  }
}

function notAnOption(value: string, key: string, keys: string[]): CellMessage {
  return {
    code: 'unknown-option',
    nl: `"${clip(value)}" is geen optie van "${key}" (kies uit: ${listChoices(keys)})`,
    en: `"${clip(value)}" is not an option of "${key}" (choose from: ${listChoices(keys)})`,
  };
}

function notApplicable(q: Question, column: string, r: CellReader): AnswerValue | undefined {
  if (q.allowNotApplicable) return NOT_APPLICABLE;
  r.problem(column, {
    code: 'not-applicable-not-allowed',
    nl: `"NA" (niet van toepassing) mag niet bij vraag "${q.key}"`,
    en: `"NA" (not applicable) is not allowed for question "${q.key}"`,
  });
  return undefined;
}

/** All cells NA → not applicable; some NA → a problem on each NA cell. null = no NA at all. */
function wholeNa(q: Question, columns: string[], cells: string[], r: CellReader): { value: AnswerValue | undefined } | null {
  const na = cells.filter((c) => c === 'NA').length;
  if (na === 0) return null;
  if (na === cells.length) return { value: notApplicable(q, columns[0]!, r) };
  cells.forEach((cell, i) => {
    if (cell === 'NA')
      r.problem(columns[i]!, {
        code: 'partial-not-applicable',
        nl: `"NA" kan alleen voor de hele vraag "${q.key}": zet het in alle kolommen ervan`,
        en: `"NA" applies only to the whole question "${q.key}": put it in all of its columns`,
      });
  });
  return { value: undefined };
}

function triad(q: TriadQuestion, r: CellReader): AnswerValue | undefined {
  const columns = questionColumns(q);
  const cells = columns.map((c) => r.cell(c).trim());
  const na = wholeNa(q, columns, cells, r);
  if (na) return na.value;
  if (cells.every((c) => c === '')) return undefined;
  const weights: number[] = [];
  cells.forEach((cell, i) => {
    const fail = (message: CellMessage) => r.problem(columns[i]!, message);
    if (cell === '')
      return fail({
        code: 'incomplete-triad',
        nl: `driehoek "${q.key}" is niet compleet: vul alle drie de hoeken in, of geen`,
        en: `triad "${q.key}" is incomplete: fill in all three corners, or none`,
      });
    const value = readNumber(cell, r.decimalComma);
    if (isMessage(value)) return fail(value);
    if (value < 0) return fail({ code: 'negative', nl: `"${cell}" is negatief`, en: `"${cell}" is negative` });
    weights.push(value);
  });
  if (weights.length < 3) return undefined;
  if (weights[0]! + weights[1]! + weights[2]! <= 0) {
    r.problem(columns[0]!, { code: 'triad-sum-zero', nl: `driehoek "${q.key}" telt op tot 0`, en: `triad "${q.key}" adds up to 0` });
    return undefined;
  }
  return weights as [number, number, number];
}

function stones(q: StonesQuestion, r: CellReader): AnswerValue | undefined {
  const columns = questionColumns(q);
  const cells = columns.map((c) => r.cell(c).trim());
  const na = wholeNa(q, columns, cells, r);
  if (na) return na.value;
  const points: Record<string, [number, number]> = {};
  let ok = true;
  q.stones.forEach((stone, s) => {
    const [x, y] = [cells[2 * s]!, cells[2 * s + 1]!];
    if (x === '' && y === '') return;
    const point = [x, y].map((cell, i) => {
      const fail = (message: CellMessage): null => {
        r.problem(columns[2 * s + i]!, message);
        ok = false;
        return null;
      };
      if (cell === '')
        return fail({
          code: 'incomplete-stone',
          nl: `steen "${stone.key}" van "${q.key}" heeft een x én een y nodig, of geen van beide`,
          en: `stone "${stone.key}" of "${q.key}" needs both an x and a y, or neither`,
        });
      const value = readNumber(cell, r.decimalComma);
      if (isMessage(value)) return fail(value);
      return value < 0 || value > 100 ? fail(outOfRange(cell, 0, 100)) : value;
    });
    if (point[0] !== null && point[1] !== null) points[stone.key] = [point[0]!, point[1]!];
  });
  return ok && Object.keys(points).length > 0 ? points : undefined;
}

/** The cells of one answer, in questionColumns order. */
export function encodeAnswer(q: Question, answer: AnswerValue | undefined): string[] {
  const columns = questionColumns(q);
  if (answer === undefined) return columns.map(() => '');
  if (isNotApplicable(answer)) return columns.map(() => 'NA');
  if (q.type === 'stones') {
    const points = answer as Record<string, [number, number]>;
    return q.stones.flatMap((s) => (points[s.key] ? points[s.key]!.map(String) : ['', '']));
  }
  if (Array.isArray(answer)) return q.type === 'multichoice' ? [answer.join('|')] : answer.map(String);
  // Only free text can start with a formula; numbers such as -3 are written as they are.
  return q.type === 'text' ? [neutraliseFormula(String(answer))] : [String(answer)];
}
