// Sign-in with e-mail and password (Argon2id), sessions kept in the database so that several app
// servers can serve one user. Only a hash of the cookie token is stored.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { sessions, tenants, type Role } from '../../db/schema/index.ts';
import { findUserByEmail, listMembershipsOfUser, rolesInTenant } from '../../db/repositories/users.repository.ts';
import { countFailedSignIn, deleteSessionsOfUser, resetFailedSignIns, setSessionTenant } from '../../db/repositories/accounts.repository.ts';
import type { Tx } from '../../db/repositories/tenants.repository.ts';
import { passwordMatches } from './password-check.ts';
import { ACCOUNT_LOCK, AddressThrottle, minutesUntil } from './throttle.ts';

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

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type SignInResult =
  | { ok: true; token: string }
  | { ok: false; reason: 'wrong' }
  /** Too many attempts for this account or this address: wait `minutes`. */
  | { ok: false; reason: 'throttled'; minutes: number };

/** Shared by the API and the pages of one process; an address is never stored (see throttle.ts). */
export const addressThrottle = new AddressThrottle();

/**
 * Checks e-mail and password with throttling per account (database) and per client address
 * (memory). A locked account is not even checked, so guessing during a lock learns nothing.
 */
export async function attemptSignIn(
  db: Database,
  input: { email: string; password: string; tenantSlug?: string; address?: string | null },
  throttle: AddressThrottle = addressThrottle,
): Promise<SignInResult> {
  const address = input.address ?? null;
  const addressWait = throttle.blockedFor(address);
  if (addressWait !== null) return { ok: false, reason: 'throttled', minutes: addressWait };
  const user = await findUserByEmail(db, input.email.trim());
  if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    return { ok: false, reason: 'throttled', minutes: minutesUntil(user.lockedUntil) };
  }
  // An unknown address costs the same Argon2 work as a known one: timing tells nothing.
  // The hash stays in the database (SECURITY DEFINER functions of migration 0006).
  const passwordOk = await passwordMatches(db, user?.id ?? null, input.password);
  if (!user || !passwordOk) {
    throttle.recordFailure(address);
    if (user) {
      const state = await countFailedSignIn(db, user.id, ACCOUNT_LOCK.every, ACCOUNT_LOCK.baseMinutes, ACCOUNT_LOCK.maxMinutes);
      if (state?.lockedUntil && state.lockedUntil.getTime() > Date.now()) {
        return { ok: false, reason: 'throttled', minutes: minutesUntil(state.lockedUntil) };
      }
    }
    return { ok: false, reason: 'wrong' };
  }
  const memberships = await listMembershipsOfUser(db, user.id);
  const membership = memberships.find((m) => m.slug === input.tenantSlug) ?? memberships[0];
  if (!membership) return { ok: false, reason: 'wrong' };
  if (user.failedSignIns > 0 || user.lockedUntil) await resetFailedSignIns(db, user.id);
  return { ok: true, token: await createSession(db, user.id, membership.tenantId) };
}

/** Returns the new session's cookie token, or null when e-mail or password is wrong (or throttled). */
export async function signIn(db: Database, email: string, password: string, tenantSlug?: string): Promise<string | null> {
  const result = await attemptSignIn(db, { email, password, tenantSlug });
  return result.ok ? result.token : null;
}

/** A new session in a tenant the user is a member of (password, SSO or a set password). */
export async function createSession(db: Tx, userId: string, tenantId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    tenantId,
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

/** Sign out everywhere: every session of this person ends, on every device. */
export async function signOutEverywhere(db: Tx, userId: string): Promise<number> {
  return deleteSessionsOfUser(db, userId);
}

/** The municipalities this person may switch between, sorted by name. */
export async function tenantsOfUser(db: Database, userId: string): Promise<{ slug: string; name: string; roles: Role[] }[]> {
  const rows = await listMembershipsOfUser(db, userId);
  const bySlug = new Map<string, { slug: string; name: string; roles: Role[] }>();
  for (const row of rows) {
    const entry = bySlug.get(row.slug) ?? { slug: row.slug, name: row.name, roles: [] };
    entry.roles.push(row.role);
    bySlug.set(row.slug, entry);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Moves the session to another municipality of the same person; roles follow on the next request. */
export async function switchTenant(db: Database, token: string, session: Session, tenantSlug: string): Promise<boolean> {
  const membership = (await listMembershipsOfUser(db, session.userId)).find((m) => m.slug === tenantSlug);
  if (!membership) return false;
  await setSessionTenant(db, hashToken(token), membership.tenantId);
  return true;
}
