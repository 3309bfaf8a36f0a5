// Queries of the moderation queue: pending stories with their answers, and the three decisions.
import { and, count, desc, eq } from 'drizzle-orm';
import { collections, questionnaires, questionnaireVersions, stories } from '../schema/index.ts';
import { answersOf } from './stories.repository.ts';
import type { Tx } from './tenants.repository.ts';

/** Pending stories newest first, with their answers. A queue stays short: offset paging suffices. */
export async function pagePendingStories(db: Tx, tenantId: string, limit: number, offset: number, id?: string) {
  const rows = await db
    .select({
      id: stories.id,
      createdAt: stories.createdAt,
      collectedAt: stories.collectedAt,
      language: stories.language,
      prompt: stories.prompt,
      title: stories.title,
      text: stories.text,
      consentQuote: stories.consentQuote,
      consent: stories.consent,
      collectionTitle: collections.title,
      collectionMode: collections.mode,
      questionnaireKey: questionnaires.key,
      definition: questionnaireVersions.definition,
    })
    .from(stories)
    .innerJoin(collections, and(eq(collections.tenantId, stories.tenantId), eq(collections.id, stories.collectionId)))
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, stories.tenantId), eq(questionnaires.id, stories.questionnaireId)))
    .innerJoin(questionnaireVersions, and(eq(questionnaireVersions.tenantId, stories.tenantId), eq(questionnaireVersions.id, stories.versionId)))
    .where(and(eq(stories.tenantId, tenantId), eq(stories.status, 'pending'), id ? eq(stories.id, id) : undefined))
    .orderBy(desc(stories.createdAt), desc(stories.id))
    .limit(limit)
    .offset(offset);
  const answers = rows.length
    ? await answersOf(
        db,
        tenantId,
        rows.map((r) => r.id),
      )
    : new Map();
  return rows.map((r) => ({ ...r, answers: answers.get(r.id) ?? {} }));
}

export async function countPendingStories(db: Tx, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.status, 'pending')));
  return Number(row.n);
}

/** Changes a pending story; false when it is not (or no longer) pending. */
export async function updatePendingStory(
  db: Tx,
  tenantId: string,
  id: string,
  values: Partial<{ status: 'published'; title: string; text: string }>,
): Promise<boolean> {
  const rows = await db
    .update(stories)
    .set(values)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.id, id), eq(stories.status, 'pending')))
    .returning({ id: stories.id });
  return rows.length > 0;
}

export async function deletePendingStory(db: Tx, tenantId: string, id: string): Promise<{ questionnaireId: string } | null> {
  const rows = await db
    .delete(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.id, id), eq(stories.status, 'pending')))
    .returning({ questionnaireId: stories.questionnaireId });
  return rows[0] ?? null;
}
