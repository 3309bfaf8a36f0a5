// The staalkaart sociaal domein: every domain with its legal basis, the council's room to choose
// (the municipality's own row, else the default), and the opgaven, indicators and stories that
// belong to it — the overview across silos. Story counts are suppressed like the monitor's.
import { listOpgaven } from '../db/repositories/opgaven.repository.ts';
import { findTenantById } from '../db/repositories/monitor.repository.ts';
import {
  countIndicatorsPerDomain,
  countStoriesPerDomain,
  listDomainProfiles,
  questionnaireDomains,
  upsertDomainProfile,
} from '../db/repositories/staalkaart.repository.ts';
import type { Bilingual } from '../domain/monitor/labels.ts';
import { policyFor, type Figure } from '../domain/privacy/suppression.ts';
import type { Disclosed, DisclosurePolicy } from '../domain/disclosure/rounding.ts';
import { collectionsOfTenant } from '../db/repositories/disclosure-collections.repository.ts';
import { disclosurePolicy, storiesPerCollection, sumDisclosed } from './disclosure.ts';
import { DOMAIN_DEFAULTS, DOMAINS, parseDomainProfile, type Domain, type DomainProfileInput, type Room } from '../domain/staalkaart/defaults.ts';
import type { ServiceContext } from './context.ts';

export interface StaalkaartRow {
  domain: Domain;
  legalBasis: string;
  room: Room;
  explanation: Bilingual;
  /** false: the default text, the municipality has not written its own. */
  edited: boolean;
  opgaven: { key: string; title: string }[];
  indicators: number;
  stories: Figure;
}

export interface Staalkaart {
  format: 'duiding.staalkaart/v1';
  threshold: number;
  suppressionApplied: boolean;
  domains: StaalkaartRow[];
}

const asRoom = (room: string, fallback: Room): Room => (room === 'groot' || room === 'beperkt' || room === 'klein' ? room : fallback);

/**
 * Published stories per domain for the reader: for raad and aanbieder the sum of the same rounded
 * per-collection atoms the overview and the monitor show (domain/disclosure), never a fresh count.
 */
async function storiesPerDomain(ctx: ServiceContext, policy: DisclosurePolicy): Promise<Map<string, Figure>> {
  if (!policy.apply) return countStoriesPerDomain(ctx.db, ctx.tenantId);
  const domains = await questionnaireDomains(ctx.db, ctx.tenantId);
  const perCollection = await storiesPerCollection(ctx, policy, { questionnaireIds: [...domains.keys()] });
  const byDomain = new Map<string, Disclosed[]>();
  for (const c of await collectionsOfTenant(ctx.db, ctx.tenantId)) {
    const domain = domains.get(c.questionnaireId);
    const counted = perCollection.get(c.id);
    if (domain && counted) byDomain.set(domain, [...(byDomain.get(domain) ?? []), counted]);
  }
  return new Map([...byDomain].map(([domain, parts]) => [domain, sumDisclosed(parts, policy).figure]));
}

export async function readStaalkaart(ctx: ServiceContext, roles: readonly string[]): Promise<Staalkaart> {
  const tenant = await findTenantById(ctx.db, ctx.tenantId);
  const policy = tenant ? disclosurePolicy(roles, tenant) : { ...policyFor(roles, undefined), key: '' };
  const profiles = new Map((await listDomainProfiles(ctx.db, ctx.tenantId)).map((p) => [p.domain, p]));
  const opgaven = await listOpgaven(ctx.db, ctx.tenantId);
  const indicators = await countIndicatorsPerDomain(ctx.db, ctx.tenantId);
  const stories = await storiesPerDomain(ctx, policy);
  return {
    format: 'duiding.staalkaart/v1',
    threshold: policy.threshold,
    suppressionApplied: policy.apply,
    domains: DOMAINS.map((domain) => {
      const fallback = DOMAIN_DEFAULTS[domain];
      const own = profiles.get(domain);
      return {
        domain,
        legalBasis: own?.legalBasis || fallback.legalBasis,
        room: own ? asRoom(own.room, fallback.room) : fallback.room,
        explanation: own?.roomExplanation ? { nl: own.roomExplanation, en: own.roomExplanation } : fallback.explanation,
        edited: own !== undefined,
        opgaven: opgaven.filter((o) => o.domain === domain).map((o) => ({ key: o.key, title: o.title })),
        indicators: indicators.get(domain) ?? 0,
        stories: stories.get(domain) ?? 0,
      };
    }),
  };
}

export async function saveDomainProfile(ctx: ServiceContext, domain: string, input: DomainProfileInput): Promise<void> {
  const profile = parseDomainProfile(domain, input);
  await upsertDomainProfile(ctx.db, {
    tenantId: ctx.tenantId,
    domain: profile.domain,
    legalBasis: profile.legalBasis,
    room: profile.room,
    roomExplanation: profile.explanation,
  });
}
