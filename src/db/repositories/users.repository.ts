import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { memberships, tenants, users, type Role } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

/**
 * Creates or renames an account of one municipality (homeTenantId), or, with homeTenantId null,
 * an account that signs in only through single sign-on (never with a password).
 */
export async function upsertUser(db: Tx, values: { email: string; displayName: string; passwordHash: string | null; homeTenantId: string | null }) {
  const row = { ...values, email: values.email.toLowerCase() };
  if (values.homeTenantId === null) {
    const [inserted] = await db
      .insert(users)
      .values({ ...row, passwordHash: null })
      .returning({ id: users.id });
    return inserted.id;
  }
  const [upserted] = await db
    .insert(users)
    .values(row)
    .onConflictDoUpdate({ target: [users.homeTenantId, users.email], set: { displayName: values.displayName } })
    .returning({ id: users.id });
  return upserted.id;
}

export async function addMembership(db: Tx, values: { tenantId: string; userId: string; role: Role; providerCode?: string | null }) {
  await db.insert(memberships).values(values).onConflictDoNothing();
}

/**
 * What the application may read of a person: never password_hash (migration 0006 refuses it to
 * duiding_app); whether there is a password comes from a SECURITY DEFINER function.
 */
export const userColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  createdAt: users.createdAt,
  homeTenantId: users.homeTenantId,
  hasPassword: sql<boolean>`duiding_user_has_password(${users.id})`.as('has_password'),
};

/**
 * The local account with this e-mail in one municipality. Without homeTenantId: any account with
 * this e-mail (for tests and the installation's own tools only; services always pass a municipality).
 */
export async function findUserByEmail(db: Tx, email: string, homeTenantId?: string) {
  const byEmail = eq(users.email, email.trim().toLowerCase());
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(homeTenantId ? and(byEmail, eq(users.homeTenantId, homeTenantId)) : byEmail)
    .orderBy(asc(users.createdAt))
    .limit(1);
  return row ?? null;
}

/** Every local account with this e-mail, one per municipality, with that municipality. */
export async function listLocalAccountsByEmail(db: Tx, email: string) {
  return db
    .select({ user: userColumns, tenantId: tenants.id, slug: tenants.slug, name: tenants.name })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.homeTenantId))
    .where(and(eq(users.email, email.trim().toLowerCase()), isNotNull(users.homeTenantId)))
    .orderBy(asc(tenants.slug));
}

export async function listMembershipsOfUser(db: Tx, userId: string) {
  return db
    .select({ tenantId: memberships.tenantId, slug: tenants.slug, name: tenants.name, role: memberships.role, providerCode: memberships.providerCode })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId));
}

export async function rolesInTenant(db: Tx, userId: string, tenantId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, tenantId)));
  return rows.map((r) => r.role);
}
