// Collections of a municipality with their questionnaire and channel (for per-channel counts).
import { asc, eq, sql } from 'drizzle-orm';
import { collections } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function collectionsOfTenant(db: Tx, tenantId: string) {
  const rows = await db
    .select({
      id: sql<string>`${collections.id}::text`,
      slug: collections.slug,
      title: collections.title,
      mode: collections.mode,
      questionnaireId: sql<string>`${collections.questionnaireId}::text`,
    })
    .from(collections)
    .where(eq(collections.tenantId, tenantId))
    .orderBy(asc(sql`${collections.slug} COLLATE "C"`));
  return rows.map((r) => ({ ...r, mode: r.mode as string }));
}
