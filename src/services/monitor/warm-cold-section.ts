// Warm × cold per wijk: for the strongest links between a story measure and one of the opgave's
// indicators (services/link.ts), where stories and numbers agree or disagree per wijk in the
// latest year with both. ρ is across wijken (one point per wijk, domain/link/link.ts); its q, the
// number of wijken and the few-areas flag go to every reader. Story counts and values below the
// threshold are suppressed, and a suppressed wijk gets no agreement either (that would reveal on
// which side its value lies).
import { agreements } from '../../domain/monitor/agreement.ts';
import { correlationStrength } from '../../domain/monitor/strength.ts';
import { questionKeyOf, variableLabel } from '../../domain/monitor/labels.ts';
import { cellAtoms } from '../../domain/disclosure/atoms.ts';
import type { PatternStories } from '../../domain/disclosure/pattern-figures.ts';
import { discloseAtoms, exactDisclosed, valueFigure, type DisclosurePolicy } from '../../domain/disclosure/rounding.ts';
import type { AnalysisVariables } from '../../domain/patterns/variables.ts';
import { isSuppressed, type Figure } from '../../domain/privacy/suppression.ts';
import type { IndicatorDefinition } from '../../domain/indicators/types.ts';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import type { Link } from '../../domain/link/types.ts';
import type { ServiceContext } from '../context.ts';
import { linkQuestionnaire } from '../link.ts';
import { findCachedScan, saveCachedScan, storiesFingerprint } from '../../db/repositories/pattern-cache.repository.ts';
import { observationsFingerprint } from '../../db/repositories/monitor.repository.ts';
import type { LinkDocument } from '../../domain/link/types.ts';
import type { SuppressionNote, WarmColdLink, WarmColdSection } from '../../domain/monitor/types.ts';

const MAX_LINKS = 3;
/** As the pattern scan: q below this is a link, above it the section says there is none to show. */
const SIGNIFICANT_Q = 0.05;
/**
 * Kept beside the questionnaire's scans in pattern_scans (their keys are JSON, so no clash).
 * v2: ρ across wijken instead of pooled wijk × year points; a v1 document is never served again.
 */
const LINK_CACHE_KEY = 'monitor-link/v2';

/**
 * The link reads every story with its answers: seconds for thousands of stories. It is cached
 * like the scan, valid while the stories (fingerprint), the questionnaire version and the
 * indicator observations are unchanged; withdrawals and moderation change the fingerprint.
 */
async function cachedLink(ctx: ServiceContext, questionnaire: { id: string; key: string; versionId: string }): Promise<LinkDocument> {
  const version = `${questionnaire.versionId}:${await storiesFingerprint(ctx.db, ctx.tenantId, questionnaire.id)}:${await observationsFingerprint(ctx.db, ctx.tenantId)}`;
  const hit = await findCachedScan(ctx.db, ctx.tenantId, questionnaire.id, LINK_CACHE_KEY);
  if (hit && hit.storiesVersion === version) return hit.document as LinkDocument;
  const document = await linkQuestionnaire(ctx, questionnaire.key);
  await saveCachedScan(ctx.db, {
    tenantId: ctx.tenantId,
    questionnaireId: questionnaire.id,
    filterKey: LINK_CACHE_KEY,
    storiesVersion: version,
    document,
    createdAt: new Date(),
  });
  return document;
}

export async function warmColdSection(
  ctx: ServiceContext,
  questionnaire: { id: string; key: string; versionId: string; definition: Questionnaire },
  input: {
    period: string | null;
    indicators: ReadonlyMap<string, IndicatorDefinition>;
    linkedQuestions: ReadonlySet<string>;
    areaNames: Record<string, string>;
    policy: DisclosurePolicy;
    notes: SuppressionNote[];
    /** The stories of the year this section shows, by month (rounding of the per-wijk counts). */
    stories: () => Promise<PatternStories>;
    /** The indicator's value as the indicator section shows it (hidden there → hidden here). */
    indicatorFigure: (indicator: string, area: string, period: string) => Figure | null | undefined;
  },
): Promise<WarmColdSection> {
  if (!questionnaire.definition.questions.some((q) => q.type === 'area')) return { available: false, reason: 'no-area-question', links: [] };
  if (input.indicators.size === 0) return { available: false, reason: 'no-indicators', links: [] };
  const document = await cachedLink(ctx, questionnaire);
  const relevant = (l: Link) =>
    input.indicators.has(l.indicator) && l.rho !== null && (input.linkedQuestions.size === 0 || input.linkedQuestions.has(questionKeyOf(l.story_variable)));
  const chosen: Link[] = [];
  // Links are ranked by p; one per indicator keeps the section short. A link that is not
  // significant is still shown (the reader should know that stories and figures were set side
  // by side) but labelled so, and its wijken get no agreement (see present).
  for (const link of document.links.filter(relevant)) {
    if (chosen.some((c) => c.indicator === link.indicator)) continue;
    chosen.push(link);
    if (chosen.length === MAX_LINKS) break;
  }
  const source = input.policy.apply && chosen.length ? await input.stories() : null;
  const links = chosen
    .map((link) => present(link, questionnaire.definition, input, source, document.area_question))
    .filter((l): l is WarmColdLink => l !== null);
  return { available: links.length > 0, reason: links.length ? null : 'no-links', links };
}

/** Whether story i carries the link's story variable (a numeric variable, an option, or "question=option"). */
function carries(variables: AnalysisVariables, name: string): ((i: number) => boolean) | null {
  const numeric = variables.numeric.find((v) => v.name === name);
  if (numeric) return (i) => !Number.isNaN(numeric.values[i]);
  const categorical = variables.categorical.find((v) => v.name === name) ?? variables.categorical.find((v) => v.name === name.slice(0, name.indexOf('=')));
  return categorical ? (i) => categorical.codes[i] >= 0 : null;
}

function present(
  link: Link,
  definition: Questionnaire,
  input: Parameters<typeof warmColdSection>[2],
  source: PatternStories | null,
  areaQuestion: string,
): WarmColdLink | null {
  // Link points are years: a quarter or month shows its year (the heading says which).
  const year = input.period?.slice(0, 4) ?? null;
  const withBoth = link.points.filter((p) => p.story_value !== null && p.indicator_value !== null && (year === null || p.period === year));
  if (withBoth.length === 0) return null;
  const period = withBoth
    .map((p) => p.period)
    .sort()
    .at(-1)!;
  const points = link.points.filter((p) => p.period === period && p.area.startsWith('WK'));
  const indicator = input.indicators.get(link.indicator)!;
  // Rounded per wijk and month from the stories themselves (issue 10, class 3): the same atoms
  // as every other count of these stories, so no total minus the visible wijken gives one away.
  let atoms: Map<string, readonly (readonly string[])[]> | null = null;
  if (source) {
    const area = source.variables.categorical.find((v) => v.name === areaQuestion);
    const has = carries(source.variables, link.story_variable);
    if (!area || !has) return null;
    atoms = cellAtoms(source.stories, (i) =>
      area.codes[i] >= 0 && has(i) && source.stories.months[i].startsWith(`${period}-`) ? area.labels[area.codes[i]] : null,
    );
  }
  const shown = points.map((p) => {
    const counted = atoms ? discloseAtoms(atoms.get(p.area) ?? [], input.policy) : exactDisclosed(p.stories);
    const stories = counted.figure;
    const storyValue = p.story_value === null ? null : isSuppressed(stories) ? stories : valueFigure(p.story_value, counted, input.policy);
    const name = input.areaNames[p.area] ?? p.area;
    if (isSuppressed(stories) || isSuppressed(storyValue)) input.notes.push({ section: 'warmCold', label: `${name} (${period})` });
    const fromSection = input.indicatorFigure(link.indicator, p.area, period);
    const indicatorValue: Figure | null = input.policy.apply && fromSection !== undefined ? fromSection : p.indicator_value;
    return { code: p.area, name, stories, storyValue, indicatorValue };
  });
  const significant = link.q !== null && link.q < SIGNIFICANT_Q;
  // "Komt overeen" per wijk follows the sign of ρ; without a significant ρ there is no direction to agree with.
  const agreement = agreements(
    shown.map((a) => ({
      story: typeof a.storyValue === 'number' ? a.storyValue : null,
      indicator: typeof a.indicatorValue === 'number' ? a.indicatorValue : null,
    })),
    significant ? link.rho : null,
  );
  return {
    storyVariable: { key: link.story_variable, label: variableLabel(definition, link.story_variable) },
    aggregate: link.aggregate,
    indicator: { key: indicator.key, name: indicator.name, unit: indicator.unit, direction: indicator.direction },
    rho: link.rho,
    q: link.q,
    significant,
    nAreas: link.n_areas,
    fewAreas: link.flags.includes('few_areas'),
    strength: link.rho === null ? null : correlationStrength(link.rho),
    period,
    areas: shown.map((a, i) => ({ ...a, agreement: agreement[i] })).sort((x, y) => x.name.localeCompare(y.name, 'nl')),
  };
}
