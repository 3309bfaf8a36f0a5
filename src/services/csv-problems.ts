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
  'field-too-long': {
    nl: 'dit veld is langer dan {limit} tekens; het lezen is gestopt (is het wel een CSV-bestand, en sluit elk aanhalingsteken?)',
    en: 'this field is longer than {limit} characters; reading stopped (is this a CSV file, and is every quote closed?)',
  },
  'record-too-long': {
    nl: 'deze regel is langer dan {limit} tekens; het lezen is gestopt (is het wel een CSV-bestand, en sluit elk aanhalingsteken?)',
    en: 'this row is longer than {limit} characters; reading stopped (is this a CSV file, and is every quote closed?)',
  },
  'invalid-utf8': {
    nl: 'hier staan bytes die geen UTF-8 zijn; sla het bestand op als UTF-8 (in Excel: "CSV UTF-8")',
    en: 'bytes that are not UTF-8; save the file as UTF-8 (in Excel: "CSV UTF-8")',
  },
  'invalid-windows-1252': {
    nl: 'dit bestand is als Windows-1252 gelezen, maar hier staat een byte die daarin niet bestaat; sla het bestand op als UTF-8 (in Excel: "CSV UTF-8")',
    en: 'this file was read as Windows-1252, but this byte does not exist in it; save the file as UTF-8 (in Excel: "CSV UTF-8")',
  },
};

/**
 * The problem for a CSV syntax error. With the header's fields, a field-level error also names its
 * column ("kolom \"text\""), so that a person finds the cell.
 */
export function csvSyntaxProblem(file: string, error: CsvParseError, header?: readonly string[]): Problem {
  const { line, column, code, field, limit } = error.problem;
  const message = SYNTAX_MESSAGES[code];
  const fill = (text: string, locale: string) => text.replace('{limit}', (limit ?? 0).toLocaleString(locale));
  // Quoting errors keep their documented form (line and character); a runaway field or a bad
  // byte can sit anywhere in a long row, so those name their column too.
  const named = code === 'field-too-long' || code === 'invalid-utf8' || code === 'invalid-windows-1252';
  const name = named && header && field !== undefined ? header[field] : undefined;
  return {
    file,
    line,
    ...(name !== undefined ? { column: clipName(name) } : {}),
    code: `csv-${code}`,
    nl: `teken ${column}: ${fill(message.nl, 'nl-NL')}`,
    en: `character ${column}: ${fill(message.en, 'en-GB')}`,
  };
}

const clipName = (name: string) => (name.length > 80 ? `${name.slice(0, 80)}…` : name);

/** An empty line between rows (often the last line of a file) is not a story. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0] === '';
}
