// The words of a questionnaire's published stories: title and text, with only the answers a word
// comparison groups by, a page at a time (keyset paging on ref, like pageStoriesWithAnswers).
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AnswerValue } from '../../domain/questionnaire/types.ts';
import { stories, storyAnswers } from '../schema/index.ts';
import { rowToAnswer } from './answer-rows.ts';
import type { Tx } from './tenants.repository.ts';

export interface StoryText {
  ref: string;
  title: string;
  text: string;
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
    .select({ id: stories.id, ref: stories.ref, title: stories.title, text: stories.text })
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
  const byStory = new Map<string, Record<string, AnswerValue>>();
  if (questionKeys.length > 0) {
    const answers = await db
      .select()
      .from(storyAnswers)
      .where(
        and(
          eq(storyAnswers.tenantId, tenantId),
          inArray(storyAnswers.questionKey, questionKeys),
          inArray(
            storyAnswers.storyId,
            rows.map((r) => r.id),
          ),
        ),
      );
    for (const answer of answers) {
      const value = rowToAnswer(answer);
      if (value === undefined) continue;
      let bag = byStory.get(answer.storyId);
      if (!bag) byStory.set(answer.storyId, (bag = {}));
      bag[answer.questionKey] = value;
    }
  }
  return rows.map((r) => ({ ref: r.ref, title: r.title, text: r.text, answers: byStory.get(r.id) ?? {} }));
}
