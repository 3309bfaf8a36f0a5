import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { AuditAction } from '../../domain/audit-actions.ts';
import { auditLog, users } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function recordAudit(
  db: Tx,
  entry: { tenantId: string; actorUserId?: string | null; action: AuditAction; subject?: string; detail?: Record<string, unknown> },
) {
  await db.insert(auditLog).values({ ...entry, actorUserId: entry.actorUserId ?? null });
}

export async function listAudit(db: Tx, tenantId: string, limit = 200) {
  return db.select().from(auditLog).where(eq(auditLog.tenantId, tenantId)).orderBy(desc(auditLog.id)).limit(limit);
}

/** Newest first, with the actor's e-mail; `before` pages by id. */
export async function pageAudit(db: Tx, tenantId: string, options: { action?: string; before?: number; limit: number }) {
  const where: SQL[] = [eq(auditLog.tenantId, tenantId)];
  if (options.action) where.push(eq(auditLog.action, options.action));
  if (options.before !== undefined) where.push(lt(auditLog.id, options.before));
  return db
    .select({ entry: auditLog, actor: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}

export async function auditActions(db: Tx, tenantId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).where(eq(auditLog.tenantId, tenantId)).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
