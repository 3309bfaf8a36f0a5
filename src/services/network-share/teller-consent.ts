// Whether the storyteller's form asks for consent to share with a network: only when the
// municipality is an active member of one. Asking where nothing can be shared would make a
// promise the municipality cannot keep and a question the teller cannot weigh.
import type { Database } from '../../db/connection.ts';
import { ownMemberships } from '../../db/repositories/network.repository.ts';
import { tenantDatabase } from '../../db/tenant-scope.ts';

export async function asksNetworkConsent(db: Database, tenantId: string): Promise<boolean> {
  const memberships = await ownMemberships(tenantDatabase(db, tenantId), tenantId);
  return memberships.some((m) => m.member.leftAt === null);
}
