// The disclosure policy of the person reading: exact figures for roles that work with the stories,
// rounded and suppressed ones (domain/disclosure) for raad and aanbieder, with the tenant's
// threshold as the base and its secret key. One place, so the monitor, the overview, the
// indicator pages and the API decide alike.
import { findTenantById } from '../db/repositories/monitor.repository.ts';
import { membershipRoles } from '../db/repositories/provider-scope.repository.ts';
import { listStoryMonths } from '../db/repositories/disclosure.repository.ts';
import { collectionsOfTenant } from '../db/repositories/disclosure-collections.repository.ts';
import { cellAtoms } from '../domain/disclosure/atoms.ts';
import { discloseAtoms, sumDisclosed, type Disclosed, type DisclosurePolicy } from '../domain/disclosure/rounding.ts';
import { policyFor } from '../domain/privacy/suppression.ts';
import type { ServiceContext } from './context.ts';

export function disclosurePolicy(roles: readonly string[], tenant: { settings: unknown; disclosureKey: string }): DisclosurePolicy {
  return { ...policyFor(roles, tenant.settings), key: tenant.disclosureKey };
}

/** The policy for the signed-in person (the CLI and jobs, without a person, see everything). */
export async function readerPolicy(ctx: ServiceContext, roles?: readonly string[]): Promise<DisclosurePolicy> {
  const tenant = await findTenantById(ctx.db, ctx.tenantId);
  if (!tenant) throw new Error('tenant not found');
  const held = roles ?? (ctx.actorUserId ? (await membershipRoles(ctx.db, ctx.tenantId, ctx.actorUserId)).map((m) => m.role) : ['beheerder']);
  return disclosurePolicy(held, tenant);
}

/**
 * Published stories per collection, rounded per collection and month: the atoms of the monitor's
 * channel counts, so the overview and the monitor show the same figure for the same stories.
 */
export async function storiesPerCollection(
  ctx: ServiceContext,
  policy: DisclosurePolicy,
  options: { questionnaireIds?: readonly string[]; period?: { from: string; to: string } | null } = {},
): Promise<Map<string, Disclosed>> {
  const rows = await listStoryMonths(ctx.db, ctx.tenantId, options);
  const atoms = cellAtoms({ ids: rows.map((r) => r.id), months: rows.map((r) => r.month) }, (i) => rows[i].collectionId);
  const out = new Map<string, Disclosed>();
  for (const c of await collectionsOfTenant(ctx.db, ctx.tenantId)) {
    if (options.questionnaireIds && !options.questionnaireIds.includes(c.questionnaireId)) continue;
    out.set(c.id, discloseAtoms(atoms.get(c.id) ?? [], policy));
  }
  return out;
}

export { sumDisclosed };
