import type { CsvParseError, CsvRecord } from '../domain/csv/reader.ts';
import type { Problem } from '../domain/problems.ts';

const SYNTAX_MESSAGES: Record<CsvParseError['problem']['code'], { nl: string; en: string }> = {
  'quote-in-unquoted-field': {
    nl: 'aanhalingsteken midden in een veld zonder aanhalingstekens (zet het hele veld tussen "…" en verdubbel aanhalingstekens erin)',
    en: 'quote inside an unquoted field (quote the whole field and double the quotes in it)',
  },
  'text-after-closing-quote': {
    nl: 'tekst na het afsluitende aanhalingsteken',
    en: 'text after the closing quote',
  },
  'unterminated-quote': {
    nl: 'een aanhalingsteken wordt nooit gesloten (het veld loopt door tot het einde van het bestand)',
    en: 'a quote is never closed (the field runs to the end of the file)',
  },
};

export function csvSyntaxProblem(file: string, error: CsvParseError): Problem {
  const { line, column, code } = error.problem;
  const message = SYNTAX_MESSAGES[code];
  return {
    file,
    line,
    code: `csv-${code}`,
    nl: `teken ${column}: ${message.nl}`,
    en: `character ${column}: ${message.en}`,
  };
}

/** An empty line between rows (often the last line of a file) is not a story. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0] === '';
}
