import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AnswerValue } from '../../domain/questionnaire/types.ts';
import { collections, stories, storyAnswers } from '../schema/index.ts';
import { rowToAnswer } from './answer-rows.ts';
import type { Tx } from './tenants.repository.ts';

export type StoryInsert = typeof stories.$inferInsert;
export type AnswerInsert = typeof storyAnswers.$inferInsert;

/**
 * Bulk insert as one JSON parameter expanded by jsonb_to_recordset: a statement per batch
 * instead of one parameter per cell, which is many times faster on PGlite. JSON numbers are
 * written in JavaScript's shortest round-trip form, so float8 receives the exact same double.
 */
export async function insertStories(db: Tx, storyRows: StoryInsert[], answerRows: AnswerInsert[]) {
  if (storyRows.length > 0) {
    await db.execute(sql`
      INSERT INTO stories (tenant_id, id, ref, questionnaire_id, version_id, collection_id, collected_at,
                           language, prompt, title, text, status, consent_quote, consent, withdrawal_code_hash, submission_id)
      SELECT tenant_id, id, ref, questionnaire_id, version_id, collection_id, collected_at,
             language, prompt, title, text, coalesce(status, 'published'), consent_quote, consent, withdrawal_code_hash, submission_id
      FROM jsonb_to_recordset(${JSON.stringify(storyRows.map(storyJson))}::jsonb) AS r(
        tenant_id uuid, id uuid, ref text, questionnaire_id uuid, version_id uuid, collection_id uuid,
        collected_at timestamptz, language text, prompt text, title text, text text, status text,
        consent_quote boolean, consent jsonb, withdrawal_code_hash text, submission_id uuid)`);
  }
  for (let i = 0; i < answerRows.length; i += 20_000) {
    const chunk = answerRows.slice(i, i + 20_000).map(answerJson);
    await db.execute(sql`
      INSERT INTO story_answers (tenant_id, story_id, question_key, not_applicable, number, text, options, weights, points)
      SELECT tenant_id, story_id, question_key, coalesce(not_applicable, false), number, text, options, weights, points
      FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS r(
        tenant_id uuid, story_id uuid, question_key text, not_applicable boolean, number float8,
        text text, options text[], weights float8[], points jsonb)`);
  }
}

function storyJson(row: StoryInsert) {
  return {
    tenant_id: row.tenantId,
    id: row.id,
    ref: row.ref,
    questionnaire_id: row.questionnaireId,
    version_id: row.versionId,
    collection_id: row.collectionId,
    collected_at: row.collectedAt.toISOString(),
    language: row.language,
    prompt: row.prompt ?? null,
    title: row.title,
    text: row.text,
    status: row.status ?? null,
    consent_quote: row.consentQuote ?? null,
    consent: row.consent ?? null,
    withdrawal_code_hash: row.withdrawalCodeHash ?? null,
    submission_id: row.submissionId ?? null,
  };
}

function answerJson(row: AnswerInsert) {
  return {
    tenant_id: row.tenantId,
    story_id: row.storyId,
    question_key: row.questionKey,
    not_applicable: row.notApplicable ?? false,
    number: row.number ?? null,
    text: row.text ?? null,
    options: row.options ?? null,
    weights: row.weights ?? null,
    points: row.points ?? null,
  };
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
  onlyPublished = false,
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
        onlyPublished ? eq(stories.status, 'published') : undefined,
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
