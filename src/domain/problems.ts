// One shape for everything wrong with user input: where (file, line, column or field) and what,
// in Dutch for end users and in English for the API.
import { fieldLabel } from './field-labels.ts';
import type { Problem } from './problem.ts';
import { Refused } from './refused.ts';

export type { Problem } from './problem.ts';

/** `stories.csv:1841: kolom "wie_hielp.2": "abc" is geen getal` */
export function formatProblem(problem: Problem, language: 'nl' | 'en' = 'nl'): string {
  const where: string[] = [];
  if (problem.sheet !== undefined) {
    // cijfers.xlsx: blad "waarnemingen", rij 7, cel D7: kolom "value": …
    const nl = language === 'nl';
    const parts = [`${nl ? 'blad' : 'sheet'} "${problem.sheet}"`];
    if (problem.line) parts.push(`${nl ? 'rij' : 'row'} ${problem.line}`);
    if (problem.cell) parts.push(`${nl ? 'cel' : 'cell'} ${problem.cell}`);
    where.push(problem.file ? `${problem.file}: ${parts.join(', ')}` : parts.join(', '));
  } else if (problem.file) where.push(problem.line ? `${problem.file}:${problem.line}` : problem.file);
  else if (problem.line) where.push(language === 'nl' ? `regel ${problem.line}` : `line ${problem.line}`);
  if (problem.column) where.push(`${language === 'nl' ? 'kolom' : 'column'} "${problem.column}"`);
  if (problem.field) {
    // A form field by its label ("Periode"); a location in a file by its path (veld "questions[3].key").
    const label = problem.file ? undefined : fieldLabel(problem.field, language);
    where.push(label ?? `${language === 'nl' ? 'veld' : 'field'} "${problem.field}"`);
  }
  const message = language === 'nl' ? problem.nl : problem.en;
  return where.length ? `${where.join(': ')}: ${message}` : message;
}

/** Thrown by services when input is rejected; carries every problem found, not just the first. */
export class InputRejected extends Refused {
  /** 404 when the thing named does not exist (in this municipality); 400 otherwise. */
  constructor(problems: Problem[], status: 400 | 404 = 400) {
    super(
      status === 404 ? 'not-found' : 'input',
      status === 404 ? 'not-found' : 'input-rejected',
      status === 404
        ? { en: 'Not found.', nl: 'Niet gevonden.' }
        : { en: 'The input was rejected; nothing was saved.', nl: 'De invoer is afgekeurd; er is niets opgeslagen.' },
      problems,
    );
    this.message = problems
      .slice(0, 3)
      .map((p) => formatProblem(p, 'en'))
      .join('; ');
  }

  get status(): 400 | 404 {
    return this.kind === 'not-found' ? 404 : 400;
  }
}

/** Long files can have thousands of errors; a person reads the first hundred. */
export const MAX_PROBLEMS = 100;
