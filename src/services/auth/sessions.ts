// Sign-in with e-mail and password (Argon2id), sessions kept in the database so that several app
// servers can serve one user. Only a hash of the cookie token is stored.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { sessions, tenants, type Role } from '../../db/schema/index.ts';
import { listLocalAccountsByEmail, listMembershipsOfUser, rolesInTenant } from '../../db/repositories/users.repository.ts';
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
  | { ok: false; reason: 'throttled'; minutes: number }
  /**
   * The password is right for this e-mail's accounts in several municipalities (only those are
   * listed): the person picks one and signs in again with `tenantSlug`.
   */
  | { ok: false; reason: 'choose'; tenants: { slug: string; name: string }[] };

/** Shared by the API and the pages of one process; an address is never stored (see throttle.ts). */
export const addressThrottle = new AddressThrottle();

const isLocked = (user: { lockedUntil: Date | null }) => Boolean(user.lockedUntil && user.lockedUntil.getTime() > Date.now());
const shortestWait = (users: { lockedUntil: Date | null }[]) => Math.min(...users.map((u) => minutesUntil(u.lockedUntil!)));

/**
 * Checks e-mail and password with throttling per account (database) and per client address
 * (memory). A local account belongs to one municipality, and one e-mail may have an account in
 * several: the password is checked against each of them (in parallel, so the time hardly tells
 * how many there are) and only an account whose password matched can be entered. A locked
 * account is not even checked, so guessing during a lock learns nothing.
 */
export async function attemptSignIn(
  db: Database,
  input: { email: string; password: string; tenantSlug?: string; address?: string | null },
  throttle: AddressThrottle = addressThrottle,
): Promise<SignInResult> {
  const address = input.address ?? null;
  const addressWait = throttle.blockedFor(address);
  if (addressWait !== null) return { ok: false, reason: 'throttled', minutes: addressWait };
  const accounts = (await listLocalAccountsByEmail(db, input.email)).filter((a) => !input.tenantSlug || a.slug === input.tenantSlug);
  const open = accounts.filter((a) => !isLocked(a.user));
  if (accounts.length > 0 && open.length === 0) return { ok: false, reason: 'throttled', minutes: shortestWait(accounts.map((a) => a.user)) };
  // No account, or one without a password yet: the same Argon2 work, so timing tells nothing.
  // The hashes stay in the database (SECURITY DEFINER functions of migration 0006): each
  // account's own Argon2 parameters and salt come out, the database compares.
  const checks = await Promise.all((open.length ? open : [null]).map((a) => passwordMatches(db, a?.user.id ?? null, input.password)));
  const matched = open.filter((_, i) => checks[i]);
  if (matched.length === 0) {
    throttle.recordFailure(address);
    const after = await Promise.all(open.map((a) => countFailedSignIn(db, a.user.id, ACCOUNT_LOCK.every, ACCOUNT_LOCK.baseMinutes, ACCOUNT_LOCK.maxMinutes)));
    const states = [...accounts.filter((a) => isLocked(a.user)).map((a) => a.user), ...after.filter((s) => s !== undefined)];
    if (states.length > 0 && states.every(isLocked)) return { ok: false, reason: 'throttled', minutes: shortestWait(states) };
    return { ok: false, reason: 'wrong' };
  }
  for (const a of matched) if (a.user.failedSignIns > 0 || a.user.lockedUntil) await resetFailedSignIns(db, a.user.id);
  // An account whose roles were all removed cannot enter (a right password changes nothing).
  const usable = [];
  for (const a of matched) if ((await rolesInTenant(db, a.user.id, a.tenantId)).length > 0) usable.push(a);
  if (usable.length === 0) return { ok: false, reason: 'wrong' };
  if (usable.length > 1) {
    const tenants = usable.map((a) => ({ slug: a.slug, name: a.name })).sort((x, y) => x.name.localeCompare(y.name, 'nl'));
    return { ok: false, reason: 'choose', tenants };
  }
  return { ok: true, token: await createSession(db, usable[0].user.id, usable[0].tenantId) };
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
  // Never password_hash (docs/security.md "Passwords"), not even on the owner's connection.
  const user = await db.query.users.findFirst({
    columns: { id: true, email: true, displayName: true, homeTenantId: true },
    where: (u, { eq: equals }) => equals(u.id, row.session.userId),
  });
  // A local account works only in its own municipality, whatever a session row says.
  if (!user || (user.homeTenantId && user.homeTenantId !== row.tenant.id)) return null;
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

/**
 * The municipalities this person may switch between, sorted by name. Only a single sign-on
 * account (no home, no password) can have more than one: a local account's roles are all in its
 * own municipality (enforced by the database, migration 0005).
 */
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
