// Queries of the collections screens: one collection, the list with story counts, and the global
// public link (collection_links) kept next to the collection's own slug. Rules live in
// services/collections.ts.
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { collectionLinks, collections, questionnaires, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export type CollectionRow = typeof collections.$inferSelect;
export type CollectionValues = Omit<typeof collections.$inferInsert, 'tenantId' | 'id' | 'createdAt'>;

export async function findCollectionById(db: Tx, tenantId: string, id: string): Promise<(CollectionRow & { questionnaireKey: string }) | null> {
  const [row] = await db
    .select({ collection: collections, questionnaireKey: questionnaires.key })
    .from(collections)
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, collections.tenantId), eq(questionnaires.id, collections.questionnaireId)))
    .where(and(eq(collections.tenantId, tenantId), eq(collections.id, id)));
  return row ? { ...row.collection, questionnaireKey: row.questionnaireKey } : null;
}

export async function listCollectionsWithCounts(db: Tx, tenantId: string) {
  const rows = await db
    .select({ collection: collections, questionnaireKey: questionnaires.key, stories: count(stories.id) })
    .from(collections)
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, collections.tenantId), eq(questionnaires.id, collections.questionnaireId)))
    .leftJoin(stories, and(eq(stories.tenantId, collections.tenantId), eq(stories.collectionId, collections.id)))
    .where(eq(collections.tenantId, tenantId))
    .groupBy(collections.tenantId, collections.id, questionnaires.key)
    .orderBy(asc(sql`${collections.slug} COLLATE "C"`));
  return rows.map((r) => ({ ...r.collection, questionnaireKey: r.questionnaireKey, stories: Number(r.stories) }));
}

export async function countCollectionStories(db: Tx, tenantId: string, collectionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.collectionId, collectionId)));
  return Number(row.n);
}

/** Whether a public slug is taken by any municipality, other than by this collection itself. */
export async function slugTaken(db: Tx, slug: string, tenantId: string, exceptCollectionId?: string): Promise<boolean> {
  const [link] = await db
    .select({ tenantId: collectionLinks.tenantId, collectionId: collectionLinks.collectionId })
    .from(collectionLinks)
    .where(eq(collectionLinks.slug, slug));
  if (link && !(link.tenantId === tenantId && link.collectionId === exceptCollectionId)) return true;
  // A collection of this municipality made by a story import may have the slug without a public
  // link yet (collections.slug is unique per municipality).
  const sameSlug = and(eq(collections.tenantId, tenantId), eq(collections.slug, slug));
  const [local] = await db
    .select({ id: collections.id })
    .from(collections)
    .where(exceptCollectionId ? and(sameSlug, ne(collections.id, exceptCollectionId)) : sameSlug)
    .limit(1);
  return Boolean(local);
}

export async function insertCollectionRow(db: Tx, tenantId: string, values: CollectionValues): Promise<string> {
  const [row] = await db
    .insert(collections)
    .values({ ...values, tenantId })
    .returning({ id: collections.id });
  return row.id;
}

export async function updateCollectionRow(db: Tx, tenantId: string, id: string, values: Partial<CollectionValues>) {
  await db
    .update(collections)
    .set(values)
    .where(and(eq(collections.tenantId, tenantId), eq(collections.id, id)));
}

/** Points the global slug at this collection: replaces the collection's earlier link, if any. */
export async function setCollectionLink(db: Tx, tenantId: string, collectionId: string, slug: string) {
  await db.delete(collectionLinks).where(and(eq(collectionLinks.tenantId, tenantId), eq(collectionLinks.collectionId, collectionId)));
  await db.insert(collectionLinks).values({ slug, tenantId, collectionId });
}
