// Sessions: one row per signed-in browser, found by the hash of its cookie token (never the token).
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../connection.ts';
import { sessions, tenants } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function insertSession(db: Tx, row: { tokenHash: string; userId: string; tenantId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The session with this token hash that has not expired, with its municipality. */
export async function findLiveSession(db: Database, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, tenant: tenants })
    .from(sessions)
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}

/** Who a session belongs to. Never password_hash (docs/security.md "Passwords"), not even on the owner's connection. */
export async function findSessionUser(db: Database, userId: string) {
  return db.query.users.findFirst({
    columns: { id: true, email: true, displayName: true, homeTenantId: true },
    where: (u, { eq: equals }) => equals(u.id, userId),
  });
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
