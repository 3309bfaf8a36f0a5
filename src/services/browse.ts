// What the workbench pages show: overview counts, the story list and one story (audited), the
// indicator tables and the choices on the import page. Authorization is checked by the caller
// against the role table (policy.ts) before any of these run.
import type { Database } from '../db/connection.ts';
import { filterObservations, visibleProviders } from './auth/provider-scope.ts';
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { listDefinitions, listObservations } from '../db/repositories/indicators.repository.ts';
import { listOpgaven, listTocElements } from '../db/repositories/opgaven.repository.ts';
import { findQuestionnaire, listCollections } from '../db/repositories/questionnaires.repository.ts';
import {
  countIndicatorsAndObservations,
  countStoriesPerCollection,
  countStoriesPerQuestionnaire,
  findStoryDetail,
  type StoryDetail,
} from '../db/repositories/story-browse.repository.ts';
import { findTenantBySlug, listAreas, listProviders } from '../db/repositories/tenants.repository.ts';
import { users as demoUsers } from '../domain/demo/municipality.ts';
import type { IndicatorDefinition } from '../domain/indicators/types.ts';
import type { LocalizedText } from '../domain/questionnaire/types.ts';
import type { ServiceContext } from './context.ts';
import { collectionsOfTenant } from '../db/repositories/disclosure-collections.repository.ts';
import { isSuppressed, type Figure } from '../domain/privacy/suppression.ts';
import { indicatorValue } from '../domain/disclosure/indicators.ts';
import { readerPolicy, storiesPerCollection, sumDisclosed } from './disclosure.ts';
import { DEMO_PASSWORD, DEMO_TENANT_SLUG } from './seed-demo.ts';

export interface WorkbenchOverview {
  /** Rounded (domain/disclosure) for raad and aanbieder, exactly as the monitor rounds them. */
  questionnaires: { key: string; title: LocalizedText; stories: Figure }[];
  collections: { slug: string; title: string; questionnaire: string; stories: Figure }[];
  indicators: number;
  observations: number;
  opgaven: { key: string; title: string; description: string; statements: { text: string; assumptions: string[] }[] }[];
}

export async function workbenchOverview(ctx: ServiceContext): Promise<WorkbenchOverview> {
  const perQuestionnaire = await countStoriesPerQuestionnaire(ctx.db, ctx.tenantId);
  const questionnaires = [];
  for (const q of perQuestionnaire) {
    const stored = await findQuestionnaire(ctx.db, ctx.tenantId, q.key);
    questionnaires.push({ ...q, title: stored?.definition.title ?? { nl: q.key } });
  }
  const opgaven = [];
  for (const opgave of await listOpgaven(ctx.db, ctx.tenantId)) {
    const elements = await listTocElements(ctx.db, ctx.tenantId, opgave.id);
    const statements = elements
      .filter((e) => e.kind === 'statement')
      .map((s) => ({ text: s.text, assumptions: elements.filter((a) => a.kind === 'assumption' && a.parentId === s.id).map((a) => a.text) }));
    opgaven.push({ key: opgave.key, title: opgave.title, description: opgave.description, statements });
  }
  const policy = await readerPolicy(ctx);
  if (policy.apply) return { ...(await councilCounts(ctx, policy, questionnaires)), ...(await countIndicatorsAndObservations(ctx.db, ctx.tenantId)), opgaven };
  return {
    questionnaires,
    collections: await countStoriesPerCollection(ctx.db, ctx.tenantId),
    ...(await countIndicatorsAndObservations(ctx.db, ctx.tenantId)),
    opgaven,
  };
}

/**
 * The council's and providers' counts: published stories only, per collection rounded month by
 * month like the monitor's channels, and per questionnaire the sum of its collections, so the
 * overview adds nothing to what the monitor shows (issue 10, class 4).
 */
async function councilCounts(ctx: ServiceContext, policy: Awaited<ReturnType<typeof readerPolicy>>, questionnaires: WorkbenchOverview['questionnaires']) {
  const perCollection = await storiesPerCollection(ctx, policy);
  const collections = await collectionsOfTenant(ctx.db, ctx.tenantId);
  const keyOf = new Map<string, string>();
  for (const q of questionnaires) {
    const stored = await findQuestionnaire(ctx.db, ctx.tenantId, q.key);
    if (stored) keyOf.set(stored.id, q.key);
  }
  const shown = collections.map((c) => ({
    slug: c.slug,
    title: c.title,
    questionnaire: keyOf.get(c.questionnaireId) ?? '',
    counted: perCollection.get(c.id)!,
  }));
  return {
    questionnaires: questionnaires.map((q) => ({
      ...q,
      stories: sumDisclosed(
        shown.filter((c) => c.questionnaire === q.key).map((c) => c.counted),
        policy,
      ).figure,
    })),
    collections: shown.map(({ counted, ...c }) => ({ ...c, stories: counted.figure })),
  };
}

export const figureTotal = (figures: readonly Figure[]): number => figures.reduce<number>((s, f) => s + (isSuppressed(f) ? 0 : f), 0);

export interface StoryView extends StoryDetail {
  areaNames: Record<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One story with its answers; every opening is recorded in the audit log (no story text). */
export async function readStory(ctx: ServiceContext, storyId: string): Promise<StoryView | null> {
  if (!UUID.test(storyId)) return null;
  const story = await findStoryDetail(ctx.db, ctx.tenantId, storyId);
  if (!story) return null;
  await recordAudit(ctx.db, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'stories.read', subject: story.ref });
  const areaNames = Object.fromEntries((await listAreas(ctx.db, ctx.tenantId)).map((a) => [a.code, a.name]));
  return { ...story, areaNames };
}

export interface IndicatorTable {
  definition: IndicatorDefinition;
  periods: string[];
  /** One row per area (and provider, when the figures are per provider). */
  /** For raad and aanbieder a value on a numerator below the threshold is { suppressed: true }. */
  rows: { area: string; areaName: string; provider: string | null; values: (Figure | null | undefined)[] }[];
}

export async function indicatorTables(ctx: ServiceContext): Promise<IndicatorTable[]> {
  const definitions = await listDefinitions(ctx.db, ctx.tenantId);
  // A provider (aanbieder) sees its own figures beside the whole area, never another provider's.
  const observations = filterObservations(await listObservations(ctx.db, ctx.tenantId), await visibleProviders(ctx));
  const areaNames = new Map((await listAreas(ctx.db, ctx.tenantId)).map((a) => [a.code, a.name]));
  const providerNames = new Map((await listProviders(ctx.db, ctx.tenantId)).map((p) => [p.code, p.name]));
  const policy = await readerPolicy(ctx);
  return definitions.map((definition) => {
    const own = observations.filter((o) => o.indicator === definition.key);
    const periods = [...new Set(own.map((o) => o.period))].sort();
    const rows = new Map<string, IndicatorTable['rows'][number]>();
    for (const o of own) {
      const id = `${o.provider ?? ''}|${o.area}`;
      let row = rows.get(id);
      if (!row) {
        row = {
          area: o.area,
          areaName: areaNames.get(o.area) ?? o.area,
          provider: o.provider === null ? null : (providerNames.get(o.provider) ?? o.provider),
          values: periods.map(() => undefined),
        };
        rows.set(id, row);
      }
      row.values[periods.indexOf(o.period)] = indicatorValue(o, policy);
    }
    // Whole areas first (gemeente before wijk, by code), then per provider.
    const sorted = [...rows.values()].sort(
      (a, b) =>
        Number(a.provider !== null) - Number(b.provider !== null) || (a.provider ?? '').localeCompare(b.provider ?? '', 'nl') || a.area.localeCompare(b.area),
    );
    return { definition, periods, rows: sorted };
  });
}

export async function importChoices(ctx: ServiceContext) {
  const overview = await countStoriesPerQuestionnaire(ctx.db, ctx.tenantId);
  const questionnaires = [];
  for (const q of overview) {
    const stored = await findQuestionnaire(ctx.db, ctx.tenantId, q.key);
    questionnaires.push({ key: q.key, title: stored?.definition.title ?? { nl: q.key }, stories: q.stories });
  }
  const collections = (await listCollections(ctx.db, ctx.tenantId)).map((c) => ({ slug: c.slug, title: c.title }));
  return { questionnaires, collections };
}

/** The demo accounts, shown on the sign-in page only while the fictional demo municipality exists. */
export async function demoSignInHint(db: Database): Promise<{ emails: string[]; password: string } | null> {
  const tenant = await findTenantBySlug(db, DEMO_TENANT_SLUG);
  if (!tenant?.fictional) return null;
  return { emails: demoUsers().map((u) => u.email), password: DEMO_PASSWORD };
}
