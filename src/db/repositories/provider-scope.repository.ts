// Which roles (and provider code) a person holds in one municipality: what the provider filter of
// services/auth/provider-scope.ts needs.
import { and, eq } from 'drizzle-orm';
import { memberships, type Role } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function membershipRoles(db: Tx, tenantId: string, userId: string): Promise<{ role: Role; providerCode: string | null }[]> {
  return db
    .select({ role: memberships.role, providerCode: memberships.providerCode })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
}
