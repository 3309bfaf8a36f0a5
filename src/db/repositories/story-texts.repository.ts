// The words of a questionnaire's published stories: title and text, with only the answers a word
// comparison groups by, a page at a time (keyset paging on ref, like pageStoriesWithAnswers).
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { AnswerValue } from '../../domain/questionnaire/types.ts';
import { stories } from '../schema/index.ts';
import { answersOf } from './stories.repository.ts';
import type { Tx } from './tenants.repository.ts';

export interface StoryText {
  ref: string;
  title: string;
  text: string;
  /** BCP 47 tag: which stemmer and stop words apply (domain/words). */
  language: string;
  answers: Record<string, AnswerValue>;
}

export async function pagePublishedStoryTexts(
  db: Tx,
  tenantId: string,
  questionnaireId: string,
  questionKeys: string[],
  afterRef: string | null,
  limit: number,
): Promise<StoryText[]> {
  const rows = await db
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
  if (rows.length === 0) return [];
  const byStory = await answersOf(
    db,
    tenantId,
    rows.map((r) => r.id),
    questionKeys,
  );
  return rows.map((r) => ({ ref: r.ref, title: r.title, text: r.text, language: r.language, answers: byStory.get(r.id) ?? {} }));
}
