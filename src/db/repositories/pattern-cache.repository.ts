// The pattern_scans cache and the fingerprint that decides whether a cached scan still holds.
import { and, eq } from 'drizzle-orm';
import { patternScans, storyChangeCounters } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

/**
 * The version of all stories of a questionnaire (any status): the number of statements that
 * have inserted, updated or deleted any of them, kept by triggers on stories (migration 0010).
 * An import, a replaced story, moderation, a withdrawal, retention all raise it; reading it is one
 * primary-key lookup, where counting and hashing 100,000 stories took a second or two on PGlite.
 * Answers are never edited in place (a replaced story is a new row), so they need no part in it;
 * the caller adds the questionnaire version.
 */
export async function storiesFingerprint(db: Tx, tenantId: string, questionnaireId: string): Promise<string> {
  const [row] = await db
    .select({ changes: storyChangeCounters.changes })
    .from(storyChangeCounters)
    .where(and(eq(storyChangeCounters.tenantId, tenantId), eq(storyChangeCounters.questionnaireId, questionnaireId)));
  return `c${row?.changes ?? 0}`;
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
