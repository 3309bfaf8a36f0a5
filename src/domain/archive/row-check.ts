// Checks one table of a tenant export (tabellen/<table>.json) against the columns the database
// has now, before anything is written: so that a bad value is reported with its file, row and
// field, instead of as a bare database error after half a transaction.
import type { Problem } from '../problems.ts';

export interface ColumnInfo {
  name: string;
  /** PostgreSQL udt_name: uuid, text, int4, int8, float8, bool, jsonb, timestamptz, date, bytea, _text, _float8, … */
  type: string;
  /** Needs a value: NOT NULL without a default. */
  required: boolean;
  /** Generated or identity: the database makes the value, the import leaves it out. */
  generated: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Null when the value fits the column; otherwise what is wrong, in Dutch and English. */
function misfit(type: string, value: unknown): { nl: string; en: string } | null {
  const shown = JSON.stringify(value)?.slice(0, 60);
  const not = (nl: string, en: string) => ({ nl: `${shown} is ${nl}`, en: `${shown} is ${en}` });
  switch (type) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? null : not('geen uuid', 'not a uuid');
    case 'text':
    case 'varchar':
      return typeof value === 'string' ? null : not('geen tekst', 'not text');
    case 'int2':
    case 'int4':
    case 'int8':
      return Number.isSafeInteger(typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value)
        ? null
        : not('geen geheel getal', 'not a whole number');
    case 'float4':
    case 'float8':
    case 'numeric':
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        ? null
        : not('geen getal', 'not a number');
    case 'bool':
      return typeof value === 'boolean' ? null : not('geen ja/nee (true/false)', 'not a boolean');
    case 'timestamptz':
    case 'timestamp':
    case 'date':
      return typeof value === 'string' && (DATE_ONLY.test(value) || !Number.isNaN(Date.parse(value))) ? null : not('geen geldige datum', 'not a valid date');
    case 'bytea':
      return value !== null && typeof value === 'object' && typeof (value as { base64?: unknown }).base64 === 'string'
        ? null
        : not('geen {"base64": …}', 'not {"base64": …}');
    case 'json':
    case 'jsonb':
      return null;
    default:
      if (type.startsWith('_')) {
        if (!Array.isArray(value)) return not('geen lijst', 'not a list');
        for (const item of value)
          if (item !== null && misfit(type.slice(1), item)) return not(`geen lijst van ${type.slice(1)}`, `not a list of ${type.slice(1)}`);
        return null;
      }
      return null; // a type we do not check here: the database will
  }
}

/** Every problem of one table file; `file` is the name inside the ZIP. tenant_id is replaced on import. */
export function checkTableRows(file: string, rows: unknown, columns: ColumnInfo[], limit: number): Problem[] {
  if (!Array.isArray(rows)) return [{ file, code: 'not-a-list', nl: 'verwacht een JSON-lijst van rijen', en: 'expected a JSON array of rows' }];
  const byName = new Map(columns.map((c) => [c.name, c]));
  const problems: Problem[] = [];
  const add = (index: number, field: string | null, code: string, nl: string, en: string) =>
    problems.push({ file, field: field === null ? `[${index}]` : `[${index}].${field}`, code, nl: `rij ${index + 1}: ${nl}`, en: `row ${index + 1}: ${en}` });
  for (let i = 0; i < rows.length && problems.length < limit; i++) {
    const row = rows[i] as Record<string, unknown>;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      add(i, null, 'not-an-object', 'verwacht een object met kolommen', 'expected an object of columns');
      continue;
    }
    for (const [name, value] of Object.entries(row)) {
      const column = byName.get(name);
      if (!column)
        add(i, name, 'unknown-column', 'deze kolom bestaat niet (een export van een nieuwere versie?)', 'no such column (an export of a newer version?)');
      else if (!column.generated && column.name !== 'tenant_id' && value !== null && value !== undefined) {
        const wrong = misfit(column.type, value);
        if (wrong) add(i, name, 'wrong-type', wrong.nl, wrong.en);
      }
    }
    for (const column of columns) {
      if (column.required && !column.generated && column.name !== 'tenant_id' && (row[column.name] === null || row[column.name] === undefined)) {
        add(i, column.name, 'missing', 'ontbreekt (verplicht)', 'missing (required)');
      }
    }
  }
  return problems;
}
