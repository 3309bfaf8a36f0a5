// Queries of the council reports (services/reports.ts): stored drafts and published snapshots,
// and the withdrawal count a reopened snapshot shows. Queries only, no rules.
import { and, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { curatedStories, opgaven, reports, storyWithdrawals } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export type ReportRow = typeof reports.$inferSelect;

/** Everything except the (large) html and pdf. */
const listColumns = {
  id: reports.id,
  opgaveId: reports.opgaveId,
  opgaveKey: opgaven.key,
  opgaveTitle: opgaven.title,
  period: reports.period,
  title: reports.title,
  status: reports.status,
  summary: reports.summary,
  createdAt: reports.createdAt,
  createdBy: reports.createdBy,
  publishedAt: reports.publishedAt,
  publishedBy: reports.publishedBy,
  pdfBytes: sql<number>`coalesce(octet_length(${reports.pdf}), 0)::int`,
};

export async function insertReport(db: Tx, values: typeof reports.$inferInsert): Promise<string> {
  const [row] = await db.insert(reports).values(values).returning({ id: reports.id });
  return row.id;
}

export async function listReports(db: Tx, tenantId: string, opgaveId?: string) {
  return db
    .select(listColumns)
    .from(reports)
    .innerJoin(opgaven, and(eq(opgaven.tenantId, reports.tenantId), eq(opgaven.id, reports.opgaveId)))
    .where(and(eq(reports.tenantId, tenantId), opgaveId ? eq(reports.opgaveId, opgaveId) : undefined))
    .orderBy(opgaven.key, desc(reports.createdAt));
}

export async function findReportListItem(db: Tx, tenantId: string, id: string) {
  const [row] = await db
    .select(listColumns)
    .from(reports)
    .innerJoin(opgaven, and(eq(opgaven.tenantId, reports.tenantId), eq(opgaven.id, reports.opgaveId)))
    .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id)));
  return row ?? null;
}

export async function findReport(db: Tx, tenantId: string, id: string): Promise<(ReportRow & { opgaveKey: string }) | null> {
  const [row] = await db
    .select({ report: reports, opgaveKey: opgaven.key })
    .from(reports)
    .innerJoin(opgaven, and(eq(opgaven.tenantId, reports.tenantId), eq(opgaven.id, reports.opgaveId)))
    .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id)));
  return row ? { ...row.report, opgaveKey: row.opgaveKey } : null;
}

/** Only a draft can change: the status condition makes a published snapshot untouchable. */
export async function updateDraft(db: Tx, tenantId: string, id: string, values: Pick<ReportRow, 'title' | 'html' | 'pdf' | 'summary'>): Promise<boolean> {
  const rows = await db
    .update(reports)
    .set(values)
    .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id), eq(reports.status, 'draft')))
    .returning({ id: reports.id });
  return rows.length > 0;
}

/** Drafts of the same opgave and period: a new draft replaces them. */
export async function deleteDrafts(db: Tx, tenantId: string, opgaveId: string, period: string) {
  await db.delete(reports).where(and(eq(reports.tenantId, tenantId), eq(reports.opgaveId, opgaveId), eq(reports.period, period), eq(reports.status, 'draft')));
}

export async function markPublished(db: Tx, tenantId: string, id: string, userId: string | null): Promise<boolean> {
  const rows = await db
    .update(reports)
    .set({ status: 'published', publishedAt: sql`now()`, publishedBy: userId })
    .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id), eq(reports.status, 'draft')))
    .returning({ id: reports.id });
  return rows.length > 0;
}

/**
 * Stories withdrawn after `since` from these questionnaires (withdrawals without a questionnaire
 * count too: they may have been among them). An empty list counts every withdrawal of the tenant.
 */
export async function countWithdrawalsSince(db: Tx, tenantId: string, since: Date, questionnaireIds: string[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(storyWithdrawals)
    .where(
      and(
        eq(storyWithdrawals.tenantId, tenantId),
        gt(storyWithdrawals.withdrawnAt, since),
        questionnaireIds.length ? or(isNull(storyWithdrawals.questionnaireId), inArray(storyWithdrawals.questionnaireId, questionnaireIds)) : undefined,
      ),
    );
  return row.n;
}

/** How many of these curations still exist (a withdrawn story takes its curations with it). */
export async function countExistingCurations(db: Tx, tenantId: string, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(curatedStories)
    .where(and(eq(curatedStories.tenantId, tenantId), inArray(curatedStories.id, ids)));
  return row.n;
}
