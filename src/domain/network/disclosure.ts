// Disclosure control at network level (issue 15, docs/network.md "Wat een lid van de anderen
// ziet"). The member's own engine (domain/disclosure) still rounds every count of its stories,
// atom by atom, with the member's own key and threshold; on top of that:
// - a member's own figures are shown to it as they are shown locally (exact for the roles that
//   work with the stories, rounded for raad and aanbieder);
// - another member's figures are shown only when that member opted to be named, and then always
//   rounded (nobody outside a municipality works with its stories);
// - a member that is not named is "gemeente B": its figures only count inside aggregates;
// - an aggregate (the network, "the rest of the network") is shown only when at least
//   MINIMUM_MEMBERS members contribute to it AND the members in it that this reader cannot see
//   one by one are none or at least MINIMUM_MEMBERS: otherwise the reader could subtract what it
//   sees (its own figure, a named member's) from the aggregate and be left with one or two
//   members' figures. Such an aggregate shows "te weinig gemeenten" ({ tooFewMembers: true });
// - an aggregate is the sum of the members' rounded counts, never a fresh count, so what the
//   network shows is a function of what the members' engines already publish.
import { sumDisclosed, type Disclosed, type Figure } from '../disclosure/rounding.ts';

/** The product's rule: fewer contributing members than this shows "te weinig gemeenten". */
export const MINIMUM_MEMBERS = 3;

export interface TooFewMembers {
  tooFewMembers: true;
}
/** A member that has not opted to be named: its figures are not shown one by one. */
export interface NotNamed {
  notNamed: true;
}
export type NetworkFigure = Figure | TooFewMembers | NotNamed;

export const tooFewMembers = (): TooFewMembers => ({ tooFewMembers: true });
export const notNamed = (): NotNamed => ({ notNamed: true });
export const isTooFewMembers = (f: unknown): f is TooFewMembers => typeof f === 'object' && f !== null && (f as TooFewMembers).tooFewMembers === true;
export const isNotNamed = (f: unknown): f is NotNamed => typeof f === 'object' && f !== null && (f as NotNamed).notNamed === true;

export interface NetworkMember {
  /** The member municipality (tenant id): never sent to another member. */
  tenantId: string;
  named: boolean;
}

export type NetworkViewer =
  | { kind: 'member'; tenantId: string }
  | { kind: 'coordinator' }
  /** A provider of the network: its own figures against the regional whole, no member's. */
  | { kind: 'provider'; providerCode: string }
  /**
   * A published report (services/network-compare/reports.ts), read later by any member: sees the
   * named members only, as the coordinator, but an aggregate needs one more unseen member,
   * because a reader that is itself not named subtracts its own figure from it.
   */
  | { kind: 'published' };

/** May this reader see this member's figures one by one? */
export function seesMember(viewer: NetworkViewer, member: NetworkMember): boolean {
  if (viewer.kind === 'provider') return false;
  if (viewer.kind === 'member' && viewer.tenantId === member.tenantId) return true;
  return member.named;
}

export const isOwn = (viewer: NetworkViewer, member: NetworkMember) => viewer.kind === 'member' && viewer.tenantId === member.tenantId;

/**
 * May an aggregate over these contributing members be shown to this reader? At least
 * MINIMUM_MEMBERS contribute, and the ones it cannot see one by one are 0 or ≥ MINIMUM_MEMBERS.
 */
export function aggregateAllowed(viewer: NetworkViewer, contributing: readonly NetworkMember[]): boolean {
  if (contributing.length < MINIMUM_MEMBERS) return false;
  const unseen = contributing.filter((m) => !seesMember(viewer, m)).length;
  return unseen === 0 || unseen >= MINIMUM_MEMBERS + (viewer.kind === 'published' ? 1 : 0);
}

/** One member's count: the true count (for its own exact readers) and its rounded publication. */
export interface MemberCount {
  member: NetworkMember;
  exact: number;
  /** By the member's own engine with rounding applied (its key, its threshold). */
  rounded: Disclosed;
}

/**
 * A member's count as this reader may see it. Own: exact when `ownExact` (its local role sees
 * exact figures), else its rounded figure. Another named member: rounded. Otherwise not named.
 */
export function memberFigure(viewer: NetworkViewer, count: MemberCount, ownExact: boolean): NetworkFigure {
  if (!seesMember(viewer, count.member)) return notNamed();
  if (isOwn(viewer, count.member) && ownExact) return count.exact;
  return count.rounded.figure;
}

/**
 * The sum over contributing members (those with an answer to the question at all, decided by the
 * caller for the whole question so every cell of it uses the same members), or "te weinig
 * gemeenten". The sum is of the rounded counts: the marker ({ suppressed }) when they all rounded
 * to 0, 0 when all were truly 0.
 */
export function aggregateFigure(viewer: NetworkViewer, counts: readonly MemberCount[], contributing: readonly NetworkMember[]): NetworkFigure {
  if (!aggregateAllowed(viewer, contributing)) return tooFewMembers();
  const inside = counts.filter((c) => contributing.some((m) => m.tenantId === c.member.tenantId));
  return sumDisclosed(
    inside.map((c) => c.rounded),
    { apply: true, threshold: 1, key: '' },
  ).figure;
}

/**
 * A statistic over the members (a test of heterogeneity, a pooled ρ, a median of the network):
 * shown under the same rule as an aggregate of those members.
 */
export function networkStatistic(viewer: NetworkViewer, value: number, contributing: readonly NetworkMember[]): number | TooFewMembers {
  return aggregateAllowed(viewer, contributing) ? value : tooFewMembers();
}

/**
 * Labels for members that are not named, "gemeente A", "gemeente B", … in a fixed order that
 * says nothing about them (the caller passes the members sorted by their random membership id).
 */
export function pseudonyms(memberIds: readonly string[]): Map<string, string> {
  return new Map(memberIds.map((id, i) => [id, letters(i)]));
}

function letters(i: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return i < 26 ? alphabet[i] : letters(Math.floor(i / 26) - 1) + alphabet[i % 26];
}
