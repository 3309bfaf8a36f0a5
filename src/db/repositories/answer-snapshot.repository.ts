// The answer_snapshots table: one deflated column document per questionnaire (services/answer-snapshot.ts).
import { and, eq } from 'drizzle-orm';
import { copyOutBinary, pgliteTransactionOf } from '../bulk-copy.ts';
import { answerSnapshots } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface StoredSnapshot {
  storiesVersion: string;
  data: Uint8Array;
}

/**
 * On PGlite the document leaves with COPY … TO '/dev/blob' in binary: its bytes as they are,
 * where a query result would hand bytea over as hex text that PGlite parses byte by byte.
 */
export async function findAnswerSnapshot(db: Tx, tenantId: string, questionnaireId: string): Promise<StoredSnapshot | null> {
  return db.transaction(async (tx) => {
    const pglite = pgliteTransactionOf(tx);
    if (pglite) {
      const [row] = await copyOutBinary(
        pglite,
        `SELECT stories_version, data FROM answer_snapshots WHERE tenant_id = '${uuid(tenantId)}' AND questionnaire_id = '${uuid(questionnaireId)}'`,
      );
      return row ? { storiesVersion: Buffer.from(row[0]!).toString('utf8'), data: row[1]! } : null;
    }
    const [row] = await tx
      .select({ storiesVersion: answerSnapshots.storiesVersion, data: answerSnapshots.data })
      .from(answerSnapshots)
      .where(and(eq(answerSnapshots.tenantId, tenantId), eq(answerSnapshots.questionnaireId, questionnaireId)));
    return row ?? null;
  });
}

export async function saveAnswerSnapshot(db: Tx, row: { tenantId: string; questionnaireId: string; storiesVersion: string; data: Uint8Array }) {
  await db
    .insert(answerSnapshots)
    .values({ ...row, createdAt: new Date() })
    .onConflictDoUpdate({
      target: [answerSnapshots.tenantId, answerSnapshots.questionnaireId],
      set: { storiesVersion: row.storiesVersion, data: row.data, createdAt: new Date() },
    });
}

/** COPY takes no parameters: the ids are written into the statement, so they must be uuids. */
function uuid(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new Error('not a uuid');
  return value;
}
