// The network's published reports (migration 0019). Run in the asking member's scope: row-level
// security shows them only to active members. Queries only; a report is never changed.
import { and, desc, eq } from 'drizzle-orm';
import { networkReports } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export type NetworkReportRow = typeof networkReports.$inferSelect;

export async function insertReport(db: Tx, values: typeof networkReports.$inferInsert): Promise<{ id: string; publishedAt: Date }> {
  const [row] = await db.insert(networkReports).values(values).returning({ id: networkReports.id, publishedAt: networkReports.publishedAt });
  return row!;
}

/** The list: newest first, without the documents. */
export async function listReports(db: Tx, networkId: string) {
  return db
    .select({
      id: networkReports.id,
      title: networkReports.title,
      periodFrom: networkReports.periodFrom,
      periodTo: networkReports.periodTo,
      publishedAt: networkReports.publishedAt,
    })
    .from(networkReports)
    .where(eq(networkReports.networkId, networkId))
    .orderBy(desc(networkReports.publishedAt), desc(networkReports.id));
}

export async function findReport(db: Tx, networkId: string, id: string): Promise<NetworkReportRow | null> {
  const [row] = await db
    .select()
    .from(networkReports)
    .where(and(eq(networkReports.networkId, networkId), eq(networkReports.id, id)));
  return row ?? null;
}
