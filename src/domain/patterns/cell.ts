// A cell of a pattern — a bar, a group, a range of a scale, a region of a triad, a table cell —
// as a small query over the analysis variables of PRODUCT.md "Pattern semantics" (the same
// names and values as in a duiding.patterns/v1 document), so the stories behind any pattern can
// be found from the pattern alone:
//
//   var=NAME&min=X&max=Y    a numeric variable between X and Y, both inclusive, either optional
//                           (gehoord, cijfer, a triad corner wie_hielp.2 as its share 0..1,
//                           a stone coordinate steun.wijkteam.x)
//   range=NAME:X:Y          the same, repeatable (a region of a scatter: two ranges); X or Y may
//                           be empty: range=wie_hielp.2:0.5: is "wie_hielp.2 ≥ 0.5"
//   group=NAME:VALUE        a categorical variable has this value, repeatable (a table cell:
//                           two groups): group=rol:jongere, group=wat_hielp=luisteren:ja
//
// All conditions must hold; a story missing a variable named is never in the cell.
import { InputRejected, type Problem } from '../problems.ts';
import type { Questionnaire } from '../questionnaire/types.ts';
import { CHOSEN, NOT_CHOSEN, deriveVariables, type Answers } from './variables.ts';

export interface CellInput {
  var?: string | null;
  min?: string | null;
  max?: string | null;
  ranges?: ReadonlyArray<string>;
  groups?: ReadonlyArray<string>;
}

interface RangeCondition {
  variable: string;
  min: number | null;
  max: number | null;
}

interface GroupCondition {
  variable: string;
  value: string;
}

export interface Cell {
  ranges: RangeCondition[];
  groups: GroupCondition[];
}

export function isEmptyCell(cell: Cell): boolean {
  return cell.ranges.length === 0 && cell.groups.length === 0;
}

export function parseCell(questionnaire: Questionnaire, input: CellInput): Cell {
  const problems: Problem[] = [];
  const { numeric, categorical } = variableNames(questionnaire);
  const cell: Cell = { ranges: [], groups: [] };

  const addRange = (field: string, name: string, min: string | null | undefined, max: string | null | undefined) => {
    if (!numeric.has(name)) {
      problems.push({
        field,
        code: 'unknown-variable',
        nl: `"${name}" is geen getalsvariabele van vragenlijst "${questionnaire.key}" (wel: ${[...numeric].join(', ')})`,
        en: `"${name}" is not a numeric variable of questionnaire "${questionnaire.key}" (allowed: ${[...numeric].join(', ')})`,
      });
      return;
    }
    const bound = (text: string | null | undefined, which: 'min' | 'max') => {
      if (text == null || text.trim() === '') return null;
      const value = Number(text);
      if (Number.isFinite(value)) return value;
      problems.push({ field: field === 'var' ? which : field, code: 'not-a-number', nl: `"${text}" is geen getal`, en: `"${text}" is not a number` });
      return null;
    };
    cell.ranges.push({ variable: name, min: bound(min, 'min'), max: bound(max, 'max') });
  };

  if (input.var) addRange('var', input.var, input.min, input.max);
  else if (input.min || input.max) {
    problems.push({
      field: 'var',
      code: 'missing-variable',
      nl: 'min en max horen bij een variabele: geef ook var',
      en: 'min and max need a variable: give var too',
    });
  }
  for (const range of input.ranges ?? []) {
    const parts = range.split(':');
    if (parts.length !== 3) {
      problems.push({
        field: 'range',
        code: 'invalid-range',
        nl: `"${range}" is geen bereik; schrijf NAAM:MIN:MAX`,
        en: `"${range}" is not a range; write NAME:MIN:MAX`,
      });
      continue;
    }
    addRange('range', parts[0], parts[1], parts[2]);
  }
  for (const group of input.groups ?? []) {
    const colon = group.lastIndexOf(':');
    const name = colon < 0 ? group : group.slice(0, colon);
    const value = colon < 0 ? '' : group.slice(colon + 1);
    const allowed = categorical.get(name);
    if (colon < 0 || value === '') {
      problems.push({
        field: 'group',
        code: 'invalid-group',
        nl: `"${group}" is geen groep; schrijf NAAM:WAARDE`,
        en: `"${group}" is not a group; write NAME:VALUE`,
      });
    } else if (allowed === undefined) {
      problems.push({
        field: 'group',
        code: 'unknown-variable',
        nl: `"${name}" is geen categorische variabele van vragenlijst "${questionnaire.key}" (wel: ${[...categorical.keys()].join(', ')})`,
        en: `"${name}" is not a categorical variable of questionnaire "${questionnaire.key}" (allowed: ${[...categorical.keys()].join(', ')})`,
      });
    } else if (allowed !== null && !allowed.has(value)) {
      problems.push({
        field: 'group',
        code: 'unknown-group-value',
        nl: `"${value}" is geen waarde van "${name}" (wel: ${[...allowed].join(', ')})`,
        en: `"${value}" is not a value of "${name}" (allowed: ${[...allowed].join(', ')})`,
      });
    } else cell.groups.push({ variable: name, value });
  }
  if (problems.length > 0) throw new InputRejected(problems);
  return cell;
}

/** Names of the analysis variables, and for each categorical one its possible values (null: any area code). */
function variableNames(questionnaire: Questionnaire) {
  const { numeric } = deriveVariables(questionnaire, []);
  const categorical = new Map<string, Set<string> | null>();
  for (const question of questionnaire.questions) {
    if (question.type === 'choice') categorical.set(question.key, new Set(question.options.map((o) => o.key)));
    if (question.type === 'area') categorical.set(question.key, question.areas ? new Set(question.areas.map((a) => a.code)) : null);
    if (question.type === 'multichoice') {
      for (const option of question.options) categorical.set(`${question.key}=${option.key}`, new Set([CHOSEN, NOT_CHOSEN]));
    }
  }
  return { numeric: new Set(numeric.map((v) => v.name)), categorical };
}

/** For each story, whether it lies in the cell, judged on the variables the scan itself uses. */
export function inCell(questionnaire: Questionnaire, cell: Cell, stories: ReadonlyArray<Answers>): Uint8Array {
  const mask = new Uint8Array(stories.length).fill(1);
  if (isEmptyCell(cell)) return mask;
  const { numeric, categorical } = deriveVariables(questionnaire, stories);
  for (const range of cell.ranges) {
    const values = numeric.find((v) => v.name === range.variable)!.values;
    const min = range.min ?? -Infinity;
    const max = range.max ?? Infinity;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      // NaN (missing) fails both comparisons, so it is never in a range.
      if (!(value >= min && value <= max)) mask[i] = 0;
    }
  }
  for (const group of cell.groups) {
    const variable = categorical.find((v) => v.name === group.variable)!;
    const code = variable.labels.indexOf(group.value);
    for (let i = 0; i < variable.codes.length; i++) if (code < 0 || variable.codes[i] !== code) mask[i] = 0;
  }
  return mask;
}
