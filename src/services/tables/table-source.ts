// One way in for tabular files: CSV in any dialect Duiding recognises, or a spreadsheet (XLSX).
// Both come out as records of text cells with the place they came from, so every importer
// decodes them with the same rules and reports problems by file and line (CSV) or by sheet, row
// and cell (XLSX).
import { standardDialect, describeDialect, type CsvDialect } from '../../domain/csv/dialect.ts';
import { CsvParseError, readCsv, type CsvRecord } from '../../domain/csv/reader.ts';
import type { Problem } from '../../domain/problems.ts';
import type { TextSource } from '../context.ts';
import { csvSyntaxProblem } from '../csv-problems.ts';
import { columnLetter } from './xlsx-cells.ts';
import { readXlsx, XlsxReadError } from './xlsx-read.ts';

export interface TableRecord extends CsvRecord {
  /** The sheet (XLSX only); `line` is then its row number. */
  sheet?: string;
}

/** What was read: the format, and for CSV the dialect it turned out to be in. */
export type TableRead = { format: 'csv'; dialect: CsvDialect } | { format: 'xlsx'; sheets: string[] };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** XLSX when the name says so or the bytes are a ZIP (an XLSX upload under any name); else CSV. */
async function tableFormatOf(source: TextSource): Promise<'csv' | 'xlsx'> {
  if (/\.xlsx$/i.test(source.name)) return 'xlsx';
  for await (const chunk of source.open()) {
    if (typeof chunk === 'string') return 'csv';
    const bytes = chunk as Uint8Array;
    if (bytes.length === 0) continue;
    // Returning ends the loop, which closes the stream.
    return ZIP_MAGIC.every((b, i) => bytes[i] === b) ? 'xlsx' : 'csv';
  }
  return 'csv';
}

export async function startTableRead(source: TextSource): Promise<TableRead> {
  return (await tableFormatOf(source)) === 'xlsx' ? { format: 'xlsx', sheets: [] } : { format: 'csv', dialect: standardDialect() };
}

/** The records of the file; a syntax error or an unreadable workbook is thrown as TableReadError. */
export async function* readTable(source: TextSource, read: TableRead): AsyncGenerator<TableRecord> {
  if (read.format === 'csv') {
    yield* readCsv(source.open(), { detect: read.dialect });
    return;
  }
  for await (const record of readXlsx(() => source.open(), source.name)) {
    if (!read.sheets.includes(record.sheet)) read.sheets.push(record.sheet);
    yield record;
  }
}

/** The problem of a read that had to stop, or null when the error is something else. */
export function tableReadProblem(error: unknown, file: string, header?: TableRecord): Problem | null {
  if (error instanceof CsvParseError) return csvSyntaxProblem(file, error, header?.fields);
  if (error instanceof XlsxReadError) return error.problem;
  return null;
}

/**
 * Adds the sheet and cell (D7) to problems found in a spreadsheet's record; CSV problems stay
 * as they are. `header` is the sheet's header row, to find the column's letter.
 */
export function placeProblems(problems: Problem[], record: TableRecord, header?: TableRecord): Problem[] {
  if (record.sheet === undefined) return problems;
  return problems.map((p) => {
    const index = p.column === undefined || !header ? -1 : header.fields.findIndex((f) => f.trim() === p.column);
    const line = p.line ?? record.line;
    return { ...p, sheet: record.sheet, line, ...(index >= 0 ? { cell: `${columnLetter(index)}${line}` } : {}) };
  });
}

/** "CSV (puntkomma, decimaalkomma, Windows-1252)" or "XLSX (bladen: definities, waarnemingen)". */
export function describeRead(read: TableRead, language: 'nl' | 'en' = 'nl'): string {
  if (read.format === 'csv') return `CSV (${describeDialect(read.dialect, language)})`;
  const sheets = read.sheets.map((s) => `"${s}"`).join(', ');
  return `XLSX (${language === 'nl' ? (read.sheets.length === 1 ? 'blad' : 'bladen') : read.sheets.length === 1 ? 'sheet' : 'sheets'} ${sheets})`;
}
