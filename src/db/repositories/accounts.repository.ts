// Queries for accounts: throttling counters, one-time links, SSO identities, members of a tenant.
// Rules (how long a lock lasts, who may do what) live in services/auth.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { memberships, sessions, tenants, userIdentities, users, userTokens, type Role } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';
import { userColumns } from './users.repository.ts';

export async function setPasswordHash(db: Tx, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export async function updateUserProfile(db: Tx, userId: string, values: { email?: string; displayName?: string }) {
  await db.update(users).set(values).where(eq(users.id, userId));
}

export async function findUserById(db: Tx, userId: string) {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, userId));
  return row ?? null;
}

/**
 * A new account without a password: of one municipality, or (homeTenantId null) for single
 * sign-on only. The id is made here, not returned by the database: duiding_app may not read
 * password_hash, so no RETURNING * (migration 0006).
 */
export async function insertUser(db: Tx, values: { email: string; displayName: string; homeTenantId: string | null }) {
  const row = { id: randomUUID(), email: values.email.toLowerCase(), displayName: values.displayName, homeTenantId: values.homeTenantId };
  await db.insert(users).values(row);
  return { ...row, hasPassword: false };
}

/**
 * The account a beheerder means by this e-mail in their municipality: its local account, else a
 * single sign-on account that is already a member there. Never an account of another municipality.
 */
export async function findMemberByEmail(db: Tx, tenantId: string, email: string) {
  const normalized = email.trim().toLowerCase();
  const [local] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.email, normalized), eq(users.homeTenantId, tenantId)));
  if (local) return local;
  const [sso] = await db
    .select({ user: userColumns })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId)))
    .where(and(eq(users.email, normalized), isNull(users.homeTenantId)))
    .limit(1);
  return sso?.user ?? null;
}

/** From now on only the identity provider signs this person in: no home, no password. */
export async function makeSsoOnly(db: Tx, userId: string) {
  await db.update(users).set({ homeTenantId: null, passwordHash: null }).where(eq(users.id, userId));
}

export async function countUsers(db: Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row.n;
}

export async function deleteSessionsOfUser(db: Tx, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ h: sessions.tokenHash });
  return rows.length;
}

export async function setSessionTenant(db: Tx, tokenHash: string, tenantId: string) {
  await db.update(sessions).set({ tenantId }).where(eq(sessions.tokenHash, tokenHash));
}

export async function insertUserToken(db: Tx, values: { tokenHash: string; userId: string; purpose: 'password-reset' | 'first-admin'; expiresAt: Date }) {
  await db.insert(userTokens).values(values);
}

/** A token that still works: not used, not expired. */
export async function findLiveToken(db: Tx, tokenHash: string) {
  const [row] = await db
    .select({ token: userTokens, user: { id: users.id, email: users.email, displayName: users.displayName, homeTenantId: users.homeTenantId } })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(and(eq(userTokens.tokenHash, tokenHash), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date())));
  return row ?? null;
}

/** Marks the token used if it still works; null when it was used or expired meanwhile (once only). */
export async function consumeToken(db: Tx, tokenHash: string) {
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.tokenHash, tokenHash), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date())))
    .returning({ userId: userTokens.userId, purpose: userTokens.purpose });
  return row ?? null;
}

/** An older link stops working when a new one is made for the same person. */
export async function expireTokensOfUser(db: Tx, userId: string) {
  await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt)));
}

export async function findIdentity(db: Tx, issuer: string, subject: string) {
  const [row] = await db
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return row ?? null;
}

export async function insertIdentity(db: Tx, values: { issuer: string; subject: string; userId: string }) {
  await db.insert(userIdentities).values(values).onConflictDoNothing();
}

export interface MemberRow {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  providerCode: string | null;
}

export async function listMemberRows(db: Tx, tenantId: string): Promise<MemberRow[]> {
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: memberships.role, providerCode: memberships.providerCode })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(users.email), asc(memberships.role));
}

export async function deleteMembership(db: Tx, tenantId: string, userId: string, role: Role): Promise<boolean> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId), eq(memberships.role, role)))
    .returning({ role: memberships.role });
  return rows.length > 0;
}

export async function countRoleHolders(db: Tx, tenantId: string, role: Role): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, role)));
  return row.n;
}

/** Whether some non-demo municipality has a beheerder (first start checks this). */
export async function realTenantHasAdministrator(db: Tx): Promise<boolean> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(tenants.fictional, false), eq(memberships.role, 'beheerder')))
    .limit(1);
  return rows.length > 0;
}

export async function updateTenantSettings(db: Tx, tenantId: string, settings: Record<string, unknown>) {
  await db.update(tenants).set({ settings }).where(eq(tenants.id, tenantId));
}

/** Municipalities with single sign-on configured, for the sign-in page (slug, name, settings). */
export async function listTenantsWithOidc(db: Tx) {
  return db
    .select({ slug: tenants.slug, name: tenants.name, settings: tenants.settings })
    .from(tenants)
    .where(sql`${tenants.settings} ? 'oidc'`)
    .orderBy(asc(tenants.name));
}
