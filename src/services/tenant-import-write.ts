// Writing a checked tenant archive (tenant-import.ts): rows in batches, each batch in a savepoint,
// and when the database refuses a batch, the first refused row located by bisection so that the
// message names its file, row and field. The caller's transaction then rolls everything back.
import { insertJsonRows } from '../db/repositories/tenant-restore.repository.ts';
import type { Tx } from '../db/repositories/tenants.repository.ts';
import type { ColumnInfo } from '../domain/archive/row-check.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';

const BATCH_ROWS = 2000;
const BATCH_BYTES = 4_000_000;

export async function insertInBatches(
  tx: Tx,
  table: string,
  rows: { index: number; row: Record<string, unknown> }[],
  columns: ColumnInfo[],
  progress: (n: number) => void,
): Promise<number> {
  const names = columns.filter((c) => !c.generated).map((c) => c.name);
  let inserted = 0;
  for (let start = 0; start < rows.length; ) {
    // Self-references (a statement's parent in toc_elements) are checked per statement, so a
    // batch ends only by size; the tables that have them are small.
    let end = start;
    let bytes = 0;
    while (end < rows.length && end - start < BATCH_ROWS && bytes < BATCH_BYTES) bytes += JSON.stringify(rows[end++].row).length;
    const batch = rows.slice(start, end);
    try {
      await tx.transaction((sp) =>
        insertJsonRows(
          sp,
          table,
          names,
          batch.map((r) => r.row),
        ),
      );
    } catch (error) {
      throw new InputRejected(await locateRefusal(tx, table, names, batch, error));
    }
    inserted += batch.length;
    progress(batch.length);
    start = end;
  }
  return inserted;
}

/**
 * The batch was refused: find the first row the database refuses, by bisecting on prefixes of the
 * batch, each tried in a savepoint that is always rolled back (about 11 tries for 2,000 rows).
 */
async function locateRefusal(
  tx: Tx,
  table: string,
  names: string[],
  batch: { index: number; row: Record<string, unknown> }[],
  batchError: unknown,
): Promise<Problem[]> {
  const rolledBack = new Error('probe');
  const refusalOf = async (length: number): Promise<unknown> => {
    try {
      await tx.transaction(async (sp) => {
        await insertJsonRows(
          sp,
          table,
          names,
          batch.slice(0, length).map((r) => r.row),
        );
        throw rolledBack;
      });
    } catch (error) {
      return error === rolledBack ? null : error;
    }
    return null;
  };
  // Smallest prefix length that fails: the last row of that prefix is the culprit.
  let lo = 1;
  let hi = batch.length;
  let found = batchError;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const error = await refusalOf(mid);
    if (error) {
      hi = mid;
      found = error;
    } else lo = mid + 1;
  }
  return [refusal(`tabellen/${table}.json`, batch[lo - 1].index, found)];
}

function refusal(file: string, index: number, error: unknown): Problem {
  const cause = ((error as { cause?: unknown }).cause ?? error) as { message?: string; detail?: string; column?: string; constraint?: string };
  const what = [cause.message, cause.detail].filter(Boolean).join(' — ');
  return {
    file,
    field: cause.column ? `[${index}].${cause.column}` : `[${index}]`,
    code: 'refused-by-database',
    nl: `rij ${index + 1}: de database weigert deze rij: ${what}`,
    en: `row ${index + 1}: the database refuses this row: ${what}`,
  };
}
