import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { NOT_APPLICABLE, type AnswerValue, type StoryRecord } from '../../domain/questionnaire/types.ts';
import { collections, stories, storyAnswers } from '../schema/index.ts';
import { copyIntoTable, pgliteTransactionOf, type CopyValue } from '../bulk-copy.ts';
import { rowToAnswer } from './answer-rows.ts';
import type { Tx } from './tenants.repository.ts';
import { storySearchMatch } from './story-search.ts';

export type StoryInsert = typeof stories.$inferInsert;
export type AnswerInsert = typeof storyAnswers.$inferInsert;

/**
 * Bulk insert as one JSON parameter expanded by jsonb_to_recordset: a statement per batch
 * instead of one parameter per cell, which is many times faster on PGlite. JSON numbers are
 * written in JavaScript's shortest round-trip form, so float8 receives the exact same double.
 */
export async function insertStories(db: Tx, storyRows: StoryInsert[], answerRows: AnswerInsert[]) {
  // PGlite: COPY from a blob, several times faster than a JSON parameter (db/bulk-copy.ts).
  const pglite = pgliteTransactionOf(db);
  if (pglite) {
    await copyIntoTable(pglite, 'stories', STORY_COPY_COLUMNS, storyRows.map(storyCopyRow));
    await copyIntoTable(pglite, 'story_answers', ANSWER_COPY_COLUMNS, answerRows.map(answerCopyRow));
    return;
  }
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

const STORY_COPY_COLUMNS = [
  'tenant_id',
  'id',
  'ref',
  'questionnaire_id',
  'version_id',
  'collection_id',
  'collected_at',
  'language',
  'prompt',
  'title',
  'text',
  'status',
  'consent_quote',
  'consent',
  'withdrawal_code_hash',
  'submission_id',
] as const;

function storyCopyRow(row: StoryInsert): CopyValue[] {
  return [
    row.tenantId,
    row.id,
    row.ref,
    row.questionnaireId,
    row.versionId,
    row.collectionId,
    row.collectedAt,
    row.language,
    row.prompt,
    row.title,
    row.text,
    row.status ?? 'published',
    row.consentQuote,
    row.consent as CopyValue,
    row.withdrawalCodeHash,
    row.submissionId,
  ];
}

const ANSWER_COPY_COLUMNS = ['tenant_id', 'story_id', 'question_key', 'not_applicable', 'number', 'text', 'options', 'weights', 'points'] as const;

function answerCopyRow(row: AnswerInsert): CopyValue[] {
  return [row.tenantId, row.storyId, row.questionKey, row.notApplicable ?? false, row.number, row.text, row.options, row.weights, row.points];
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

/** A stored story as it leaves the database: the interchange record plus its internal id. */
export type ExportedStory = StoryRecord & { id: string };

/** The columns of a story's interchange record (its collection by slug). */
const STORY_RECORD_COLUMNS = {
  id: stories.id,
  ref: stories.ref,
  collectedAt: stories.collectedAt,
  collection: collections.slug,
  language: stories.language,
  prompt: stories.prompt,
  title: stories.title,
  text: stories.text,
};

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
    .select(STORY_RECORD_COLUMNS)
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
  const byStory = await answersOf(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, answers: byStory.get(r.id) ?? {} }));
}

export async function countStories(db: Tx, tenantId: string, questionnaireId?: string) {
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(questionnaireId ? and(eq(stories.tenantId, tenantId), eq(stories.questionnaireId, questionnaireId)) : eq(stories.tenantId, tenantId));
  return Number(row.n);
}

/** The part of a story selection that SQL does: published stories of a questionnaire, narrowed. */
export interface StorySelection {
  collection: string | null;
  /** Calendar days in Europe/Amsterdam: from inclusive, to exclusive ("2026-01-01"). */
  period: { from: string; to: string } | null;
  /** Dutch full-text search (websearch syntax) over title and text. */
  search: string | null;
}

function selectionWhere(tenantId: string, questionnaireId: string, selection: StorySelection) {
  const local = sql`(${stories.collectedAt} AT TIME ZONE 'Europe/Amsterdam')`;
  return and(
    eq(stories.tenantId, tenantId),
    eq(stories.questionnaireId, questionnaireId),
    eq(stories.status, 'published'),
    selection.collection === null ? undefined : eq(collections.slug, selection.collection),
    selection.period === null ? undefined : and(sql`${local} >= ${selection.period.from}::timestamp`, sql`${local} < ${selection.period.to}::timestamp`),
    selection.search === null ? undefined : storySearchMatch(selection.search),
  );
}

/**
 * Ids and answers of the selected stories, ordered by ref: what the scan and the cell queries
 * work on. Only the answers to the given questions are read (the scan never reads free text).
 *
 * Speed: moving 1.2 million answer rows (100,000 stories) out of PGlite row by row takes ~13 s,
 * as JSON ~6 s; as one delimited text ~2 s (plus the ids, ~4 s in all). Fields are separated by U+001F and rows by
 * U+001E, which cannot occur in ids, question keys, option keys or area codes; each answer is
 * tagged with the column it came from (the precedence of rowToAnswer). float8 → text is
 * PostgreSQL's shortest round-trip form, so every number arrives as the very double stored.
 */
export async function loadSelectedAnswers(
  db: Tx,
  tenantId: string,
  questionnaireId: string,
  selection: StorySelection,
  questionKeys: string[],
): Promise<{ ids: string[]; answers: Record<string, AnswerValue>[] }> {
  const ids = await selectedStoryIds(db, tenantId, questionnaireId, selection);
  return { ids, answers: await loadAnswersOf(db, tenantId, ids, questionKeys) };
}

/** The ids of the selected (published) stories, ordered by ref. */
export async function selectedStoryIds(db: Tx, tenantId: string, questionnaireId: string, selection: StorySelection): Promise<string[]> {
  const where = selectionWhere(tenantId, questionnaireId, selection);
  const [{ list }] = await db
    .select({ list: sql<string | null>`string_agg(${stories.id}::text, ',' ORDER BY ${stories.ref} COLLATE "C")` })
    .from(stories)
    .innerJoin(collections, and(eq(collections.tenantId, stories.tenantId), eq(collections.id, stories.collectionId)))
    .where(where);
  return list ? list.split(',') : [];
}

/** The answers of these stories to these questions, in the order of ids (the slow part at 100,000 stories). */
export async function loadAnswersOf(db: Tx, tenantId: string, ids: string[], questionKeys: string[]): Promise<Record<string, AnswerValue>[]> {
  const byStory = new Map<string, Record<string, AnswerValue>>();
  const keys = `{${questionKeys.map((k) => `"${k.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  // In chunks of ids, so that PGlite's one connection is not held for seconds at a time.
  for (let i = 0; i < ids.length; i += 25_000) {
    const chunk = `{${ids.slice(i, i + 25_000).join(',')}}`;
    const [{ text }] = await db
      .select({
        text: sql<string | null>`string_agg(${storyAnswers.storyId}::text || chr(31) || ${storyAnswers.questionKey} || chr(31) || CASE
          WHEN ${storyAnswers.notApplicable} THEN 'x'
          WHEN ${storyAnswers.number} IS NOT NULL THEN 'n' || ${storyAnswers.number}::text
          WHEN ${storyAnswers.text} IS NOT NULL THEN 't' || ${storyAnswers.text}
          WHEN ${storyAnswers.options} IS NOT NULL THEN 'o' || array_to_json(${storyAnswers.options})::text
          WHEN ${storyAnswers.weights} IS NOT NULL THEN 'w' || array_to_json(${storyAnswers.weights})::text
          WHEN ${storyAnswers.points} IS NOT NULL THEN 'p' || ${storyAnswers.points}::text
          ELSE '' END, chr(30))`,
      })
      .from(storyAnswers)
      .where(
        and(eq(storyAnswers.tenantId, tenantId), sql`${storyAnswers.storyId} = ANY(${chunk}::uuid[])`, sql`${storyAnswers.questionKey} = ANY(${keys}::text[])`),
      );
    for (const line of text ? text.split('\u001e') : []) {
      const [storyId, key, tagged] = line.split('\u001f');
      const value = decodeTagged(tagged);
      if (value === undefined) continue;
      let bag = byStory.get(storyId);
      if (!bag) byStory.set(storyId, (bag = {}));
      bag[key] = value;
    }
  }
  return ids.map((id) => byStory.get(id) ?? {});
}

function decodeTagged(tagged: string): AnswerValue | undefined {
  const body = tagged.slice(1);
  switch (tagged[0]) {
    case 'x':
      return NOT_APPLICABLE;
    case 'n':
      return Number(body);
    case 't':
      return body;
    case 'o':
    case 'w':
    case 'p':
      return JSON.parse(body) as AnswerValue;
    default:
      return undefined;
  }
}

/** Answers of the given stories by story id; only the given questions when questionKeys is set. */
export async function answersOf(db: Tx, tenantId: string, ids: string[], questionKeys?: string[]) {
  const byStory = new Map<string, Record<string, AnswerValue>>();
  if (ids.length === 0 || questionKeys?.length === 0) return byStory;
  const rows = await db
    .select()
    .from(storyAnswers)
    .where(
      and(eq(storyAnswers.tenantId, tenantId), inArray(storyAnswers.storyId, ids), questionKeys ? inArray(storyAnswers.questionKey, questionKeys) : undefined),
    );
  for (const answer of rows) {
    const value = rowToAnswer(answer);
    if (value === undefined) continue;
    let bag = byStory.get(answer.storyId);
    if (!bag) byStory.set(answer.storyId, (bag = {}));
    bag[answer.questionKey] = value;
  }
  return byStory;
}

/** Full stories (texts and answers) by id, in the order of the ids given. */
export async function findStoriesByIds(db: Tx, tenantId: string, ids: string[]): Promise<ExportedStory[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(STORY_RECORD_COLUMNS)
    .from(stories)
    .innerJoin(collections, and(eq(collections.tenantId, stories.tenantId), eq(collections.id, stories.collectionId)))
    .where(and(eq(stories.tenantId, tenantId), inArray(stories.id, ids)));
  const answers = await answersOf(db, tenantId, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, answers: answers.get(id) ?? {} }] : [];
  });
}
