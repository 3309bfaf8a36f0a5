// Spreadsheet output for the export commands: the format follows the file name (--out cijfers.xlsx).
import fs from 'node:fs';
import { describeRead, type TableRead } from '../services/tables/table-source.ts';
import { writeXlsx, type SheetSpec } from '../services/tables/xlsx-write.ts';

export const wantsXlsx = (file: string | undefined): boolean => file !== undefined && /\.xlsx$/i.test(file);

/** Writes a workbook to FILE; without --out an export stays CSV (a terminal is no place for a ZIP). */
export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const out = fs.createWriteStream(file);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  await writeXlsx(out, sheets);
  await finished;
}

/** "Gelezen als CSV (puntkomma, decimaalkomma, Windows-1252)." */
export function readLine(read: TableRead | undefined): string {
  return read ? `Gelezen als ${describeRead(read)}.\n` : '';
}
