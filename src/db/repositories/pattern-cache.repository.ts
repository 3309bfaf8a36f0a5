// The pattern_scans cache and the fingerprint that decides whether a cached scan still holds.
import { and, eq, sql } from 'drizzle-orm';
import { patternScans, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

/**
 * A cheap fingerprint of all stories of a questionnaire (any status): how many there are, the
 * sum of a hash of each story's id and status, and the newest created_at. An insert raises the
 * count; a delete (withdrawal) lowers it; a replaced story (re-import deletes and inserts it
 * under a new id) changes the sum and the newest created_at; a status change (moderation)
 * changes the sum. One pass over the stories index, no answers read. Answers are never edited
 * in place, so they need no part in it; the caller adds the questionnaire version.
 */
export async function storiesFingerprint(db: Tx, tenantId: string, questionnaireId: string): Promise<string> {
  const [row] = await db
    .select({
      fingerprint: sql<string>`count(*)::text || ':' || coalesce(sum(hashtext(${stories.id}::text || ${stories.status})), 0)::text || ':' ||
        coalesce((extract(epoch FROM max(${stories.createdAt})) * 1000000)::bigint::text, '-')`,
    })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.questionnaireId, questionnaireId)));
  return row.fingerprint;
}

export async function findCachedScan(db: Tx, tenantId: string, questionnaireId: string, filterKey: string) {
  const [row] = await db
    .select({ storiesVersion: patternScans.storiesVersion, document: patternScans.document, createdAt: patternScans.createdAt })
    .from(patternScans)
    .where(and(eq(patternScans.tenantId, tenantId), eq(patternScans.questionnaireId, questionnaireId), eq(patternScans.filterKey, filterKey)));
  return row ?? null;
}

export async function saveCachedScan(
  db: Tx,
  row: { tenantId: string; questionnaireId: string; filterKey: string; storiesVersion: string; document: unknown; createdAt: Date },
) {
  await db
    .insert(patternScans)
    .values(row)
    .onConflictDoUpdate({
      target: [patternScans.tenantId, patternScans.questionnaireId, patternScans.filterKey],
      set: { storiesVersion: row.storiesVersion, document: row.document, createdAt: row.createdAt },
    });
}
