// How a network query reads the members' data (docs/network.md, "Row-level security across
// municipalities"). The members' own tables keep their tenant_isolation policy; a network query
// does not widen it. Instead:
// 1. in the asking municipality's scope, the active members of the network are listed — which
//    row-level security allows only when the asker is an active member itself;
// 2. for each of them, fn runs in that member's own scope and returns AGGREGATES ONLY (counts,
//    sums, sufficient statistics), which the caller combines and puts through the network's
//    disclosure control. Rows of one member never reach another member's request.
// The scopes are opened one after another (PGlite has one connection; a distributed database
// routes each to the node of that member). Only services/network may import this module (a
// dependency rule in .dependency-cruiser.cjs).
import type { Database } from '../../db/connection.ts';
import { activeMembers } from '../../db/repositories/network.repository.ts';
import { ownerDatabase, tenantDatabase } from '../../db/tenant-scope.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from './membership.ts';

export interface MemberAggregate<T> {
  tenantId: string;
  named: boolean;
  joinedAt: Date;
  /** Whether this is the asking municipality. */
  own: boolean;
  aggregate: T;
}

/**
 * Runs fn in the scope of every active member of the network, the asker included. Refuses (404)
 * when the asking municipality is not an active member. fn gets the member's tenant-scoped
 * database and must return aggregates, never rows.
 */
export async function forEachMemberScope<T>(
  ctx: ServiceContext,
  networkSlug: string,
  fn: (member: { tenantId: string; db: Database }) => Promise<T>,
): Promise<MemberAggregate<T>[]> {
  const { network } = await memberNetwork(ctx, networkSlug);
  const members = await activeMembers(ctx.db, network.id);
  // The named path into another municipality's scope: the owner's handle, scoped at once.
  const owner = ownerDatabase(ctx.db);
  const out: MemberAggregate<T>[] = [];
  for (const member of members) {
    const db = member.tenantId === ctx.tenantId ? ctx.db : tenantDatabase(owner, member.tenantId);
    out.push({ ...member, own: member.tenantId === ctx.tenantId, aggregate: await fn({ tenantId: member.tenantId, db }) });
  }
  return out;
}
