// Writing a spreadsheet (XLSX) with exceljs' streaming writer: rows go out as they come, so a
// large export never sits in memory. One sheet per table, the header row bold and frozen, typed
// cells: numbers as numbers, every text as a text cell, never a formula. Free-text cells are
// additionally neutralised exactly as in CSV (csv/formula.ts) by the encoders that produce them,
// because a person who edits such a cell and presses Enter would otherwise turn it into one.
import { PassThrough, type Writable } from 'node:stream';
import type * as ExcelJS from 'exceljs';
import { loadExcelJs } from './xlsx-read.ts';
import { encodeEscapes } from './xlsx-cells.ts';

/** A cell to write: a number, a text, or empty (null or ''). */
export type XlsxCell = string | number | null;

export interface SheetSpec {
  name: string;
  header: string[];
  rows: AsyncIterable<XlsxCell[][]> | Iterable<XlsxCell[][]>;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function writeXlsx(out: Writable, sheets: SheetSpec[]): Promise<void> {
  const { stream } = await loadExcelJs();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Duiding';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.header.map((name) => ({ width: Math.min(60, Math.max(10, name.length + 2)) }));
    const header = sheet.addRow(spec.header.map(textCell));
    header.font = { bold: true };
    header.commit();
    for await (const page of spec.rows) {
      for (const row of page) sheet.addRow(row.map(cellValue)).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** The workbook as a byte stream (HTTP responses); errors end the stream. */
export function xlsxStream(sheets: SheetSpec[]): PassThrough {
  const out = new PassThrough();
  writeXlsx(out, sheets).catch((error) => out.destroy(error as Error));
  return out;
}

function cellValue(cell: XlsxCell): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  return typeof cell === 'number' ? cell : textCell(cell);
}

/**
 * A text cell. As rich text exceljs writes it as an inline string (t="inlineStr"): a value,
 * never a formula, and no shared-string table held in memory.
 */
function textCell(text: string): ExcelJS.CellValue {
  return { richText: [{ text: encodeEscapes(text) }] };
}
