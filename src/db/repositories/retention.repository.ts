// Stories past their collection's retention period. Queries only; services/retention.ts decides.
import { sql } from 'drizzle-orm';
import type { Tx } from './tenants.repository.ts';

export interface ExpiredCount {
  tenantId: string;
  collectionId: string;
  slug: string;
  questionnaireId: string;
  stories: number;
}

/** Deletes (answers, tags and curations follow by cascade) and returns how many per collection. */
export async function deleteExpiredStories(db: Tx, now: Date, tenantId?: string): Promise<ExpiredCount[]> {
  const result = await db.execute(sql`
    with expired as (
      delete from stories s
      using collections c
      where c.tenant_id = s.tenant_id and c.id = s.collection_id
        and c.retention_days is not null
        ${tenantId ? sql`and s.tenant_id = ${tenantId}` : sql``}
        and s.collected_at < ${now.toISOString()}::timestamptz - make_interval(days => c.retention_days)
      returning s.tenant_id, s.collection_id, s.questionnaire_id
    )
    select e.tenant_id, e.collection_id, c.slug, e.questionnaire_id, count(*)::int as stories
    from expired e join collections c on c.tenant_id = e.tenant_id and c.id = e.collection_id
    group by e.tenant_id, e.collection_id, c.slug, e.questionnaire_id`);
  return (result as unknown as { rows: { tenant_id: string; collection_id: string; slug: string; questionnaire_id: string; stories: number }[] }).rows.map(
    (r) => ({ tenantId: r.tenant_id, collectionId: r.collection_id, slug: r.slug, questionnaireId: r.questionnaire_id, stories: Number(r.stories) }),
  );
}

/** Cached scans of these questionnaires: they were computed with stories that no longer exist. */
export async function dropCachedScans(db: Tx, tenantId: string, questionnaireId: string): Promise<void> {
  await db.execute(sql`delete from pattern_scans where tenant_id = ${tenantId} and questionnaire_id = ${questionnaireId}`);
}
