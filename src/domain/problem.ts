// The shape of one thing wrong with user input, on its own so that problems.ts (which builds and
// formats them) and refused.ts (which carries them) need not import each other.
export interface Problem {
  file?: string;
  /** 1-based physical line where the record starts. */
  line?: number;
  /** Spreadsheet (XLSX) sheet name; then `line` is the sheet's row number. */
  sheet?: string;
  /** Spreadsheet cell reference of the problem, e.g. "D7" (XLSX only). */
  cell?: string;
  /** CSV column name, e.g. "wie_hielp.2". */
  column?: string;
  /** JSON path or form field, e.g. "questions[3].options[1].key". */
  field?: string;
  /** Stable machine-readable code, e.g. "not-a-number". */
  code: string;
  nl: string;
  en: string;
}
