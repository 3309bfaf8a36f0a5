// Quality reviews, their cases and actions, and the network library (migration 0018). Run in the
// asking member's scope: row-level security shows them only to active members. Queries only.
import { and, desc, eq, sql } from 'drizzle-orm';
import { type LibraryKind, networkLibrary, networkReviewActions, networkReviewCases, networkReviews } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function insertReview(db: Tx, values: typeof networkReviews.$inferInsert) {
  const [row] = await db.insert(networkReviews).values(values).returning({ id: networkReviews.id });
  return row!.id;
}

export async function findReview(db: Tx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(networkReviews)
    .where(and(eq(networkReviews.networkId, networkId), eq(networkReviews.id, id)));
  return row ?? null;
}

export async function updateReviewRecord(
  db: Tx,
  networkId: string,
  id: string,
  values: { record: string; seen: string; interpretations: string; participants?: { role: string; name: string }[] },
) {
  await db
    .update(networkReviews)
    .set(values)
    .where(and(eq(networkReviews.networkId, networkId), eq(networkReviews.id, id)));
}

export async function insertCase(db: Tx, values: typeof networkReviewCases.$inferInsert) {
  const [row] = await db.insert(networkReviewCases).values(values).returning({ id: networkReviewCases.id });
  return row!.id;
}

export async function casesOf(db: Tx, networkId: string, reviewId: string) {
  return db
    .select()
    .from(networkReviewCases)
    .where(and(eq(networkReviewCases.networkId, networkId), eq(networkReviewCases.reviewId, reviewId)))
    .orderBy(networkReviewCases.createdAt);
}

export async function insertReviewAction(db: Tx, values: typeof networkReviewActions.$inferInsert) {
  const [row] = await db.insert(networkReviewActions).values(values).returning({ id: networkReviewActions.id });
  return row!.id;
}

export async function actionsOf(db: Tx, networkId: string, reviewId: string) {
  return db
    .select()
    .from(networkReviewActions)
    .where(and(eq(networkReviewActions.networkId, networkId), eq(networkReviewActions.reviewId, reviewId)))
    .orderBy(networkReviewActions.createdAt);
}

export async function insertLibraryEntry(db: Tx, values: typeof networkLibrary.$inferInsert) {
  const [row] = await db.insert(networkLibrary).values(values).returning({ id: networkLibrary.id });
  return row!.id;
}

const libraryColumns = {
  id: networkLibrary.id,
  kind: networkLibrary.kind,
  title: networkLibrary.title,
  body: networkLibrary.body,
  memberTenantId: networkLibrary.memberTenantId,
  period: networkLibrary.period,
  evidence: networkLibrary.evidence,
  createdAt: networkLibrary.createdAt,
};

/** The library, newest first; with a query, the entries matching it in Dutch (stemmed), best first. */
export async function searchLibrary(db: Tx, networkId: string, query: string | null, kind: LibraryKind | null) {
  const where = and(eq(networkLibrary.networkId, networkId), kind ? eq(networkLibrary.kind, kind) : undefined);
  if (!query) return db.select(libraryColumns).from(networkLibrary).where(where).orderBy(desc(networkLibrary.createdAt));
  const q = sql`websearch_to_tsquery('dutch', ${query})`;
  return db
    .select(libraryColumns)
    .from(networkLibrary)
    .where(and(where, sql`${networkLibrary.search} @@ ${q}`))
    .orderBy(sql`ts_rank(${networkLibrary.search}, ${q}) desc`, desc(networkLibrary.createdAt));
}

/** The network's reviews, newest date first (undated last), with how many cases and actions each has. */
export async function listReviews(db: Tx, networkId: string) {
  return db
    .select({
      id: networkReviews.id,
      title: networkReviews.title,
      heldOn: networkReviews.heldOn,
      createdAt: networkReviews.createdAt,
      cases: sql<number>`(select count(*)::int from ${networkReviewCases} c where c.network_id = ${networkReviews.networkId} and c.review_id = ${networkReviews.id})`,
      actions: sql<number>`(select count(*)::int from ${networkReviewActions} a where a.network_id = ${networkReviews.networkId} and a.review_id = ${networkReviews.id})`,
    })
    .from(networkReviews)
    .where(eq(networkReviews.networkId, networkId))
    .orderBy(sql`${networkReviews.heldOn} desc nulls last`, desc(networkReviews.createdAt));
}

export async function findReviewAction(db: Tx, networkId: string, reviewId: string, id: string) {
  const [row] = await db
    .select({ id: networkReviewActions.id })
    .from(networkReviewActions)
    .where(and(eq(networkReviewActions.networkId, networkId), eq(networkReviewActions.reviewId, reviewId), eq(networkReviewActions.id, id)));
  return row ?? null;
}

export async function updateReviewAction(db: Tx, networkId: string, id: string, values: { status: string; followUp: string }) {
  await db
    .update(networkReviewActions)
    .set(values)
    .where(and(eq(networkReviewActions.networkId, networkId), eq(networkReviewActions.id, id)));
}
