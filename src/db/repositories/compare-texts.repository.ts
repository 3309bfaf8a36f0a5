// The title, text and language of a questionnaire's published stories, a page at a time (keyset
// paging on ref), with their ids: a comparison counts words per subset by story id.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface IdentifiedText {
  id: string;
  ref: string;
  title: string;
  text: string;
  language: string;
}

export async function pagePublishedTexts(db: Tx, tenantId: string, questionnaireId: string, afterRef: string | null, limit: number): Promise<IdentifiedText[]> {
  return db
    .select({ id: stories.id, ref: stories.ref, title: stories.title, text: stories.text, language: stories.language })
    .from(stories)
    .where(
      and(
        eq(stories.tenantId, tenantId),
        eq(stories.questionnaireId, questionnaireId),
        eq(stories.status, 'published'),
        afterRef === null ? undefined : gt(sql`${stories.ref} COLLATE "C"`, afterRef),
      ),
    )
    .orderBy(asc(sql`${stories.ref} COLLATE "C"`))
    .limit(limit);
}
