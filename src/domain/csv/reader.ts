// A streaming RFC 4180 CSV reader that knows where every record starts, so that an import can
// say "stories.csv:1841" even when story texts span several lines. Written here rather than
// taken from a library because precise positions for broken quoting are the point.

export interface CsvRecord {
  /** Physical line (1-based) on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvSyntaxError {
  line: number;
  /** 1-based character position within that line. */
  column: number;
  code: 'quote-in-unquoted-field' | 'text-after-closing-quote' | 'unterminated-quote';
}

export class CsvParseError extends Error {
  constructor(readonly problem: CsvSyntaxError) {
    super(`CSV syntax error at line ${problem.line}, column ${problem.column}: ${problem.code}`);
  }
}

type State = 'field-start' | 'unquoted' | 'quoted' | 'quote-in-quoted';

/**
 * Feed text chunks with push(); complete records come back as they finish. finish() flushes the
 * last record. A UTF-8 byte-order mark at the very start is dropped. Both CRLF and LF end a
 * record; a lone CR inside a quoted field is kept as is.
 */
export class CsvReader {
  private state: State = 'field-start';
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private column = 0;
  private recordLine = 1;
  private started = false;
  private pendingCr = false;
  private sawAnyChar = false;

  constructor(private readonly delimiter = ',') {}

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < chunk.length; i++) {
      const ch = chunk[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        // The LF of a CRLF: the line was already counted at the CR.
        if (ch === '\n') {
          if (this.state === 'quoted') this.field += ch;
          continue;
        }
      }
      this.column++;
      try {
        this.consume(ch, out);
      } catch (error) {
        // Records completed before the error still reach the caller, so that their problems are
        // reported too; the error is raised right after them (see takeError).
        this.failure = error as CsvParseError;
        return out;
      }
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
  private failure: CsvParseError | null = null;

  finish(): CsvRecord[] {
    if (this.state === 'quoted') {
      throw new CsvParseError({ line: this.recordLine, column: 1, code: 'unterminated-quote' });
    }
    if (!this.sawAnyChar) return [];
    this.endField();
    return [this.takeRecord()];
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
    return record;
  }

  private error(code: CsvSyntaxError['code']): CsvParseError {
    return new CsvParseError({ line: this.line, column: this.column, code });
  }
}

/** Parses a whole CSV text at once (small files, tests). */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const reader = new CsvReader(delimiter);
  const records = reader.push(text);
  const error = reader.takeError();
  if (error) throw error;
  return [...records, ...reader.finish()];
}

/** Reads a stream of text chunks (e.g. fs.createReadStream(file, 'utf8')) record by record. */
export async function* readCsv(chunks: AsyncIterable<string | Buffer>, delimiter = ','): AsyncGenerator<CsvRecord> {
  const reader = new CsvReader(delimiter);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* reader.push(text);
    const error = reader.takeError();
    if (error) throw error;
  }
  const rest = decoder.decode();
  if (rest) yield* reader.push(rest);
  const error = reader.takeError();
  if (error) throw error;
  yield* reader.finish();
}
