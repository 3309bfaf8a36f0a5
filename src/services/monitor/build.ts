// Builds the monitor of one opgave (duiding.monitor/v1) for one reader. For the raad and
// aanbieder roles small-cell suppression is applied HERE, on the server, before the data reaches
// a page, the API or the report (domain/privacy/suppression.ts, docs/monitor.md).
import { seenForOpgave } from '../sensemaking/feeds.ts';
import { listDefinitions } from '../../db/repositories/indicators.repository.ts';
import { findTenantById, listIndicatorKeysOfOpgave, listQuestionnaireKeysOfOpgave } from '../../db/repositories/monitor.repository.ts';
import { collectionsOfTenant } from '../../db/repositories/disclosure-collections.repository.ts';
import { findQuestionnaire, type StoredQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { listAreas } from '../../db/repositories/tenants.repository.ts';
import { parsePeriod } from '../../domain/patterns/filter.ts';
import type { PatternStories } from '../../domain/disclosure/pattern-figures.ts';
import { isSuppressed, type Figure } from '../../domain/privacy/suppression.ts';
import { disclosurePolicy, storiesPerCollection, sumDisclosed } from '../disclosure.ts';
import { monitorStories } from './disclosure-source.ts';
import { InputRejected } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { actionsOf, theoryOfChange } from '../opgaven.ts';
import { curatedStoriesOf, unknownOpgave } from './curation.ts';
import { indicatorsSection } from './indicators-section.ts';
import { patternsSection } from './patterns-section.ts';
import { summaryOf, theoryView } from './summary.ts';
import {
  MONITOR_FORMAT,
  type MonitorData,
  type MonitorOptions,
  type MonitorPattern,
  type SuppressionNote,
  type WarmColdSection,
} from '../../domain/monitor/types.ts';
import { warmColdSection } from './warm-cold-section.ts';

export async function buildMonitor(ctx: ServiceContext, opgaveKey: string, options: MonitorOptions): Promise<MonitorData> {
  const period = checkPeriod(options.period ?? null);
  const tenant = await findTenantById(ctx.db, ctx.tenantId);
  const toc = await theoryOfChange(ctx, opgaveKey, { storyTitles: false, lang: 'nl' });
  if (!tenant || !toc) throw unknownOpgave(opgaveKey);
  const policy = disclosurePolicy(options.roles, tenant);
  const notes: SuppressionNote[] = [];
  const opgaveId = toc.opgave.id;

  const elements = toc.statements.flatMap((s) => [s, ...s.assumptions]);
  const linkedQuestions = new Set(elements.flatMap((e) => e.links.filter((l) => l.kind === 'question').map((l) => l.ref)));
  const indicatorKeys = [
    ...new Set([
      ...elements.flatMap((e) => e.links.filter((l) => l.kind === 'indicator').map((l) => l.ref)),
      ...(await listIndicatorKeysOfOpgave(ctx.db, ctx.tenantId, opgaveId)),
    ]),
  ];
  const questionnaires = await questionnairesOf(ctx, opgaveId);
  const areaNames = Object.fromEntries((await listAreas(ctx.db, ctx.tenantId)).map((a) => [a.code, a.name]));
  const definitions = new Map((await listDefinitions(ctx.db, ctx.tenantId)).filter((d) => indicatorKeys.includes(d.key)).map((d) => [d.key, d]));

  const indicators = await indicatorsSection(ctx, indicatorKeys, { period, policy, notes });
  // Warm × cold repeats indicator values: it shows them exactly as the indicator section does.
  const indicatorFigure = (key: string, area: string, at: string): Figure | null | undefined =>
    indicators
      .find((i) => i.key === key)
      ?.areas.find((a) => a.area?.code === area)
      ?.points.find((p) => p.period === at)?.value;
  const patterns: MonitorPattern[] = [];
  let scanned = 0;
  let significant = 0;
  const tests = new Set<MonitorPattern['test']>();
  let warmCold: WarmColdSection = { available: false, reason: questionnaires.length ? 'no-links' : 'no-questionnaire', links: [] };
  for (const q of questionnaires) {
    let loaded: Promise<PatternStories> | undefined;
    const stories = () => (loaded ??= monitorStories(ctx, q, period));
    const section = await patternsSection(ctx, q, { period, linkedQuestions, areaNames, policy, notes, stories });
    patterns.push(...section.patterns);
    scanned += section.scanned;
    significant += section.significant;
    section.tests.forEach((t) => tests.add(t));
    // Warm × cold shows a year (a quarter or month shows its year), so its per-wijk counts are
    // rounded from that whole year's stories: the same month atoms as the year's own monitor.
    const year = period?.slice(0, 4) ?? null;
    let loadedYear: Promise<PatternStories> | undefined;
    const yearStories = year === period ? stories : () => (loadedYear ??= monitorStories(ctx, q, year));
    if (!warmCold.available)
      warmCold = await warmColdSection(ctx, q, {
        period,
        indicators: definitions,
        linkedQuestions,
        areaNames,
        policy,
        notes,
        stories: yearStories,
        indicatorFigure,
      });
  }

  const curated = await curatedStoriesOf(ctx, opgaveId, period);
  const shownKeys = new Set(patterns.map((p) => p.key));
  for (const p of patterns) p.stories = curated.filter((s) => s.patternKey === p.key).slice(0, 3);
  const general = curated.filter((s) => !shownKeys.has(s.patternKey));

  // Stories per channel, rounded per collection and month; the total is their sum, never a
  // fresh exact count (that would give a hidden channel away as total minus the others).
  const questionnaireIds = questionnaires.map((q) => q.id);
  const perCollection = await storiesPerCollection(ctx, policy, { questionnaireIds, period: period ? parsePeriod(period) : null });
  const channels = (await collectionsOfTenant(ctx.db, ctx.tenantId))
    .filter((c) => perCollection.has(c.id))
    .map((c) => ({ title: c.title, mode: c.mode, counted: perCollection.get(c.id)! }));
  for (const c of channels) if (isSuppressed(c.counted.figure)) notes.push({ section: 'method', label: c.title });
  const totalStories = sumDisclosed(
    channels.map((c) => c.counted),
    policy,
  ).figure;
  const actions = await actionsOf(ctx, opgaveKey);
  // Evidence links to what it cites when that is on this page: a shown pattern, an indicator.
  const theory = theoryView(toc, policy, { patterns: new Set(patterns.map((p) => p.key)), indicators: new Set(indicators.map((i) => i.key)) });

  return {
    format: MONITOR_FORMAT,
    generatedAt: new Date().toISOString(),
    tenant: { name: tenant.name, fictional: tenant.fictional },
    opgave: { key: toc.opgave.key, title: toc.opgave.title, description: toc.opgave.description, domain: toc.opgave.domain },
    period,
    threshold: policy.threshold,
    suppressionApplied: policy.apply,
    summary: summaryOf({ stories: totalStories, indicators, patterns, theory, actions }),
    indicators,
    patterns,
    curatedStories: general,
    warmCold,
    theoryOfChange: theory,
    seen: await seenForOpgave(ctx, opgaveId),
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      description: a.description,
      owner: a.owner,
      dueOn: a.dueOn,
      learningLevel: a.learningLevel,
      status: a.status,
      followUp: a.followUp,
      dialogue: { title: a.dialogueTitle, kind: a.dialogueKind, heldOn: a.heldOn },
    })),
    method: {
      stories: totalStories,
      questionnaires: questionnaires.map((q) => q.key),
      channels: channels.map((c) => ({ title: c.title, mode: c.mode, stories: c.counted.figure })),
      tests: [...tests],
      patternsScanned: scanned,
      significantPatterns: significant,
      curatedStories: curated.length,
    },
    suppressions: notes,
  };
}

function checkPeriod(period: string | null): string | null {
  if (period === null || period.trim() === '') return null;
  const parsed = parsePeriod(period);
  if (!parsed) {
    throw new InputRejected([
      {
        field: 'period',
        code: 'invalid-period',
        nl: `"${period}" is geen periode; schrijf bijvoorbeeld 2026, 2026-Q1 of 2026-03`,
        en: `"${period}" is not a period; write e.g. 2026, 2026-Q1 or 2026-03`,
      },
    ]);
  }
  return parsed.label;
}

/**
 * The opgave's questionnaires: only those tied to it (questionnaires.opgave_id, set on the opgave
 * page). There used to be a fallback to every questionnaire that asks a question the theory of
 * change links to; question keys such as "gehoord" recur across questionnaires, so a Wmo opgave
 * showed 2,000 youth-care stories. No tie now means no stories, and the page says so.
 */
async function questionnairesOf(ctx: ServiceContext, opgaveId: string): Promise<StoredQuestionnaire[]> {
  const found: StoredQuestionnaire[] = [];
  for (const key of await listQuestionnaireKeysOfOpgave(ctx.db, ctx.tenantId, opgaveId)) {
    const q = await findQuestionnaire(ctx.db, ctx.tenantId, key);
    if (q) found.push(q);
  }
  return found;
}
