import { desc, eq } from 'drizzle-orm';
import { auditLog } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function recordAudit(
  db: Tx,
  entry: { tenantId: string; actorUserId?: string | null; action: string; subject?: string; detail?: Record<string, unknown> },
) {
  await db.insert(auditLog).values({ ...entry, actorUserId: entry.actorUserId ?? null });
}

export async function listAudit(db: Tx, tenantId: string, limit = 200) {
  return db.select().from(auditLog).where(eq(auditLog.tenantId, tenantId)).orderBy(desc(auditLog.id)).limit(limit);
}
