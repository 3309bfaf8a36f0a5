import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AnswerValue } from '../../domain/questionnaire/types.ts';
import { collections, stories, storyAnswers } from '../schema/index.ts';
import { rowToAnswer } from './answer-rows.ts';
import type { Tx } from './tenants.repository.ts';

export type StoryInsert = typeof stories.$inferInsert;
export type AnswerInsert = typeof storyAnswers.$inferInsert;

/** PostgreSQL allows 65,535 parameters per statement; stay well below. */
const MAX_PARAMS = 30_000;

async function insertChunked<T extends Record<string, unknown>>(rows: T[], perRow: number, insert: (chunk: T[]) => Promise<unknown>) {
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function insertStories(db: Tx, storyRows: StoryInsert[], answerRows: AnswerInsert[]) {
  await insertChunked(storyRows, 16, (chunk) => db.insert(stories).values(chunk));
  await insertChunked(answerRows, 9, (chunk) => db.insert(storyAnswers).values(chunk));
}

/** Of the given refs, those that already exist in this tenant, with their questionnaire. */
export async function findExistingRefs(db: Tx, tenantId: string, refs: string[]) {
  const found: { ref: string; questionnaireId: string }[] = [];
  for (let i = 0; i < refs.length; i += 5000) {
    const chunk = refs.slice(i, i + 5000);
    found.push(
      ...(await db
        .select({ ref: stories.ref, questionnaireId: stories.questionnaireId })
        .from(stories)
        .where(and(eq(stories.tenantId, tenantId), inArray(stories.ref, chunk)))),
    );
  }
  return found;
}

export async function deleteStoriesByRef(db: Tx, tenantId: string, refs: string[]) {
  for (let i = 0; i < refs.length; i += 5000) {
    await db.delete(stories).where(and(eq(stories.tenantId, tenantId), inArray(stories.ref, refs.slice(i, i + 5000))));
  }
}

export interface ExportedStory {
  id: string;
  ref: string;
  collectedAt: Date;
  collection: string;
  language: string;
  prompt: string | null;
  title: string;
  text: string;
  answers: Record<string, AnswerValue>;
}

/** One page of a questionnaire's stories ordered by ref, after the given ref (keyset paging). */
export async function pageStoriesWithAnswers(
  db: Tx,
  tenantId: string,
  questionnaireId: string,
  afterRef: string | null,
  limit: number,
): Promise<ExportedStory[]> {
  const rows = await db
    .select({
      id: stories.id,
      ref: stories.ref,
      collectedAt: stories.collectedAt,
      collection: collections.slug,
      language: stories.language,
      prompt: stories.prompt,
      title: stories.title,
      text: stories.text,
    })
    .from(stories)
    .innerJoin(collections, and(eq(collections.tenantId, stories.tenantId), eq(collections.id, stories.collectionId)))
    .where(
      and(
        eq(stories.tenantId, tenantId),
        eq(stories.questionnaireId, questionnaireId),
        afterRef === null ? undefined : gt(sql`${stories.ref} COLLATE "C"`, afterRef),
      ),
    )
    .orderBy(asc(sql`${stories.ref} COLLATE "C"`))
    .limit(limit);
  if (rows.length === 0) return [];
  const answers = await db
    .select()
    .from(storyAnswers)
    .where(
      and(
        eq(storyAnswers.tenantId, tenantId),
        inArray(
          storyAnswers.storyId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const byStory = new Map<string, Record<string, AnswerValue>>();
  for (const answer of answers) {
    const value = rowToAnswer(answer);
    if (value === undefined) continue;
    let bag = byStory.get(answer.storyId);
    if (!bag) byStory.set(answer.storyId, (bag = {}));
    bag[answer.questionKey] = value;
  }
  return rows.map((r) => ({ ...r, answers: byStory.get(r.id) ?? {} }));
}

export async function countStories(db: Tx, tenantId: string, questionnaireId?: string) {
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(
      questionnaireId
        ? and(eq(stories.tenantId, tenantId), eq(stories.questionnaireId, questionnaireId))
        : eq(stories.tenantId, tenantId),
    );
  return Number(row.n);
}
