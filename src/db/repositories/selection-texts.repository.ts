// Queries for the stories behind a selection on /patronen (services/pattern-explorer.ts): the
// texts of a questionnaire's published stories by id, a page at a time (keyset paging on id), so
// the words of a selection can be set against the rest; and how many stories wait in moderation.
import { and, asc, count, eq, gt } from 'drizzle-orm';
import { stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface IdentifiedText {
  id: string;
  title: string;
  text: string;
  language: string;
}

export async function pagePublishedTextsById(
  db: Tx,
  tenantId: string,
  questionnaireId: string,
  afterId: string | null,
  limit: number,
): Promise<IdentifiedText[]> {
  return db
    .select({ id: stories.id, title: stories.title, text: stories.text, language: stories.language })
    .from(stories)
    .where(
      and(
        eq(stories.tenantId, tenantId),
        eq(stories.questionnaireId, questionnaireId),
        eq(stories.status, 'published'),
        afterId === null ? undefined : gt(stories.id, afterId),
      ),
    )
    .orderBy(asc(stories.id))
    .limit(limit);
}

export async function countPendingStories(db: Tx, tenantId: string, questionnaireId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.questionnaireId, questionnaireId), eq(stories.status, 'pending')));
  return Number(row?.n ?? 0);
}
