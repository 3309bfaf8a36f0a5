// Sign-in with e-mail and password (Argon2id), sessions kept in the database so that several app
// servers can serve one user. Only a hash of the cookie token is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/connection.ts';
import type { Role } from '../../db/schema/index.ts';
import { deleteSession, findLiveSession, findSessionUser, insertSession } from '../../db/repositories/sessions.repository.ts';
import { listLocalAccountsByEmail, listMembershipsOfUser, rolesInTenant } from '../../db/repositories/users.repository.ts';
import { deleteSessionsOfUser, setSessionTenant } from '../../db/repositories/accounts.repository.ts';
import type { Tx } from '../../db/repositories/tenants.repository.ts';
import { passwordMatches } from './password-check.ts';
import { SignInThrottle } from './throttle.ts';

const SESSION_DAYS = 7;
export const SESSION_COOKIE = 'duiding_session';

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

/**
 * Checks e-mail and password with growing waits per e-mail and address, per e-mail, and per
 * address (throttle.ts; counts in the database, addresses and e-mail addresses only as keyed
 * hashes). The counts belong to the e-mail address, not to an account: they are the same whether
 * it has no account, one, or one in each of several municipalities, so they tell nothing about
 * those accounts. A try that must wait is not even checked, so guessing then learns nothing;
 * after the wait a right password gets in.
 *
 * A local account belongs to one municipality, and one e-mail may have an account in several:
 * the password is checked against each of them (in parallel, so the time hardly tells how many
 * there are) and only an account whose password matched can be entered.
 */
export async function attemptSignIn(
  db: Database,
  input: { email: string; password: string; tenantSlug?: string; address?: string | null },
  throttle: SignInThrottle = new SignInThrottle(db),
): Promise<SignInResult> {
  const admission = await throttle.admit({ email: input.email, address: input.address ?? null });
  if (!admission.ok) return { ok: false, reason: 'throttled', minutes: Math.max(1, Math.ceil(admission.waitMs / 60_000)) };
  const accounts = (await listLocalAccountsByEmail(db, input.email)).filter((a) => !input.tenantSlug || a.slug === input.tenantSlug);
  // No account, or one without a password yet: the same Argon2 work, so timing tells nothing.
  // The hashes stay in the database (SECURITY DEFINER functions of migration 0006): each
  // account's own Argon2 parameters and salt come out, the database compares. No account, or one
  // without a password yet, costs the same Argon2 work (passwordMatches with null).
  const checks = await Promise.all((accounts.length ? accounts : [null]).map((a) => passwordMatches(db, a?.user.id ?? null, input.password)));
  const matched = accounts.filter((_, i) => checks[i]);
  // A wrong password keeps the counts the throttle reserved for this try.
  if (matched.length === 0) return { ok: false, reason: 'wrong' };
  // An account whose roles were all removed cannot enter (a right password changes nothing).
  const usable = [];
  for (const a of matched) if ((await rolesInTenant(db, a.user.id, a.tenantId)).length > 0) usable.push(a);
  if (usable.length === 0) return { ok: false, reason: 'wrong' };
  // The same for one account or several: the right password of one account must not wipe the
  // counts that also guard this e-mail's account in another municipality (throttle.ts).
  await admission.ticket.succeeded();
  if (usable.length > 1) {
    const tenants = usable.map((a) => ({ slug: a.slug, name: a.name })).sort((x, y) => x.name.localeCompare(y.name, 'nl'));
    return { ok: false, reason: 'choose', tenants };
  }
  return { ok: true, token: await createSession(db, usable[0].user.id, usable[0].tenantId) };
}

/** Returns the new session's cookie token, or null when e-mail or password is wrong (or throttled). */
async function _signIn(db: Database, email: string, password: string, tenantSlug?: string): Promise<string | null> {
  const result = await attemptSignIn(db, { email, password, tenantSlug });
  return result.ok ? result.token : null;
}

/** A new session in a tenant the user is a member of (password, SSO or a set password). */
export async function createSession(db: Tx, userId: string, tenantId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(db, {
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
  const row = await findLiveSession(db, hashToken(token));
  if (!row) return null;
  const user = await findSessionUser(db, row.session.userId);
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
  await deleteSession(db, hashToken(token));
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
