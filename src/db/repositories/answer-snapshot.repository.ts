// The answer_snapshots table: one deflated document per questionnaire (services/answer-snapshot.ts).
import { and, eq } from 'drizzle-orm';
import { answerSnapshots } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function findAnswerSnapshot(db: Tx, tenantId: string, questionnaireId: string) {
  const [row] = await db
    .select({ storiesVersion: answerSnapshots.storiesVersion, data: answerSnapshots.data })
    .from(answerSnapshots)
    .where(and(eq(answerSnapshots.tenantId, tenantId), eq(answerSnapshots.questionnaireId, questionnaireId)));
  return row ?? null;
}

export async function saveAnswerSnapshot(db: Tx, row: { tenantId: string; questionnaireId: string; storiesVersion: string; data: string }) {
  await db
    .insert(answerSnapshots)
    .values({ ...row, createdAt: new Date() })
    .onConflictDoUpdate({
      target: [answerSnapshots.tenantId, answerSnapshots.questionnaireId],
      set: { storiesVersion: row.storiesVersion, data: row.data, createdAt: new Date() },
    });
}
