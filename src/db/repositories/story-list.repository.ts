// The story list with filters (/verhalen): the ids of the stories passing the SQL part of a filter
// (questionnaire, status, consent, collection, period, search), newest or best match first, and
// the rows of one page with a snippet (search terms marked with ⟦ ⟧ by ts_headline).
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { collections, questionnaires, stories } from '../schema/index.ts';
import { storySearchMatch, storySearchRank } from './story-search.ts';
import type { Tx } from './tenants.repository.ts';

export interface StoryListWhere {
  questionnaireId: string | null;
  status: string | null;
  /** true, false, or null = not asked; undefined = any. */
  consent?: boolean | null;
  collection: string | null;
  /** Calendar days in Europe/Amsterdam, from inclusive, to exclusive. */
  period: { from: string; to: string } | null;
  search: string | null;
}

function whereOf(tenantId: string, w: StoryListWhere): SQL | undefined {
  const local = sql`(${stories.collectedAt} AT TIME ZONE 'Europe/Amsterdam')`;
  return and(
    eq(stories.tenantId, tenantId),
    w.questionnaireId === null ? undefined : eq(stories.questionnaireId, w.questionnaireId),
    w.status === null ? undefined : sql`${stories.status} = ${w.status}`,
    w.consent === undefined ? undefined : w.consent === null ? isNull(stories.consentQuote) : eq(stories.consentQuote, w.consent),
    w.collection === null ? undefined : eq(collections.slug, w.collection),
    w.period === null ? undefined : and(sql`${local} >= ${w.period.from}::timestamp`, sql`${local} < ${w.period.to}::timestamp`),
    w.search === null ? undefined : storySearchMatch(w.search),
  );
}

/** Every id passing the filter, newest first (best match first when searching). */
export async function storyListIds(db: Tx, tenantId: string, w: StoryListWhere): Promise<string[]> {
  const order = w.search ? [desc(storySearchRank(w.search)), desc(stories.collectedAt), asc(stories.id)] : [desc(stories.collectedAt), asc(stories.id)];
  const rows = await db
    .select({ id: stories.id })
    .from(stories)
    .innerJoin(collections, and(eq(collections.tenantId, stories.tenantId), eq(collections.id, stories.collectionId)))
    .where(whereOf(tenantId, w))
    .orderBy(...order);
  return rows.map((r) => r.id);
}

export interface StoryListRow {
  id: string;
  ref: string;
  title: string;
  text: string;
  collectedAt: Date;
  questionnaire: string;
  collection: string;
  consentQuote: boolean | null;
  status: 'published' | 'pending' | 'rejected';
  /** The start of the text, or with a search the fragments around the matches, terms in ⟦ ⟧. */
  snippet: string;
}

export const MARK_START = '⟦';
export const MARK_END = '⟧';

/** The rows of these ids, in their order. */
export async function storyListRows(db: Tx, tenantId: string, ids: string[], search: string | null): Promise<StoryListRow[]> {
  if (ids.length === 0) return [];
  const config = sql`duiding_text_search_config(${stories.language})`;
  const snippet = search
    ? sql<string>`ts_headline(${config}, ${stories.title} || ' — ' || ${stories.text}, websearch_to_tsquery(${config}, ${search}), ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`
    : sql<string>`left(${stories.text}, 240)`;
  const rows = await db
    .select({
      id: stories.id,
      ref: stories.ref,
      title: stories.title,
      text: stories.text,
      collectedAt: stories.collectedAt,
      questionnaire: questionnaires.key,
      collection: collections.title,
      consentQuote: stories.consentQuote,
      status: stories.status,
      snippet,
    })
    .from(stories)
    .innerJoin(collections, and(eq(collections.tenantId, stories.tenantId), eq(collections.id, stories.collectionId)))
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, stories.tenantId), eq(questionnaires.id, stories.questionnaireId)))
    // One array parameter: PGlite binds hundreds of separate parameters slowly.
    .where(and(eq(stories.tenantId, tenantId), sql`${stories.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is StoryListRow => r !== undefined);
}
