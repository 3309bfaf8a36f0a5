// Stories released to a network (migration 0020). Run in the asking member's scope: row-level
// security shows the releases only to active members and lets a member write only its own.
// Queries only; the rules (consent, status, redaction) are services/network-share's.
import { and, desc, eq, sql } from 'drizzle-orm';
import { networkStoryReleases, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

/** What a release needs to know of the member's own story (its own scope). */
export async function findStoryForRelease(db: Tx, tenantId: string, storyId: string) {
  const [row] = await db
    .select({
      id: stories.id,
      title: stories.title,
      text: stories.text,
      status: stories.status,
      shareConsent: stories.shareConsent,
      collectedAt: stories.collectedAt,
    })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), eq(stories.id, storyId)));
  return row ?? null;
}

/** Inserts the release; false when this story is already released to this network. */
export async function insertRelease(db: Tx, values: typeof networkStoryReleases.$inferInsert): Promise<boolean> {
  const rows = await db.insert(networkStoryReleases).values(values).onConflictDoNothing().returning({ id: networkStoryReleases.id });
  return rows.length > 0;
}

export async function deleteRelease(db: Tx, tenantId: string, networkId: string, storyId: string): Promise<boolean> {
  const rows = await db
    .delete(networkStoryReleases)
    .where(and(eq(networkStoryReleases.tenantId, tenantId), eq(networkStoryReleases.networkId, networkId), eq(networkStoryReleases.storyId, storyId)))
    .returning({ id: networkStoryReleases.id });
  return rows.length > 0;
}

/** The networks (ids) this member released one story to. */
export async function releasesOfStory(db: Tx, tenantId: string, storyId: string): Promise<string[]> {
  const rows = await db
    .select({ networkId: networkStoryReleases.networkId })
    .from(networkStoryReleases)
    .where(and(eq(networkStoryReleases.tenantId, tenantId), eq(networkStoryReleases.storyId, storyId)));
  return rows.map((r) => r.networkId);
}

const releaseColumns = {
  id: networkStoryReleases.id,
  memberTenantId: networkStoryReleases.tenantId,
  storyId: networkStoryReleases.storyId,
  title: networkStoryReleases.title,
  text: networkStoryReleases.text,
  period: networkStoryReleases.period,
  releasedAt: networkStoryReleases.releasedAt,
};

/** A network's released stories, newest first, or by Dutch full-text rank for a query. */
export async function searchReleases(db: Tx, networkId: string, query: string | null) {
  const where = eq(networkStoryReleases.networkId, networkId);
  if (!query) return db.select(releaseColumns).from(networkStoryReleases).where(where).orderBy(desc(networkStoryReleases.releasedAt));
  const q = sql`websearch_to_tsquery('dutch', ${query})`;
  return db
    .select(releaseColumns)
    .from(networkStoryReleases)
    .where(and(where, sql`${networkStoryReleases.search} @@ ${q}`))
    .orderBy(sql`ts_rank(${networkStoryReleases.search}, ${q}) desc`, desc(networkStoryReleases.releasedAt));
}
