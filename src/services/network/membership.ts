// Joining and leaving a network, and the opt-in to be named: the municipality's consent, given by
// a beheerder on the page (docs/network.md, "Consent"). Runs in the municipality's own scope, so
// row-level security backs every check: a non-member finds nothing but the network it names.
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import {
  activeMembership,
  endMembership,
  findNetwork,
  findNetworkToJoin,
  insertMembership,
  type NetworkRow,
  setMemberNamed,
} from '../../db/repositories/network.repository.ts';
import { networkSlugProblems } from '../../domain/network/names.ts';
import { InputRejected } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { isDuplicateMembership, rejected, unknownNetwork } from './refusals.ts';

/** Joining twice: refused with a clear message, nothing written. tenant names the municipality (CLI). */
export function alreadyMember(name: string, tenant?: string) {
  const who = tenant ? { nl: `gemeente "${tenant}" is`, en: `municipality "${tenant}" is` } : { nl: 'uw gemeente is', en: 'your municipality is' };
  return rejected(
    'network',
    'already-member',
    `${who.nl} al lid van "${name}"; er is niets veranderd`,
    `${who.en} already a member of "${name}"; nothing was changed`,
  );
}

/** The network named by its code, for the join page: its name, and whether we are a member already. */
export async function networkToJoin(ctx: ServiceContext, slug: string): Promise<{ id: string; slug: string; name: string; member: boolean }> {
  const problems = networkSlugProblems(slug, 'network');
  if (problems.length) throw new InputRejected(problems);
  const found = await findNetworkToJoin(ctx.db, slug);
  if (!found) {
    throw new InputRejected(
      [{ field: 'network', code: 'unknown-network', nl: `er is geen netwerk met de code "${slug}"`, en: `there is no network with the code "${slug}"` }],
      404,
    );
  }
  return { ...found, member: (await activeMembership(ctx.db, found.id, ctx.tenantId)) !== null };
}

/** A beheerder's explicit consent joins the municipality; joining twice is refused, nothing written. */
export async function joinNetwork(ctx: ServiceContext, input: { network: string; consent: boolean }): Promise<{ slug: string; name: string }> {
  const network = await networkToJoin(ctx, input.network);
  if (network.member) throw alreadyMember(network.name);
  if (!input.consent) {
    throw rejected(
      'consent',
      'consent-required',
      'vink aan dat u als beheerder toestemming geeft om uw gemeente aan te sluiten',
      'tick the box to give your consent, as administrator, to join',
    );
  }
  if (!ctx.actorUserId) throw new Error('joining on the page needs the beheerder who consents');
  try {
    await ctx.db.transaction(async (tx) => {
      await insertMembership(tx, { tenantId: ctx.tenantId, networkId: network.id, consentBy: ctx.actorUserId, consentVia: 'page' });
      await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'network.join', subject: network.slug, detail: { by: 'page' } });
    });
  } catch (error) {
    if (isDuplicateMembership(error)) throw alreadyMember(network.name);
    throw error;
  }
  return { slug: network.slug, name: network.name };
}

/** A network of which this municipality is an active member, or a 404 that says so. */
export async function memberNetwork(ctx: ServiceContext, slug: string): Promise<{ network: NetworkRow; memberId: string; named: boolean; joinedAt: Date }> {
  const network = networkSlugProblems(slug).length ? null : await findNetwork(ctx.db, slug);
  const membership = network ? await activeMembership(ctx.db, network.id, ctx.tenantId) : null;
  if (!network || !membership) throw unknownNetwork(slug);
  return { network, memberId: membership.id, named: membership.named, joinedAt: membership.joinedAt };
}

/** Leaving: from now on no comparison includes this municipality's data; published reports keep theirs. */
export async function leaveNetwork(ctx: ServiceContext, input: { network: string; confirm: boolean }): Promise<{ name: string }> {
  const { network, memberId } = await memberNetwork(ctx, input.network);
  if (!input.confirm) {
    throw rejected('confirm', 'confirm-required', 'vink aan dat u het netwerk wilt verlaten', 'tick the box to confirm that you want to leave the network');
  }
  await ctx.db.transaction(async (tx) => {
    await endMembership(tx, memberId, ctx.tenantId, ctx.actorUserId);
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'network.leave', subject: network.slug, detail: { by: 'page' } });
  });
  return { name: network.name };
}

/** The opt-in: named members are shown by name to the others and the coordinator. */
export async function setNamed(ctx: ServiceContext, input: { network: string; named: boolean }): Promise<void> {
  const { network, memberId } = await memberNetwork(ctx, input.network);
  await ctx.db.transaction(async (tx) => {
    await setMemberNamed(tx, memberId, ctx.tenantId, input.named);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.named',
      subject: network.slug,
      detail: { named: input.named },
    });
  });
}
