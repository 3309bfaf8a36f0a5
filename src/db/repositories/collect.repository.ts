// Queries for collecting stories through public links: slug lookup, idempotent insert,
// withdrawal by code hash, and the moderation queue. Rules live in services/collect/.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import {
  areas,
  collectionLinks,
  collections,
  patternScans,
  questionnaireVersions,
  stories,
  type storyAnswers,
  storyWithdrawals,
  tenants,
} from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface LinkedCollectionRow {
  tenantId: string;
  tenantName: string;
  fictional: boolean;
  collectionId: string;
  slug: string;
  title: string;
  mode: 'self' | 'interview' | 'signal' | 'import';
  languages: string[];
  intro: unknown;
  retentionDays: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  questionnaireId: string;
  versionId: string;
  definition: Questionnaire;
  frozen: boolean;
}

/** The collection behind a global slug, with its questionnaire's latest version; one query. */
export async function findLinkedCollection(db: Tx, slug: string): Promise<LinkedCollectionRow | null> {
  const [row] = await db
    .select({
      tenantId: collectionLinks.tenantId,
      tenantName: tenants.name,
      fictional: tenants.fictional,
      collectionId: collections.id,
      slug: collectionLinks.slug,
      title: collections.title,
      mode: collections.mode,
      languages: collections.languages,
      intro: collections.intro,
      retentionDays: collections.retentionDays,
      opensAt: collections.opensAt,
      closesAt: collections.closesAt,
      questionnaireId: collections.questionnaireId,
      versionId: questionnaireVersions.id,
      definition: questionnaireVersions.definition,
      frozenAt: questionnaireVersions.frozenAt,
    })
    .from(collectionLinks)
    .innerJoin(tenants, eq(tenants.id, collectionLinks.tenantId))
    .innerJoin(collections, and(eq(collections.tenantId, collectionLinks.tenantId), eq(collections.id, collectionLinks.collectionId)))
    .innerJoin(
      questionnaireVersions,
      and(eq(questionnaireVersions.tenantId, collections.tenantId), eq(questionnaireVersions.questionnaireId, collections.questionnaireId)),
    )
    .where(eq(collectionLinks.slug, slug))
    .orderBy(desc(questionnaireVersions.version))
    .limit(1);
  if (!row) return null;
  const { frozenAt, ...rest } = row;
  return { ...rest, frozen: frozenAt !== null };
}

/** Codes of the tenant's register of areas at one level (for area questions without a list). */
export async function areaCodesAtLevel(db: Tx, tenantId: string, level: string): Promise<string[]> {
  const rows = await db
    .select({ code: areas.code })
    .from(areas)
    .where(and(eq(areas.tenantId, tenantId), eq(areas.level, level as 'wijk')));
  return rows.map((r) => r.code);
}

/** A story stored earlier under this client-made submission id. */
export async function findBySubmission(db: Tx, tenantId: string, submissionId: string) {
  const [row] = await db
    .select({ id: stories.id, withdrawalCodeHash: stories.withdrawalCodeHash, collectionId: stories.collectionId })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.submissionId, submissionId)));
  return row ?? null;
}

/** The tenant's settings document (jsonb). */
export async function tenantSettings(db: Tx, tenantId: string): Promise<Record<string, unknown>> {
  const [row] = await db.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId));
  return (row?.settings as Record<string, unknown> | undefined) ?? {};
}

/** Sets one settings key only when it is absent: concurrent first uses agree on one value. */
export async function setTenantSettingOnce(db: Tx, tenantId: string, key: string, value: string) {
  await db.execute(sql`
    UPDATE tenants SET settings = settings || jsonb_build_object(${key}::text, ${value}::text)
    WHERE id = ${tenantId} AND NOT (settings ? ${key})`);
}

/** The story a withdrawal code belongs to, in any municipality (codes are global, like slugs). */
export async function findByWithdrawalHash(db: Tx, hash: string) {
  const [row] = await db
    .select({
      tenantId: stories.tenantId,
      id: stories.id,
      questionnaireId: stories.questionnaireId,
      collectionId: stories.collectionId,
    })
    .from(stories)
    .where(eq(stories.withdrawalCodeHash, hash))
    .limit(1);
  return row ?? null;
}

/** Deletes a story; its answers, tags and curations go with it (foreign keys cascade). */
export async function deleteStory(db: Tx, tenantId: string, storyId: string): Promise<boolean> {
  const rows = await db
    .delete(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.id, storyId)))
    .returning({ id: stories.id });
  return rows.length > 0;
}

export async function recordWithdrawal(db: Tx, values: { tenantId: string; questionnaireId: string; collectionId: string }) {
  await db.insert(storyWithdrawals).values(values);
}

export type SubmittedStory = typeof stories.$inferInsert & { id: string };
export type SubmittedAnswer = typeof storyAnswers.$inferInsert;

/**
 * Inserts a story and its answers in ONE statement (data-modifying CTEs: atomic without an
 * explicit transaction, one round trip), unless the submission id is already stored (a retry
 * racing the first attempt) or the collection is not open at collectedAt. True when stored.
 */
export async function insertStoryWithAnswers(db: Tx, row: SubmittedStory, answers: SubmittedAnswer[]): Promise<boolean> {
  const answerJson = JSON.stringify(
    answers.map((a) => ({
      question_key: a.questionKey,
      not_applicable: a.notApplicable ?? false,
      number: a.number ?? null,
      text: a.text ?? null,
      options: a.options ?? null,
      weights: a.weights ?? null,
      points: a.points ?? null,
    })),
  );
  const at = row.collectedAt.toISOString();
  const result = await db.execute(sql`
    WITH s AS (
      INSERT INTO stories (tenant_id, id, ref, questionnaire_id, version_id, collection_id, collected_at, language, prompt,
                           title, text, status, consent_quote, share_consent, consent, withdrawal_code_hash, submission_id)
      SELECT ${row.tenantId}, ${row.id}, ${row.ref}, ${row.questionnaireId}, ${row.versionId}, ${row.collectionId},
             ${at}::timestamptz, ${row.language}, ${row.prompt ?? null}, ${row.title}, ${row.text},
             ${row.status ?? 'pending'}, ${row.consentQuote ?? null}, ${row.shareConsent ?? false}, ${JSON.stringify(row.consent ?? null)}::jsonb,
             ${row.withdrawalCodeHash ?? null}, ${row.submissionId ?? null}
      -- The collection must still be open at this moment (the caller may have read it from a cache).
      WHERE EXISTS (SELECT 1 FROM collections c WHERE c.tenant_id = ${row.tenantId} AND c.id = ${row.collectionId}
                    AND (c.opens_at IS NULL OR c.opens_at <= ${at}::timestamptz)
                    AND (c.closes_at IS NULL OR c.closes_at > ${at}::timestamptz))
      ON CONFLICT (tenant_id, submission_id) DO NOTHING
      RETURNING tenant_id, id
    ), a AS (
      INSERT INTO story_answers (tenant_id, story_id, question_key, not_applicable, number, text, options, weights, points)
      SELECT s.tenant_id, s.id, r.question_key, r.not_applicable, r.number, r.text, r.options, r.weights, r.points
      FROM s, jsonb_to_recordset(${answerJson}::jsonb) AS r(
        question_key text, not_applicable boolean, number float8, text text, options text[], weights float8[], points jsonb)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM s)::int AS stored, (SELECT count(*) FROM a)::int AS answers`);
  const first = (result as unknown as { rows: { stored: number }[] }).rows[0];
  return Number(first.stored) === 1;
}

/** A public link for a collection (slugs are global: the primary key refuses a taken one). */
export async function insertCollectionLink(db: Tx, values: { slug: string; tenantId: string; collectionId: string }) {
  await db.insert(collectionLinks).values(values);
}

/** Cached pattern scans of a questionnaire: dropped when a story is withdrawn. */
export async function dropCachedScans(db: Tx, tenantId: string, questionnaireId: string) {
  await db.delete(patternScans).where(and(eq(patternScans.tenantId, tenantId), eq(patternScans.questionnaireId, questionnaireId)));
}
