// What a member sees of its networks: the list, and one network's members (by name only those
// that opted in, and the own municipality), providers, shared questionnaires and indicator set.
// The coordinator's provider list is kept here too.
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import {
  activeMembers,
  deleteProvider,
  listIndicatorSets,
  listNetworkQuestionnaires,
  listNetworkVersions,
  listProviders,
  namedMembers,
  ownMemberships,
  upsertProvider,
} from '../../db/repositories/network.repository.ts';
import type { NetworkIndicator } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from './membership.ts';
import { rejected } from './refusals.ts';

export interface NetworkSummary {
  slug: string;
  name: string;
  joinedAt: Date;
  named: boolean;
}

/** This municipality's networks: the active memberships, and the ended ones (history). */
export async function myNetworks(ctx: ServiceContext): Promise<{ active: NetworkSummary[]; ended: (NetworkSummary & { leftAt: Date })[] }> {
  const rows = await ownMemberships(ctx.db, ctx.tenantId);
  const active: NetworkSummary[] = [];
  const ended: (NetworkSummary & { leftAt: Date })[] = [];
  for (const { member, network } of rows) {
    // A network is visible only while we are an active member; an ended period keeps no name.
    const summary = { slug: network?.slug ?? '', name: network?.name ?? '', joinedAt: member.joinedAt, named: member.named };
    if (member.leftAt === null) active.push(summary);
    else ended.push({ ...summary, leftAt: member.leftAt });
  }
  return { active, ended };
}

export interface NetworkOverview {
  slug: string;
  name: string;
  own: { named: boolean; joinedAt: Date };
  memberCount: number;
  /** Members shown by name: those that opted in, and the own municipality. */
  named: { slug: string; name: string; own: boolean }[];
  unnamedCount: number;
  providers: { code: string; name: string }[];
  questionnaires: { key: string; title: string; latest: number; questionCount: number }[];
  indicators: { version: number; indicators: NetworkIndicator[] } | null;
}

export async function networkOverview(ctx: ServiceContext, slug: string): Promise<NetworkOverview> {
  const { network, named, joinedAt } = await memberNetwork(ctx, slug);
  const [members, names, providers, questionnaires, versions, sets] = await Promise.all([
    activeMembers(ctx.db, network.id),
    namedMembers(ctx.db, network.id),
    listProviders(ctx.db, network.id),
    listNetworkQuestionnaires(ctx.db, network.id),
    listNetworkVersions(ctx.db, network.id),
    listIndicatorSets(ctx.db, network.id),
  ]);
  const shown = names.map((n) => ({ slug: n.slug, name: n.name, own: n.tenantId === ctx.tenantId }));
  const latestSet = sets.at(-1);
  return {
    slug: network.slug,
    name: network.name,
    own: { named, joinedAt },
    memberCount: members.length,
    named: shown,
    unnamedCount: members.length - shown.length,
    providers: providers.map((p) => ({ code: p.code, name: p.name })),
    questionnaires: questionnaires.map((q) => {
      const latest = versions.filter((v) => v.questionnaireId === q.id).at(-1);
      return { key: q.key, title: q.title, latest: latest?.version ?? 0, questionCount: latest?.questionKeys.length ?? 0 };
    }),
    indicators: latestSet ? { version: latestSet.version, indicators: latestSet.indicators } : null,
  };
}

const PROVIDER_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/;

/** The coordinator adds (or renames) a provider that works across members. */
export async function saveNetworkProvider(ctx: ServiceContext, input: { network: string; code: string; name: string }): Promise<void> {
  const { network } = await memberNetwork(ctx, input.network);
  const code = input.code.trim();
  const name = input.name.trim();
  if (!PROVIDER_CODE.test(code)) {
    throw rejected(
      'code',
      'provider-code',
      `"${code}" is geen goede aanbiedercode: letters, cijfers, punt, streepje of liggend streepje`,
      `"${code}" is not a valid provider code`,
    );
  }
  if (name.length < 1 || name.length > 200)
    throw rejected('name', 'provider-name', 'de naam van de aanbieder moet 1 tot 200 tekens hebben', "the provider's name must have 1 to 200 characters");
  await ctx.db.transaction(async (tx) => {
    await upsertProvider(tx, { networkId: network.id, code, name });
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.providers',
      subject: network.slug,
      detail: { change: 'add', providerCode: code },
    });
  });
}

export async function removeNetworkProvider(ctx: ServiceContext, input: { network: string; code: string }): Promise<void> {
  const { network } = await memberNetwork(ctx, input.network);
  await ctx.db.transaction(async (tx) => {
    const removed = await deleteProvider(tx, network.id, input.code);
    if (removed === 0)
      throw rejected('code', 'unknown-provider', `het netwerk heeft geen aanbieder "${input.code}"`, `the network has no provider "${input.code}"`);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.providers',
      subject: network.slug,
      detail: { change: 'remove', providerCode: input.code },
    });
  });
}
