// XLSX over HTTP: an upload is named by its content type (so that problems say stories.xlsx), and
// a workbook download streams as exceljs writes it.
import { Readable } from 'node:stream';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { xlsxStream, XLSX_CONTENT_TYPE, type SheetSpec } from '../services/tables/xlsx-write.ts';

/** The name an upload gets in messages: `<base>.xlsx` for a spreadsheet, else `<base>.csv`. */
export function uploadName(c: Context, base: string): string {
  const type = c.req.header('content-type') ?? '';
  return type.includes('spreadsheetml') || type.includes('excel') ? `${base}.xlsx` : `${base}.csv`;
}

export const wantsXlsx = (c: Context): boolean => c.req.query('format') === 'xlsx';

export function workbookResponse(c: Context, filename: string, sheets: SheetSpec[]): Response {
  const body = Readable.toWeb(xlsxStream(sheets)) as unknown as ReadableStream<Uint8Array>;
  return c.body(body, 200, {
    'content-type': XLSX_CONTENT_TYPE,
    'content-disposition': `attachment; filename="${filename}"`,
  });
}

/** How an uploaded file was read: CSV with the dialect found, or XLSX with its sheets. */
export const ReadSchema = z
  .union([
    z.object({
      format: z.literal('csv'),
      dialect: z.object({ separator: z.enum([',', ';', '\t']), decimalComma: z.boolean(), encoding: z.enum(['utf-8', 'windows-1252']), bom: z.boolean() }),
    }),
    z.object({ format: z.literal('xlsx'), sheets: z.array(z.string()) }),
  ])
  .optional();
