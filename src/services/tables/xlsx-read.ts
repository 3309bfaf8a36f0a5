// Reading a spreadsheet (XLSX) as rows of text cells, sheet by sheet, with exceljs' streaming
// reader: the importers then decode the cells exactly as they decode CSV fields, so one set of
// rules (and messages) serves both. Typed cells become the text a CSV would hold: a number its
// shortest form (72.5), a date its ISO form (2026-01-15), a formula its computed value.
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import type * as ExcelJS from 'exceljs';
import { MAX_FIELD_LENGTH, MAX_RECORD_LENGTH } from '../../domain/csv/reader.ts';
import type { Problem } from '../../domain/problems.ts';
import { columnLetter } from './xlsx-cells.ts';

export interface SheetRecord {
  sheet: string;
  /** The spreadsheet's row number (1-based). */
  line: number;
  fields: string[];
}

/** A spreadsheet that cannot be read at all, or a cell beyond the limits: stops the reading. */
export class XlsxReadError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.en);
  }
}

/**
 * exceljs, loaded on first use: it takes over a second to load, and most commands and requests
 * never read a spreadsheet (every `duiding` command started that much slower while it was a
 * static import).
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return ((await import('exceljs')) as unknown as { default: typeof ExcelJS }).default;
}

/** Give other requests a turn after this much work (as the CSV reader does). */
const TURN_MS = 8;

/**
 * Every non-empty row of every sheet, in order; trailing empty cells are dropped, so a row is
 * as wide as its last filled cell. Bytes in: a file stream or an upload's temporary file.
 */
export async function* readXlsx(open: () => AsyncIterable<string | Buffer | Uint8Array>, file: string): AsyncGenerator<SheetRecord> {
  let turn = performance.now();
  try {
    const parts = await workbookParts(open, file);
    const { stream } = await loadExcelJs();
    // Shared strings and styles are handed over already read, and ignored when met again:
    // exceljs would otherwise park every sheet that comes before them in a temporary file, and
    // that path loses sheets and their names at random (55 of 300 reads of one workbook).
    const reader = new stream.xlsx.WorkbookReader(toByteStream(open()), {
      worksheets: 'emit',
      sharedStrings: 'ignore',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    });
    handOver(reader, parts);
    for await (const worksheet of reader as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader & AsyncIterable<ExcelJS.Row>>) {
      const sheet = (worksheet as unknown as { name: string }).name;
      for await (const row of worksheet) {
        const fields: string[] = [];
        let length = 0;
        const values = row.values as unknown[];
        for (let col = 1; col < values.length; col++) {
          const text = cellText(values[col]);
          if (text.length > MAX_FIELD_LENGTH) throw tooLong(file, sheet, row.number, col, 'field');
          length += text.length;
          fields[col - 1] = text;
        }
        if (length > MAX_RECORD_LENGTH) throw tooLong(file, sheet, row.number, values.length - 1, 'record');
        for (let i = 0; i < fields.length; i++) fields[i] ??= '';
        while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
        if (fields.length > 0) yield { sheet, line: row.number, fields };
        if (performance.now() - turn > TURN_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          turn = performance.now();
        }
      }
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new XlsxReadError({
      file,
      code: 'xlsx-unreadable',
      nl: `dit is geen leesbaar XLSX-bestand (${clipMessage(error)}); sla het op als Excel-werkmap (.xlsx) of als CSV`,
      en: `this is not a readable XLSX file (${clipMessage(error)}); save it as an Excel workbook (.xlsx) or as CSV`,
    });
  }
}

/** A Node stream as it is (file streams), else a byte stream over the chunks. */
/** What the sheets are read with: their names, the shared strings, the styles and the date system (for dates). */
interface WorkbookParts {
  model: unknown;
  /** workbookPr: whether dates count from 1904. */
  properties: unknown;
  workbookRels: unknown;
  sharedStrings: unknown[];
  styles: unknown;
}

/** The parts a sheet needs, by name in the ZIP; more than this uncompressed is not a workbook we read. */
const PART_NAMES = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const MAX_PART_BYTES = 256 * 1024 * 1024;

/**
 * The workbook's names, relations, shared strings and styles, read before any sheet. exceljs'
 * streaming reader learns them as it meets them in the ZIP and parks the sheets that come first
 * (as many writers order them, exceljs' own among them) in temporary files, which loses sheets
 * and names at random; given these up front, every sheet streams straight through.
 */
async function workbookParts(open: () => AsyncIterable<string | Buffer | Uint8Array>, file: string): Promise<WorkbookParts> {
  const chunks: Buffer[] = [];
  for await (const chunk of open()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : Buffer.from(chunk));
  // Not a ZIP at all: fflate throws, and readXlsx says the file is not a readable workbook.
  const entries = unzipSync(Buffer.concat(chunks), {
    filter: (entry) => {
      if (!PART_NAMES.includes(entry.name)) return false;
      if (entry.originalSize > MAX_PART_BYTES) throw new XlsxReadError(tooBig(file, entry.name));
      return true;
    },
  });
  const { stream } = await loadExcelJs();
  // A reader used only for its part parsers (private in exceljs' typings, stable since 4.0).
  const parser = new stream.xlsx.WorkbookReader(Readable.from([]), { sharedStrings: 'cache', styles: 'cache' }) as unknown as PartParser;
  const part = (name: string) => (entries[name] ? Readable.from([Buffer.from(entries[name])]) : null);
  parser.model = { sheets: [] };
  const workbook = part('xl/workbook.xml');
  if (workbook) await parser._parseWorkbook(workbook);
  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels) await parser._parseRels(rels);
  const styles = part('xl/styles.xml');
  if (styles) await parser._parseStyles(styles);
  parser.sharedStrings = [];
  const shared = part('xl/sharedStrings.xml');
  if (shared) for await (const _ of parser._parseSharedStrings(shared)) void _;
  // exceljs matches a sheet to its name by the relation's Target "worksheets/sheetN.xml"; some
  // writers (exceljs' own non-streaming one among them) write it absolute, "/xl/worksheets/…",
  // and every sheet would then be called "SheetN".
  const workbookRels = Array.isArray(parser.workbookRels)
    ? (parser.workbookRels as { Target?: string }[]).map((rel) =>
        typeof rel.Target === 'string' ? { ...rel, Target: rel.Target.replace(/^\/?xl\//, '') } : rel,
      )
    : [];
  return { model: parser.model, properties: parser.properties ?? {}, workbookRels, sharedStrings: parser.sharedStrings, styles: parser.styles };
}

interface PartParser {
  model: unknown;
  properties: unknown;
  workbookRels: unknown;
  sharedStrings: unknown[];
  styles: unknown;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseRels(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
}

/** Fixes the parts on the reader: met again in the ZIP, they must not replace these (nor empty them). */
function handOver(reader: object, parts: WorkbookParts) {
  for (const [key, value] of Object.entries(parts)) {
    Object.defineProperty(reader, key, { get: () => value, set: () => {}, configurable: true });
  }
}

function tooBig(file: string, part: string): Problem {
  return {
    file,
    code: 'xlsx-too-large',
    nl: `het werkblad is te groot om te lezen (${part} is uitgepakt meer dan 256 MB)`,
    en: `the workbook is too large to read (${part} is more than 256 MB unpacked)`,
  };
}

function toByteStream(chunks: AsyncIterable<string | Buffer | Uint8Array>): Readable {
  return chunks instanceof Readable ? chunks : Readable.from(chunks, { objectMode: false });
}

function clipMessage(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

function tooLong(file: string, sheet: string, line: number, col: number, what: 'field' | 'record'): XlsxReadError {
  const limit = (what === 'field' ? MAX_FIELD_LENGTH : MAX_RECORD_LENGTH).toLocaleString('nl-NL');
  return new XlsxReadError({
    file,
    sheet,
    line,
    ...(what === 'field' ? { cell: `${columnLetter(col - 1)}${line}` } : {}),
    code: what === 'field' ? 'xlsx-field-too-long' : 'xlsx-record-too-long',
    nl: what === 'field' ? `deze cel is langer dan ${limit} tekens; het lezen is gestopt` : `deze rij is langer dan ${limit} tekens; het lezen is gestopt`,
    en: what === 'field' ? `this cell is longer than ${limit} characters; reading stopped` : `this row is longer than ${limit} characters; reading stopped`,
  });
}

/** The text of one cell value as exceljs gives it. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return decodeEscapes(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) return decodeEscapes((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''));
    // A formula counts with the value the spreadsheet computed and saved.
    if ('formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if (typeof o.error === 'string') return o.error;
    if ('text' in o) return cellText(o.text);
  }
  return String(value);
}

/**
 * A date cell has no time zone; it is read as UTC, and as a plain date when it is midnight:
 * 2026-01-15, or 2026-01-15T10:30:00Z.
 */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

/**
 * OOXML writes characters XML cannot hold (control characters, and a CR that XML would turn into
 * LF) as _xHHHH_, and a literal "_xHHHH_" as _x005F_xHHHH_; exceljs' streaming reader leaves them.
 */
function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}
