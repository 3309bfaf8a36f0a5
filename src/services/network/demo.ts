// The demo's fictional region (issue 15): the demo municipality is a member of "Regio Voorbeeld"
// from the start, so the coordinator's and members' pages have a network to show. Joined as the
// operator does (the demo is fictional; a real municipality joins by its beheerder's consent).
import type { Database } from '../../db/connection.ts';
import { findNetwork } from '../../db/repositories/network.repository.ts';
import { ownerDatabase } from '../../db/tenant-scope.ts';
import { createNetwork, joinNetworkAsOperator } from './operator.ts';

const DEMO_NETWORK = { slug: 'regio-voorbeeld', name: 'Regio Voorbeeld (fictief)' };

export async function seedDemoNetwork(db: Database, tenantSlug: string): Promise<void> {
  if (!(await findNetwork(ownerDatabase(db), DEMO_NETWORK.slug))) await createNetwork(db, DEMO_NETWORK);
  await joinNetworkAsOperator(db, { network: DEMO_NETWORK.slug, tenant: tenantSlug });
}
