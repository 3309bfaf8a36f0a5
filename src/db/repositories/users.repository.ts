import { and, eq, sql } from 'drizzle-orm';
import { memberships, tenants, users, type Role } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function upsertUser(db: Tx, values: { email: string; displayName: string; passwordHash: string | null }) {
  const [row] = await db
    .insert(users)
    .values(values)
    .onConflictDoUpdate({ target: users.email, set: { displayName: values.displayName } })
    .returning({ id: users.id });
  return row.id;
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
  failedSignIns: users.failedSignIns,
  lockedUntil: users.lockedUntil,
  createdAt: users.createdAt,
  hasPassword: sql<boolean>`duiding_user_has_password(${users.id})`.as('has_password'),
};

export async function findUserByEmail(db: Tx, email: string) {
  const [row] = await db.select(userColumns).from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
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
