// One shape for everything wrong with user input: where (file, line, column or field) and what,
// in Dutch for end users and in English for the API.

export interface Problem {
  file?: string;
  /** 1-based physical line where the record starts. */
  line?: number;
  /** CSV column name, e.g. "wie_hielp.2". */
  column?: string;
  /** JSON path or form field, e.g. "questions[3].options[1].key". */
  field?: string;
  /** Stable machine-readable code, e.g. "not-a-number". */
  code: string;
  nl: string;
  en: string;
}

/** `stories.csv:1841: kolom "wie_hielp.2": "abc" is geen getal` */
export function formatProblem(problem: Problem, language: 'nl' | 'en' = 'nl'): string {
  const where: string[] = [];
  if (problem.file) where.push(problem.line ? `${problem.file}:${problem.line}` : problem.file);
  else if (problem.line) where.push(language === 'nl' ? `regel ${problem.line}` : `line ${problem.line}`);
  if (problem.column) where.push(`${language === 'nl' ? 'kolom' : 'column'} "${problem.column}"`);
  if (problem.field) where.push(`${language === 'nl' ? 'veld' : 'field'} "${problem.field}"`);
  const message = language === 'nl' ? problem.nl : problem.en;
  return where.length ? `${where.join(': ')}: ${message}` : message;
}

/** Thrown by services when input is rejected; carries every problem found, not just the first. */
export class InputRejected extends Error {
  /** 404 when the thing named does not exist (in this municipality); 400 otherwise. */
  constructor(
    readonly problems: Problem[],
    readonly status: 400 | 404 = 400,
  ) {
    super(problems.slice(0, 3).map((p) => formatProblem(p, 'en')).join('; '));
  }
}

/** Long files can have thousands of errors; a person reads the first hundred. */
export const MAX_PROBLEMS = 100;
