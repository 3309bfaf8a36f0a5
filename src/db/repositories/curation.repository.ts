// Curated stories: the few stories an analyst chose to show the council for an opgave or one of
// its patterns. Queries only; the consent rule lives in services/monitor/curation.ts.
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { curatedStories, opgaven, questionnaires, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

/** The story as the curation rule needs it; null when it does not exist in this municipality. */
export async function findStoryForCuration(db: Tx, tenantId: string, ref: string) {
  const [row] = await db
    .select({ id: stories.id, ref: stories.ref, status: stories.status, consentQuote: stories.consentQuote, questionnaireOpgaveId: questionnaires.opgaveId })
    .from(stories)
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, stories.tenantId), eq(questionnaires.id, stories.questionnaireId)))
    .where(and(eq(stories.tenantId, tenantId), eq(stories.ref, ref)));
  return row ?? null;
}

export async function insertCuratedStory(db: Tx, values: typeof curatedStories.$inferInsert) {
  const [row] = await db.insert(curatedStories).values(values).returning({ id: curatedStories.id });
  return row.id;
}

export async function deleteCuratedStory(db: Tx, tenantId: string, opgaveId: string, id: string) {
  const rows = await db
    .delete(curatedStories)
    .where(and(eq(curatedStories.tenantId, tenantId), eq(curatedStories.opgaveId, opgaveId), eq(curatedStories.id, id)))
    .returning({ id: curatedStories.id });
  return rows.length;
}

export async function nextCurationPosition(db: Tx, tenantId: string, opgaveId: string, patternKey: string) {
  const [row] = await db
    .select({ max: sql<number | null>`max(${curatedStories.position})` })
    .from(curatedStories)
    .where(and(eq(curatedStories.tenantId, tenantId), eq(curatedStories.opgaveId, opgaveId), eq(curatedStories.patternKey, patternKey)));
  return (row?.max ?? -1) + 1;
}

/**
 * Curated stories of an opgave with their texts. Consent and publication are checked again on
 * reading: a story whose consent was withdrawn or that went back to moderation drops out.
 */
export async function listCuratedStories(db: Tx, tenantId: string, opgaveId: string) {
  return db
    .select({
      id: curatedStories.id,
      ref: stories.ref,
      patternKey: curatedStories.patternKey,
      note: curatedStories.note,
      position: curatedStories.position,
      title: stories.title,
      text: stories.text,
      collectedAt: stories.collectedAt,
    })
    .from(curatedStories)
    .innerJoin(stories, and(eq(stories.tenantId, curatedStories.tenantId), eq(stories.id, curatedStories.storyId)))
    .where(and(eq(curatedStories.tenantId, tenantId), eq(curatedStories.opgaveId, opgaveId), eq(stories.status, 'published'), eq(stories.consentQuote, true)))
    .orderBy(asc(curatedStories.patternKey), asc(curatedStories.position));
}

/** Stories an analyst may choose for an opgave: published, quotable, of its questionnaires. */
export async function listCurationCandidates(db: Tx, tenantId: string, opgaveId: string, search: string | null, limit = 20) {
  const like = search ? `%${search.replace(/[%_\\]/g, (m) => `\\${m}`)}%` : null;
  return db
    .select({ ref: stories.ref, title: stories.title, text: stories.text, collectedAt: stories.collectedAt })
    .from(stories)
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, stories.tenantId), eq(questionnaires.id, stories.questionnaireId)))
    .innerJoin(opgaven, and(eq(opgaven.tenantId, questionnaires.tenantId), eq(opgaven.id, questionnaires.opgaveId)))
    .where(
      and(
        eq(stories.tenantId, tenantId),
        eq(opgaven.id, opgaveId),
        eq(stories.status, 'published'),
        eq(stories.consentQuote, true),
        like ? or(ilike(stories.title, like), ilike(stories.ref, like), ilike(stories.text, like)) : undefined,
      ),
    )
    .orderBy(desc(stories.collectedAt))
    .limit(limit);
}
