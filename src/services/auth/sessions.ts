// Sign-in with e-mail and password (Argon2id), sessions kept in the database so that several app
// servers can serve one user. Only a hash of the cookie token is stored.
import { createHash, randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { sessions, tenants, type Role } from '../../db/schema/index.ts';
import { findUserByEmail, listMembershipsOfUser, rolesInTenant } from '../../db/repositories/users.repository.ts';

const SESSION_DAYS = 7;
export const SESSION_COOKIE = 'duiding_session';

/** What every request carries (Hono's context variables), shared by the API and the pages. */
export type RequestEnv = { Variables: { session: Session | null; db: Database } };

export interface Session {
  userId: string;
  email: string;
  displayName: string;
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
  tenantFictional: boolean;
  roles: Role[];
  csrfToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Returns the new session's cookie token, or null when e-mail or password is wrong. */
export async function signIn(db: Database, email: string, password: string, tenantSlug?: string): Promise<string | null> {
  const user = await findUserByEmail(db, email.trim());
  if (!user?.passwordHash) return null;
  if (!(await verify(user.passwordHash, password).catch(() => false))) return null;
  const memberships = await listMembershipsOfUser(db, user.id);
  const membership = memberships.find((m) => m.slug === tenantSlug) ?? memberships[0];
  if (!membership) return null;
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: user.id,
    tenantId: membership.tenantId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
  });
  return token;
}

export async function findSession(db: Database, token: string): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ session: sessions, tenant: tenants })
    .from(sessions)
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  const user = await db.query.users.findFirst({ where: (u, { eq: equals }) => equals(u.id, row.session.userId) });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    tenantId: row.tenant.id,
    tenantSlug: row.tenant.slug,
    tenantName: row.tenant.name,
    tenantFictional: row.tenant.fictional,
    roles: await rolesInTenant(db, user.id, row.tenant.id),
    csrfToken: row.session.csrfToken,
  };
}

export async function signOut(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}
