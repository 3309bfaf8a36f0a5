// Bulk writes for big imports (issue 12). On PGlite rows go in with COPY from PGlite's
// '/dev/blob' device: one CSV blob per batch, parsed by PostgreSQL's COPY code, instead of a
// JSON parameter expanded by jsonb_to_recordset. PostgreSQL refuses COPY FROM into a table with
// row-level security ("COPY FROM not supported with row-level security"), and the app role
// must stay under RLS; so COPY fills a temporary table of this transaction (temporary tables
// have no RLS and no WAL) and one INSERT … SELECT moves the rows, RLS checking every one.
// PGlite's connection belongs to its superuser and switches to the app role per transaction
// (tenant-scope.ts); only the COPY into the temporary table runs as that owner.
// On a PostgreSQL server the caller keeps its INSERT … SELECT (server round trips are cheap).
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';

/** A value as COPY's CSV format takes it; null is SQL NULL. */
export type CopyValue = string | number | boolean | null | undefined | Date | readonly (string | number)[] | object;

/** The PGlite transaction behind a drizzle transaction on PGlite, else null (node-postgres). */
export function pgliteTransactionOf(db: unknown): PgliteTransaction | null {
  const client = (db as { session?: { client?: Record<string, unknown> } }).session?.client;
  // PGlite's Transaction has exec and closed; a node-postgres client has release instead.
  if (!client || typeof client.exec !== 'function' || typeof client.query !== 'function' || !('closed' in client)) return null;
  return client as unknown as PgliteTransaction;
}

/**
 * Copies rows into `table` (columns in the order of each row) through a temporary table that
 * lives until the transaction ends. Triggers, constraints, generated columns and RLS of the
 * target table apply as with any INSERT.
 */
export async function copyIntoTable(tx: PgliteTransaction, table: string, columns: readonly string[], rows: readonly CopyValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const staging = `duiding_copy_${table}`;
  const list = columns.map((c) => `"${c}"`).join(', ');
  // ON COMMIT DROP: the temporary table never outlives the import's transaction (nor a rollback).
  await tx.exec(`CREATE TEMP TABLE IF NOT EXISTS ${staging} ON COMMIT DROP AS SELECT ${list} FROM ${table} WITH NO DATA; TRUNCATE ${staging}`);
  const csv = rows.map(csvLine).join('');
  // Reading '/dev/blob' is reading a server file, which only the owner may (pg_read_server_files);
  // the app role gets it back right after. Only the temporary table is written as the owner.
  const [{ role }] = (await tx.query<{ role: string }>(`SELECT current_setting('role') AS role`)).rows;
  await tx.exec('RESET ROLE');
  await tx.query(`COPY ${staging} (${list}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
  if (role !== 'none') await tx.exec(`SET LOCAL ROLE "${role.replaceAll('"', '""')}"`);
  await tx.exec(`INSERT INTO ${table} (${list}) SELECT ${list} FROM ${staging}`);
}

function csvLine(row: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i ? ',' : '') + csvField(row[i]);
  return `${line}\n`;
}

/** Unquoted empty is NULL in COPY's CSV; an empty string is written as "". */
function csvField(value: CopyValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value); // shortest round-trip form: float8 reads the same double
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return quoted(arrayLiteral(value));
  if (typeof value === 'object') return quoted(JSON.stringify(value));
  const text = value as string;
  return text === '' || /[",\n\r\\]/.test(text) || text === '\\.' ? quoted(text) : text;
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** A PostgreSQL array literal: {1,2.5} or {"a","b c"} (every text element quoted). */
function arrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)).join(',')}}`;
}

/**
 * Runs `query` with COPY … TO '/dev/blob' (FORMAT binary) and returns its rows as raw field bytes
 * (null for SQL NULL): bytea arrives as its bytes, text as UTF-8. Writing '/dev/blob' is writing
 * a server file, which only the owner may; the query must therefore name its tenant itself
 * (the owner is not held by row-level security), and the app role returns right after.
 */
export async function copyOutBinary(tx: PgliteTransaction, query: string): Promise<(Uint8Array | null)[][]> {
  const [{ role }] = (await tx.query<{ role: string }>(`SELECT current_setting('role') AS role`)).rows;
  await tx.exec('RESET ROLE');
  const result = await tx.query(`COPY (${query}) TO '/dev/blob' WITH (FORMAT binary)`);
  if (role !== 'none') await tx.exec(`SET LOCAL ROLE "${role.replaceAll('"', '""')}"`);
  const bytes = new Uint8Array(await result.blob!.arrayBuffer());
  return parseBinaryCopy(bytes);
}

/** PostgreSQL's binary COPY format: an 11-byte signature, flags, header extension, then tuples. */
function parseBinaryCopy(bytes: Uint8Array): (Uint8Array | null)[][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 11 + 4;
  at += 4 + view.getInt32(at);
  const rows: (Uint8Array | null)[][] = [];
  for (;;) {
    const fields = view.getInt16(at);
    at += 2;
    if (fields === -1) return rows;
    const row: (Uint8Array | null)[] = [];
    for (let f = 0; f < fields; f++) {
      const length = view.getInt32(at);
      at += 4;
      row.push(length < 0 ? null : bytes.subarray(at, at + length));
      if (length > 0) at += length;
    }
    rows.push(row);
  }
}
