// Codebooks and codings (migration 0013). Queries only; the rules are in domain/coding and
// services/coding.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { codeApplications, codes, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface StoredCode {
  id: string;
  slug: string;
  label: string;
  description: string;
  parentId: string | null;
}

export async function listCodes(db: Tx, tenantId: string, questionnaireId: string): Promise<StoredCode[]> {
  return db
    .select({ id: codes.id, slug: codes.slug, label: codes.label, description: codes.description, parentId: codes.parentId })
    .from(codes)
    .where(and(eq(codes.tenantId, tenantId), eq(codes.questionnaireId, questionnaireId)))
    .orderBy(asc(codes.slug));
}

export async function insertCode(
  db: Tx,
  row: { tenantId: string; questionnaireId: string; slug: string; label: string; description: string; parentId: string | null },
): Promise<void> {
  await db.insert(codes).values(row);
}

export async function updateCode(db: Tx, tenantId: string, id: string, set: { label: string; description: string; parentId: string | null }): Promise<void> {
  await db
    .update(codes)
    .set(set)
    .where(and(eq(codes.tenantId, tenantId), eq(codes.id, id)));
}

/** Removes a code; its codings go with it (foreign key ON DELETE CASCADE). */
export async function deleteCodeRow(db: Tx, tenantId: string, id: string): Promise<void> {
  await db.delete(codes).where(and(eq(codes.tenantId, tenantId), eq(codes.id, id)));
}

/** How many codings (whole stories and passages, all analysts) a code has. */
export async function codingCountOf(db: Tx, tenantId: string, codeId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(codeApplications)
    .where(and(eq(codeApplications.tenantId, tenantId), eq(codeApplications.codeId, codeId)));
  return row?.n ?? 0;
}

export interface CodedStory {
  id: string;
  questionnaireId: string;
  ref: string;
  title: string;
  text: string;
  status: string;
}

/** A story of this municipality by id; a malformed id is simply not found (no cast error). */
export async function findStoryForCoding(db: Tx, tenantId: string, id: string): Promise<CodedStory | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [row] = await db
    .select({ id: stories.id, questionnaireId: stories.questionnaireId, ref: stories.ref, title: stories.title, text: stories.text, status: stories.status })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.id, id)));
  return row ?? null;
}

export interface StoredCoding {
  id: string;
  codeId: string;
  storyId: string;
  analystId: string;
  start: number | null;
  end: number | null;
  createdAt: Date;
}

const codingColumns = {
  id: codeApplications.id,
  codeId: codeApplications.codeId,
  storyId: codeApplications.storyId,
  analystId: codeApplications.analystId,
  start: codeApplications.start,
  end: codeApplications.end,
  createdAt: codeApplications.createdAt,
};

export async function codingsOfStory(db: Tx, tenantId: string, storyId: string): Promise<StoredCoding[]> {
  return db
    .select(codingColumns)
    .from(codeApplications)
    .where(and(eq(codeApplications.tenantId, tenantId), eq(codeApplications.storyId, storyId)))
    .orderBy(asc(codeApplications.start), asc(codeApplications.createdAt));
}

/** Every coding of a questionnaire's codes (any story status): the input of agreement and QDPX. */
export async function codingsOfQuestionnaire(db: Tx, tenantId: string, questionnaireId: string): Promise<StoredCoding[]> {
  return db
    .select(codingColumns)
    .from(codeApplications)
    .innerJoin(codes, and(eq(codes.tenantId, codeApplications.tenantId), eq(codes.id, codeApplications.codeId)))
    .where(and(eq(codeApplications.tenantId, tenantId), eq(codes.questionnaireId, questionnaireId)));
}

/** Story id and code slug of every coding of the questionnaire (whole or passage, by anyone). */
export async function codedStoryPairs(db: Tx, tenantId: string, questionnaireId: string): Promise<{ storyId: string; slug: string }[]> {
  return db
    .selectDistinct({ storyId: codeApplications.storyId, slug: codes.slug })
    .from(codeApplications)
    .innerJoin(codes, and(eq(codes.tenantId, codeApplications.tenantId), eq(codes.id, codeApplications.codeId)))
    .where(and(eq(codeApplications.tenantId, tenantId), eq(codes.questionnaireId, questionnaireId)));
}

export async function insertCodings(
  db: Tx,
  rows: { tenantId: string; codeId: string; storyId: string; analystId: string; start: number | null; end: number | null }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(codeApplications).values(rows.slice(i, i + 500));
}

/** One analyst's codings of one code on one story: the whole-story one (span null) or one passage. */
export async function deleteCodings(
  db: Tx,
  where: { tenantId: string; codeId: string; storyId: string; analystId: string; span: { start: number; end: number } | null | 'all' },
): Promise<number> {
  const { span } = where;
  const result = await db
    .delete(codeApplications)
    .where(
      and(
        eq(codeApplications.tenantId, where.tenantId),
        eq(codeApplications.codeId, where.codeId),
        eq(codeApplications.storyId, where.storyId),
        eq(codeApplications.analystId, where.analystId),
        span === 'all'
          ? undefined
          : span === null
            ? isNull(codeApplications.start)
            : and(eq(codeApplications.start, span.start), eq(codeApplications.end, span.end)),
      ),
    )
    .returning({ id: codeApplications.id });
  return result.length;
}

/** Stories of the questionnaire by ref, for an import that names stories by ref (QDPX). */
async function _storiesByRef(db: Tx, tenantId: string, questionnaireId: string, refs: string[]): Promise<Map<string, CodedStory>> {
  const out = new Map<string, CodedStory>();
  for (let i = 0; i < refs.length; i += 500) {
    const rows = await db
      .select({ id: stories.id, questionnaireId: stories.questionnaireId, ref: stories.ref, title: stories.title, text: stories.text, status: stories.status })
      .from(stories)
      .where(and(eq(stories.tenantId, tenantId), eq(stories.questionnaireId, questionnaireId), inArray(stories.ref, refs.slice(i, i + 500))));
    for (const row of rows) out.set(row.ref, row);
  }
  return out;
}

/** Display names of the analysts who coded, as far as this municipality may see them. */
export async function analystNames(db: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = (
    (await db.execute(
      sql`select id::text as id, display_name as name from users where id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    )) as unknown as { rows: { id: string; name: string }[] }
  ).rows;
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every story of the questionnaire (any status) with its text, in ref order: the sources of a QDPX export. */
export async function storyTextsOfQuestionnaire(db: Tx, tenantId: string, questionnaireId: string): Promise<CodedStory[]> {
  return db
    .select({ id: stories.id, questionnaireId: stories.questionnaireId, ref: stories.ref, title: stories.title, text: stories.text, status: stories.status })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.questionnaireId, questionnaireId)))
    .orderBy(asc(sql`${stories.ref} COLLATE "C"`));
}

/** Inserts codes (parents before children in the list) and returns their ids by slug. */
export async function insertCodesReturning(
  db: Tx,
  rows: { tenantId: string; questionnaireId: string; slug: string; label: string; description: string; parentId: string | null }[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const row of rows) {
    const [inserted] = await db.insert(codes).values(row).returning({ id: codes.id });
    ids.set(row.slug, inserted!.id);
  }
  return ids;
}

export async function setCodeParent(db: Tx, tenantId: string, id: string, parentId: string): Promise<void> {
  await db
    .update(codes)
    .set({ parentId })
    .where(and(eq(codes.tenantId, tenantId), eq(codes.id, id)));
}

/** The key of a questionnaire by id, for pages that start from a story. */
export async function questionnaireKeyOf(db: Tx, tenantId: string, questionnaireId: string): Promise<string | null> {
  const rows = (
    (await db.execute(sql`select key from questionnaires where tenant_id = ${tenantId} and id = ${questionnaireId}::uuid`)) as unknown as {
      rows: { key: string }[];
    }
  ).rows;
  return rows[0]?.key ?? null;
}

/** Number of codes per questionnaire id. */
export async function codeCounts(db: Tx, tenantId: string): Promise<Map<string, number>> {
  const rows = (
    (await db.execute(sql`select questionnaire_id::text as id, count(*)::int as n from codes where tenant_id = ${tenantId} group by 1`)) as unknown as {
      rows: { id: string; n: number }[];
    }
  ).rows;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** An analyst's coding of a story that an import is about to replace, keyed by the story's ref. */
export interface CodingOfReplacedStory {
  ref: string;
  text: string;
  codeId: string;
  analystId: string;
  start: number | null;
  end: number | null;
  createdAt: Date;
}

/** The codings of the stories with these refs, read before a re-import deletes those stories. */
export async function codingsOfRefs(db: Tx, tenantId: string, refs: string[]): Promise<CodingOfReplacedStory[]> {
  const out: CodingOfReplacedStory[] = [];
  for (let i = 0; i < refs.length; i += 5000) {
    out.push(
      ...(await db
        .select({
          ref: stories.ref,
          text: stories.text,
          codeId: codeApplications.codeId,
          analystId: codeApplications.analystId,
          start: codeApplications.start,
          end: codeApplications.end,
          createdAt: codeApplications.createdAt,
        })
        .from(codeApplications)
        .innerJoin(stories, and(eq(stories.tenantId, codeApplications.tenantId), eq(stories.id, codeApplications.storyId)))
        .where(and(eq(codeApplications.tenantId, tenantId), inArray(stories.ref, refs.slice(i, i + 5000))))),
    );
  }
  return out;
}

/**
 * Puts the kept codings on the stories that now carry the same refs, in one statement per 2,000.
 * A passage (a span of the old text) is kept only when the new text is the same; a whole-story
 * coding is kept either way. Returns how many passages were dropped because the text changed.
 */
export async function reapplyCodings(db: Tx, tenantId: string, kept: CodingOfReplacedStory[]): Promise<{ kept: number; passagesDropped: number }> {
  let keptCount = 0;
  let passagesKept = 0;
  for (let i = 0; i < kept.length; i += 2000) {
    const batch = kept.slice(i, i + 2000).map((k) => ({ ...k, createdAt: k.createdAt.toISOString() }));
    const result = await db.execute<{ start_offset: number | null }>(sql`
      insert into code_applications (tenant_id, id, code_id, story_id, analyst_id, start_offset, end_offset, created_at)
      select ${tenantId}::uuid, gen_random_uuid(), k."codeId", s.id, k."analystId", k.start, k."end", k."createdAt"
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
               as k(ref text, text text, "codeId" uuid, "analystId" uuid, start int, "end" int, "createdAt" timestamptz)
        join stories s on s.tenant_id = ${tenantId}::uuid and s.ref = k.ref
        join codes c on c.tenant_id = s.tenant_id and c.id = k."codeId" and c.questionnaire_id = s.questionnaire_id
       where k.start is null or s.text = k.text
      returning start_offset`);
    const rows = (result as unknown as { rows: { start_offset: number | null }[] }).rows;
    keptCount += rows.length;
    passagesKept += rows.filter((r) => r.start_offset !== null).length;
  }
  const passages = kept.filter((k) => k.start !== null).length;
  return { kept: keptCount, passagesDropped: passages - passagesKept };
}
