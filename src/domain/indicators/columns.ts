// Header handling shared by the indicator CSV decoders: known, required, unknown and duplicate
// columns, and per-row cell access with problems that name file, line and column.
import type { CsvRecord } from '../csv/reader.ts';
import type { Problem } from '../problems.ts';
import type { CellMessage } from '../stories/cells.ts';

export interface RowAccess {
  cell(column: string): string;
  problem(column: string, message: CellMessage): void;
  has(column: string): boolean;
  problems: Problem[];
}

export class ColumnMap {
  readonly headerProblems: Problem[] = [];
  private readonly index = new Map<string, number>();
  /** Canonical column → the header as written (a Dutch alias), so that problems name what the file says. */
  private readonly written = new Map<string, string>();
  private readonly width: number;

  constructor(
    header: CsvRecord,
    private readonly file: string,
    known: readonly string[],
    required: readonly string[],
    aliases: Record<string, string> = {},
  ) {
    this.width = header.fields.length;
    const at = (column: string, code: string, nl: string, en: string) => this.headerProblems.push({ file, line: header.line, column, code, nl, en });
    header.fields.forEach((raw, i) => {
      const trimmed = raw.trim();
      const name = known.includes(trimmed)
        ? trimmed
        : (aliases[trimmed.toLowerCase()] ?? (known.includes(trimmed.toLowerCase()) ? trimmed.toLowerCase() : trimmed));
      if (name !== trimmed) this.written.set(name, trimmed);
      if (this.index.has(name)) {
        const also = name === trimmed ? '' : ` (als "${name}")`;
        at(
          trimmed,
          'duplicate-column',
          `kolom "${name}"${also ? ` staat er twee keer in: ook "${trimmed}" betekent "${name}"` : ' staat er twee keer in'}`,
          `column "${name}" occurs twice${also ? `: "${trimmed}" means "${name}" too` : ''}`,
        );
      } else if (!known.includes(name)) {
        at(
          name,
          'unknown-column',
          `kolom "${name}" is onbekend (bekend zijn: ${known.join(', ')})`,
          `column "${name}" is unknown (known are: ${known.join(', ')})`,
        );
      } else this.index.set(name, i);
    });
    for (const column of required) {
      if (!this.index.has(column)) at(column, 'missing-column', `kolom "${column}" ontbreekt`, `column "${column}" is missing`);
    }
  }

  /** Cell access for a record, or null when it has the wrong number of fields. */
  row(record: CsvRecord): RowAccess | null {
    if (record.fields.length !== this.width) return null;
    const problems: Problem[] = [];
    return {
      problems,
      has: (column) => this.index.has(column),
      cell: (column) => {
        const i = this.index.get(column);
        return i === undefined ? '' : record.fields[i]!;
      },
      problem: (column, m) =>
        problems.push({ file: this.file, line: record.line, column: this.written.get(column) ?? column, code: m.code, nl: m.nl, en: m.en }),
    };
  }

  fieldCountProblem(record: CsvRecord): Problem[] {
    const n = record.fields.length;
    return [
      {
        file: this.file,
        line: record.line,
        code: 'wrong-field-count',
        nl: `deze regel heeft ${n} velden, de kopregel ${this.width}`,
        en: `this row has ${n} fields, the header ${this.width}`,
      },
    ];
  }
}
