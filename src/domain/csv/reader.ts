// A streaming RFC 4180 CSV reader that knows where every record starts, so that an import can
// say "stories.csv:1841" even when story texts span several lines. Written here rather than
// taken from a library because precise positions for broken quoting are the point.
//
// It is also the first guard against garbage: a field or a record longer than its limit stops
// the reading with a syntax error naming line and field, so one 30 MB line never becomes one
// 30 MB string; bytes that are not UTF-8 are refused (never read as U+FFFD); and readCsv gives the
// event loop a turn every few milliseconds, so a large import never holds up other requests.
import { detectSeparator, WINDOWS_1252_UNDEFINED, type CsvDialect } from './dialect.ts';
import { firstInvalidUtf8, utf8CompleteEnd } from './utf8.ts';

export interface CsvRecord {
  /** Physical line (1-based) on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvSyntaxError {
  line: number;
  /** 1-based character position within that line. */
  column: number;
  code:
    | 'quote-in-unquoted-field'
    | 'text-after-closing-quote'
    | 'unterminated-quote'
    | 'field-too-long'
    | 'record-too-long'
    | 'invalid-utf8'
    | 'invalid-windows-1252';
  /** 0-based index of the field within its record (to name the column), when known. */
  field?: number;
  /** The limit that was exceeded (field-too-long, record-too-long). */
  limit?: number;
}

export class CsvParseError extends Error {
  constructor(readonly problem: CsvSyntaxError) {
    super(`CSV syntax error at line ${problem.line}, column ${problem.column}: ${problem.code}`);
  }
}

export interface CsvReadOptions {
  delimiter?: string;
  /** Characters in one field; default MAX_FIELD_LENGTH. */
  maxFieldLength?: number;
  /** Characters in one record, line breaks inside quoted fields included; default MAX_RECORD_LENGTH. */
  maxRecordLength?: number;
  /**
   * readCsv only: detect the dialect (docs/formats.md "CSV dialects") and fill in this object:
   * the separator from the header line, and Windows-1252 when the first non-ASCII byte of the
   * file is not UTF-8. Without it the file must be comma-separated strict UTF-8.
   */
  detect?: CsvDialect;
}

/** Five times the longest story text (20,000): room for any real cell, none for a runaway one. */
export const MAX_FIELD_LENGTH = 100_000;
/** A story with its text and a dozen long free-text answers stays far below this. */
export const MAX_RECORD_LENGTH = 1_000_000;

type State = 'field-start' | 'unquoted' | 'quoted' | 'quote-in-quoted';

/** Longest run taken in one step: keeps a single step short whatever the input. */
const RUN = 65_536;

/**
 * Feed text chunks with push(); complete records come back as they finish. finish() flushes the
 * last record. A UTF-8 byte-order mark at the very start is dropped. Both CRLF and LF end a
 * record; a lone CR inside a quoted field is kept as is.
 */
class CsvReader {
  private state: State = 'field-start';
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private column = 0;
  private recordLine = 1;
  private recordLength = 0;
  private started = false;
  private pendingCr = false;
  private sawAnyChar = false;
  private failure: CsvParseError | null = null;
  private readonly delimiter: string;
  private readonly maxField: number;
  private readonly maxRecord: number;
  // Runs of ordinary characters are taken with one regular expression instead of one by one.
  private readonly quotedRun = new RegExp(`[^"\\r\\n]{1,${RUN}}`, 'y');
  private readonly unquotedRun: RegExp;

  constructor(options: CsvReadOptions | string = {}) {
    const o = typeof options === 'string' ? { delimiter: options } : options;
    this.delimiter = o.delimiter ?? ',';
    this.maxField = o.maxFieldLength ?? MAX_FIELD_LENGTH;
    this.maxRecord = o.maxRecordLength ?? MAX_RECORD_LENGTH;
    const d = this.delimiter.replace(/[\\\]^-]/g, '\\$&');
    this.unquotedRun = new RegExp(`[^"\\r\\n${d}]{1,${RUN}}`, 'y');
  }

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.failure) return out;
    let i = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    while (i < chunk.length) {
      if (!this.pendingCr && (this.state === 'quoted' || this.state === 'unquoted')) {
        const run = this.state === 'quoted' ? this.quotedRun : this.unquotedRun;
        run.lastIndex = i;
        const match = run.exec(chunk);
        if (match) {
          const text = match[0];
          i += text.length;
          this.field += text;
          this.column += text.length;
          this.recordLength += text.length;
          if (this.overLimit()) return out;
          continue;
        }
      }
      const ch = chunk[i++]!;
      if (this.pendingCr) {
        this.pendingCr = false;
        // The LF of a CRLF: the line was already counted at the CR.
        if (ch === '\n') {
          if (this.state === 'quoted') this.field += ch;
          continue;
        }
      }
      this.column++;
      this.recordLength++;
      try {
        this.consume(ch, out);
      } catch (error) {
        // Records completed before the error still reach the caller, so that their problems are
        // reported too; the error is raised right after them (see takeError).
        this.failure = error as CsvParseError;
        return out;
      }
      if (this.overLimit()) return out;
      if (ch === '\r' || ch === '\n') {
        this.line++;
        this.column = 0;
        this.pendingCr = ch === '\r';
      }
    }
    return out;
  }

  /** The syntax error met by the last push(), if any; throw it after handling push()'s records. */
  takeError(): CsvParseError | null {
    return this.failure;
  }

  /** Stops reading with an error at the current position (bytes that are not UTF-8). */
  failHere(code: CsvSyntaxError['code']): CsvParseError {
    this.failure ??= new CsvParseError({ line: this.line, column: this.column + 1, code, field: this.fields.length });
    return this.failure;
  }

  finish(): CsvRecord[] {
    if (this.state === 'quoted') {
      throw new CsvParseError({ line: this.recordLine, column: 1, code: 'unterminated-quote' });
    }
    if (!this.sawAnyChar) return [];
    this.endField();
    return [this.takeRecord()];
  }

  private overLimit(): boolean {
    if (this.field.length > this.maxField) {
      this.failure = new CsvParseError({
        line: this.recordLine,
        column: this.column - (this.field.length - this.maxField) + 1,
        code: 'field-too-long',
        field: this.fields.length,
        limit: this.maxField,
      });
    } else if (this.recordLength > this.maxRecord) {
      this.failure = new CsvParseError({ line: this.recordLine, column: this.column, code: 'record-too-long', limit: this.maxRecord });
    } else return false;
    // Let go of the oversized text at once.
    this.field = '';
    this.fields = [];
    return true;
  }

  private consume(ch: string, out: CsvRecord[]): void {
    if (this.state === 'field-start' && !this.sawAnyChar) {
      this.sawAnyChar = true;
      this.recordLine = this.line;
    }
    const newline = ch === '\n' || ch === '\r';
    switch (this.state) {
      case 'field-start':
        if (ch === '"') this.state = 'quoted';
        else if (ch === this.delimiter) this.endField();
        else if (newline) this.endRecord(out);
        else {
          this.field += ch;
          this.state = 'unquoted';
        }
        break;
      case 'unquoted':
        if (ch === this.delimiter) this.endField();
        else if (newline) this.endRecord(out);
        else if (ch === '"') throw this.error('quote-in-unquoted-field');
        else this.field += ch;
        break;
      case 'quoted':
        if (ch === '"') this.state = 'quote-in-quoted';
        else this.field += ch;
        break;
      case 'quote-in-quoted':
        if (ch === '"') {
          this.field += '"';
          this.state = 'quoted';
        } else if (ch === this.delimiter) this.endField();
        else if (newline) this.endRecord(out);
        else throw this.error('text-after-closing-quote');
        break;
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'field-start';
  }

  private endRecord(out: CsvRecord[]): void {
    this.endField();
    out.push(this.takeRecord());
  }

  private takeRecord(): CsvRecord {
    const record = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.sawAnyChar = false;
    this.recordLength = 0;
    return record;
  }

  private error(code: CsvSyntaxError['code']): CsvParseError {
    return new CsvParseError({ line: this.line, column: this.column, code, field: this.fields.length });
  }
}

/** Parses a whole CSV text at once (small files, tests). */
export function parseCsv(text: string, options: CsvReadOptions = {}): CsvRecord[] {
  const reader = new CsvReader(options);
  const records = reader.push(text);
  const error = reader.takeError();
  if (error) throw error;
  return [...records, ...reader.finish()];
}

/** Text handed to the reader at once: small enough that one step never blocks for long. */
const SLICE = 64 * 1024;
/** Give other requests a turn after this much work. */
const TURN_MS = 8;

/**
 * Reads a stream of chunks record by record. Bytes (fs.createReadStream(file) without an
 * encoding) are decoded as strict UTF-8: an invalid byte stops the reading with an "invalid-utf8"
 * error at its line and character. With `detect`, a file whose first non-ASCII byte is not UTF-8
 * is read as Windows-1252 instead (ASCII, all that came before, reads the same in both), and the
 * separator is taken from the first line.
 */
export async function* readCsv(chunks: AsyncIterable<string | Buffer | Uint8Array>, options: CsvReadOptions = {}): AsyncGenerator<CsvRecord> {
  const dialect = options.detect;
  let reader: CsvReader | null = dialect ? null : new CsvReader(options);
  // Text before the end of the first line waits until the separator is known.
  let pending = '';
  let turn = performance.now();
  const start = (firstText = pending): CsvReader => {
    if (reader) return reader;
    if (dialect) {
      dialect.separator = detectSeparator(firstText.split(/\r|\n/, 1)[0]!);
      dialect.decimalComma = dialect.separator === ';';
    }
    reader = new CsvReader({ ...options, delimiter: dialect?.separator ?? options.delimiter });
    return reader;
  };
  async function* feed(text: string): AsyncGenerator<CsvRecord> {
    if (!reader) {
      pending += text;
      if (!/[\r\n]/.test(pending) && pending.length <= (options.maxRecordLength ?? MAX_RECORD_LENGTH)) return;
      text = pending;
      pending = '';
    }
    const r = start(text);
    for (let at = 0; at < text.length; at += SLICE) {
      yield* r.push(at === 0 && text.length <= SLICE ? text : text.slice(at, at + SLICE));
      const error = r.takeError();
      if (error) throw error;
      if (performance.now() - turn > TURN_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turn = performance.now();
      }
    }
  }
  async function* flush(): AsyncGenerator<CsvRecord> {
    if (reader) return;
    const text = pending;
    pending = '';
    start(text);
    yield* feed(text);
  }
  let mode: 'undecided' | 'utf-8' | 'windows-1252' = dialect ? 'undecided' : 'utf-8';
  let first = true;
  let carry: Uint8Array | null = null;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      yield* feed(chunk);
      continue;
    }
    let bytes: Uint8Array = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = null;
    if (first && bytes.length > 0) {
      first = false;
      if (dialect && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        dialect.bom = true;
        mode = 'utf-8';
      }
    }
    if (mode === 'windows-1252') {
      yield* feedWindows1252(bytes);
      continue;
    }
    // A character split between two chunks waits for the rest of its bytes.
    const end = utf8CompleteEnd(bytes);
    carry = end < bytes.length ? bytes.slice(end) : null;
    bytes = bytes.subarray(0, end);
    if (mode === 'undecided') {
      const high = bytes.findIndex((b) => b >= 0x80);
      if (high >= 0) {
        if (firstInvalidUtf8(bytes) === high && !WINDOWS_1252_UNDEFINED.has(bytes[high]!)) {
          mode = 'windows-1252';
          dialect!.encoding = 'windows-1252';
          const rest = carry;
          carry = null;
          yield* feedWindows1252(rest ? Buffer.concat([bytes, rest]) : bytes);
          continue;
        }
        mode = 'utf-8';
      }
    }
    const decoded = decodeStrict(bytes);
    yield* feed(decoded.text);
    if (decoded.invalid) {
      yield* flush();
      throw start().failHere('invalid-utf8');
    }
  }
  // Bytes left over at the end are the start of a character that never came.
  if (carry) {
    if (mode === 'undecided' && !WINDOWS_1252_UNDEFINED.has(carry[0]!)) {
      dialect!.encoding = 'windows-1252';
      yield* feedWindows1252(carry);
    } else {
      yield* feed(decodeStrict(carry).text);
      yield* flush();
      throw start().failHere('invalid-utf8');
    }
  }
  yield* flush();
  yield* start().finish();

  async function* feedWindows1252(bytes: Uint8Array): AsyncGenerator<CsvRecord> {
    const bad = bytes.findIndex((b) => WINDOWS_1252_UNDEFINED.has(b));
    yield* feed(WINDOWS_1252.decode(bad < 0 ? bytes : bytes.subarray(0, bad)));
    if (bad >= 0) {
      yield* flush();
      throw start().failHere('invalid-windows-1252');
    }
  }
}
/** The text up to the first byte that is not UTF-8 (all of it when there is none). */
function decodeStrict(bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: FATAL.decode(bytes), invalid: false };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    return { text: FATAL.decode(bytes.subarray(0, bad)), invalid: true };
  }
}

const FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');
