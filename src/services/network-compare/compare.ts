// GET /api/v1/networks/{slug}/compare and the network's comparison page: the members side by side
// on the shared instrument (issue 15, docs/network.md). A network query runs per member, in that
// member's own scope, and combines only what each member's summary holds (member-summary.ts):
// the same shape a distributed deployment runs as per-shard aggregation then combination.
import { membershipRoles } from '../../db/repositories/provider-scope.repository.ts';
import { adoptionsOf, networkQuestionnaireList, networkVersions, newestIndicatorSet } from '../../db/repositories/network-compare.repository.ts';
import { buildNetworkCompare, type NetworkCompareDocument } from '../../domain/network/compare-document.ts';
import { type NetworkViewer, pseudonyms } from '../../domain/network/disclosure.ts';
import { parseMonthRange } from '../../domain/network/period.ts';
import { deriveVariables } from '../../domain/patterns/variables.ts';
import { InputRejected } from '../../domain/problems.ts';
import type { Question } from '../../domain/questionnaire/types.ts';
import type { ServiceContext } from '../context.ts';
import { forEachMemberScope } from '../network/member-scopes.ts';
import { memberNetwork } from '../network/membership.ts';
import { summarizeMember } from './member-summary.ts';

export type { NetworkCompareDocument };

/** Question types a network compares: answers that mean the same in every member (not areas, not text). */
const COMPARABLE: ReadonlySet<Question['type']> = new Set(['choice', 'multichoice', 'slider', 'scale', 'number', 'triad', 'stones']);
const FULL_VIEW: ReadonlySet<string> = new Set(['beheerder', 'analist', 'gespreksleider']);

export interface NetworkCompareOptions {
  /** The network questionnaire's key; default its first. */
  questionnaire?: string;
  /** Restrict to these shared question keys. */
  questions?: readonly string[];
  /** Only stories of these months: "2026-03" (or a year or quarter, its months); either may be open. */
  from?: string | null;
  to?: string | null;
  /** The view a published report keeps (reports.ts): every member may read it later. */
  published?: boolean;
}

/** Who reads: decides what they may see of the members (domain/network/disclosure.ts). */
async function viewerOf(ctx: ServiceContext): Promise<{ viewer: NetworkViewer; ownExact: boolean }> {
  if (!ctx.actorUserId) return { viewer: { kind: 'member', tenantId: ctx.tenantId }, ownExact: true };
  const roles = await membershipRoles(ctx.db, ctx.tenantId, ctx.actorUserId);
  if (roles.some((r) => FULL_VIEW.has(r.role))) return { viewer: { kind: 'member', tenantId: ctx.tenantId }, ownExact: true };
  if (roles.some((r) => r.role === 'raad')) return { viewer: { kind: 'member', tenantId: ctx.tenantId }, ownExact: false };
  if (roles.some((r) => r.role === 'netwerkcoordinator')) return { viewer: { kind: 'coordinator' }, ownExact: false };
  const provider = roles.find((r) => r.role === 'aanbieder' && r.providerCode);
  if (provider) return { viewer: { kind: 'provider', providerCode: provider.providerCode! }, ownExact: false };
  // A role that reads no figures locally gets the strictest view: aggregates only.
  return { viewer: { kind: 'provider', providerCode: '' }, ownExact: false };
}

export async function compareNetwork(ctx: ServiceContext, slug: string, options: NetworkCompareOptions = {}): Promise<NetworkCompareDocument> {
  // A non-member gets the same 404 as an unknown slug (row-level security hides the network too).
  const { network } = await memberNetwork(ctx, slug);
  const period = parseMonthRange({ from: options.from, to: options.to });
  const { viewer, ownExact } = options.published ? { viewer: { kind: 'published' } as const, ownExact: false } : await viewerOf(ctx);
  const questionnaires = await networkQuestionnaireList(ctx.db, network.id);
  const chosen = options.questionnaire ? questionnaires.find((q) => q.key === options.questionnaire) : questionnaires[0];
  if (!chosen)
    throw new InputRejected([
      options.questionnaire
        ? {
            field: 'questionnaire',
            code: 'unknown-questionnaire',
            nl: `het netwerk heeft geen gedeelde vragenlijst "${options.questionnaire}"`,
            en: `the network has no shared questionnaire "${options.questionnaire}"`,
          }
        : {
            field: 'questionnaire',
            code: 'no-shared-questionnaire',
            nl: 'het netwerk heeft nog geen gedeelde vragenlijst',
            en: 'the network has no shared questionnaire yet',
          },
    ]);
  const versions = await networkVersions(ctx.db, network.id, chosen.id);
  const newest = versions[0];
  if (!newest)
    throw new InputRejected([
      { field: 'questionnaire', code: 'no-version', nl: 'de gedeelde vragenlijst heeft nog geen versie', en: 'the shared questionnaire has no version yet' },
    ]);
  const sharedKeys = new Set(newest.questionKeys);
  const compared = newest.definition.questions.filter((q) => sharedKeys.has(q.key) && COMPARABLE.has(q.type));
  const asked = options.questions ?? [];
  refuseLocalQuestions(asked, compared, sharedKeys, chosen.key);
  const keep = asked.length ? new Set(asked) : null;
  const questions = compared.filter((q) => !keep || keep.has(q.key));

  const adoptions = await adoptionsOf(ctx.db, network.id, chosen.id);
  const keysOfVersion = new Map(versions.map((v) => [v.id, new Set(v.questionKeys)]));
  const indicatorSet = await newestIndicatorSet(ctx.db, network.id);
  const indicators = (indicatorSet?.indicators ?? []).map((i) => ({ key: i.key, name: i.name, unit: i.unit }));

  // Each member in its own scope; only its summary (aggregates) comes back.
  const perMember = await forEachMemberScope(ctx, slug, async ({ tenantId, db }) => {
    const adoption = adoptions.find((a) => a.tenantId === tenantId);
    const adopted = adoption ? (keysOfVersion.get(adoption.networkVersionId) ?? new Set<string>()) : new Set<string>();
    return summarizeMember(
      { db, tenantId, actorUserId: null },
      {
        questionnaireId: adoption?.questionnaireId ?? '',
        sharedKeys: adoption ? questions.map((q) => q.key).filter((k) => adopted.has(k)) : [],
        indicatorKeys: indicators.map((i) => i.key),
        period,
      },
    );
  });
  // Pseudonyms in the order of the members' random tenant ids: they say nothing about a member.
  const letters = pseudonyms(perMember.map((m) => m.tenantId).sort());
  const summaries = perMember.map((m) => ({ ...m.aggregate, member: { tenantId: m.tenantId, named: m.named }, pseudonym: letters.get(m.tenantId)! }));
  const variables = deriveVariables({ ...newest.definition, questions }, []);
  const textOf = (key: string) => questions.find((q) => q.key === key)?.text ?? {};
  return buildNetworkCompare({
    network: { slug: network.slug, name: network.name },
    questionnaire: { key: chosen.key, title: chosen.title, version: newest.version },
    period: { from: period.from, to: period.to },
    viewer,
    ownExact,
    members: summaries,
    variables: [
      ...variables.categorical.map((v) => ({ name: v.name, question: v.question, kind: 'choice' as const, text: textOf(v.question) })),
      ...variables.numeric.map((v) => ({ name: v.name, question: v.question, kind: 'number' as const, text: textOf(v.question) })),
    ].sort((a, b) => questions.findIndex((q) => q.key === a.question) - questions.findIndex((q) => q.key === b.question)),
    indicators,
  });
}

/** A question outside the shared instrument (a member's local question, an area, free text) is refused by name. */
function refuseLocalQuestions(asked: readonly string[], compared: readonly Question[], shared: ReadonlySet<string>, questionnaire: string): void {
  const problems = asked
    .filter((key) => !compared.some((q) => q.key === key))
    .map((key) => {
      return shared.has(key)
        ? {
            field: 'question',
            code: 'not-comparable',
            nl: `vraag "${key}" wordt niet tussen gemeenten vergeleken: alleen keuze- en getalvragen (geen open tekst of wijk)`,
            en: `question "${key}" is not compared between municipalities: only choice and number questions (no free text or area)`,
          }
        : {
            field: 'question',
            code: 'local-question',
            nl: `vraag "${key}" hoort niet bij de gedeelde vragenlijst "${questionnaire}": een eigen vraag van een gemeente komt nooit in een vergelijking van het netwerk`,
            en: `question "${key}" is not part of the shared questionnaire "${questionnaire}": a municipality's local question never enters a network comparison`,
          };
    });
  if (problems.length) throw new InputRejected(problems);
}
