// Retention per collection (AVG: keep no longer than needed): stories older than their
// collection's retention period are deleted, with their answers, tags and curations, and the
// cached scans that counted them. Logged by count in each municipality's audit log; never by text.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { deleteExpiredStories, dropCachedScans } from '../db/repositories/retention.repository.ts';
import { listCollections } from '../db/repositories/questionnaires.repository.ts';
import type { Database } from '../db/connection.ts';
import type { ServiceContext } from './context.ts';

export interface RetentionRun {
  deleted: number;
  perCollection: { tenantId: string; collection: string; stories: number }[];
}

/**
 * The scheduled job (services/jobs/queue.ts, a pg-boss schedule every six hours) runs over every
 * municipality at once; a beheerder's "apply now" (a job too) passes its own tenant so that it
 * never touches another municipality. Several app servers share the one schedule.
 */
export async function applyRetention(db: Database, now: Date = new Date(), tenantId?: string): Promise<RetentionRun> {
  return db.transaction(async (tx) => {
    const expired = await deleteExpiredStories(tx, now, tenantId);
    const questionnaires = new Set<string>();
    for (const group of expired) {
      await recordAudit(tx, {
        tenantId: group.tenantId,
        actorUserId: null,
        action: 'retention.delete',
        subject: group.slug,
        detail: { stories: group.stories },
      });
      const key = `${group.tenantId}|${group.questionnaireId}`;
      if (!questionnaires.has(key)) {
        questionnaires.add(key);
        await dropCachedScans(tx, group.tenantId, group.questionnaireId);
      }
    }
    return {
      deleted: expired.reduce((sum, g) => sum + g.stories, 0),
      perCollection: expired.map((g) => ({ tenantId: g.tenantId, collection: g.slug, stories: g.stories })),
    };
  });
}

/** The beheerder's view: each collection with its retention period (null = kept until removed). */
export async function retentionOverview(ctx: ServiceContext): Promise<{ slug: string; title: string; retentionDays: number | null }[]> {
  const rows = await listCollections(ctx.db, ctx.tenantId);
  return rows.map((c) => ({ slug: c.slug, title: c.title, retentionDays: c.retentionDays }));
}
