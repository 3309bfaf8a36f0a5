// Sets story measures against indicators: per (story variable, indicator) Spearman's ρ across the
// areas (one point per wijk, see linkOf: never the (area, period) points pooled), as scipy.stats.spearmanr, and q by Benjamini–Hochberg over the run
// (scipy.stats.false_discovery_control(p, method="bh")).
//
// Points with fewer than MIN_STORIES_PER_POINT stories carrying the variable are listed with
// too_few_stories and left out of ρ — a median of three stories is noise, but an area that
// is hardly heard from is itself a finding, so it is never dropped from the output. The same
// holds for a point without an indicator value: listed (indicator_value null), not in ρ.
import type { Observation } from '../indicators/types.ts';
import { areaLevelOf } from '../indicators/types.ts';
import type { AreaQuestion } from '../questionnaire/types.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { spearman } from '../stats/spearman.ts';
import { compareCodePoints } from '../patterns/variables.ts';
import type { StoryAggregates } from './aggregate.ts';
import { LINK_FORMAT, MIN_AREAS, MIN_STORIES_PER_POINT, type Link, type LinkDocument, type LinkFlag, type LinkPoint } from './types.ts';

const YEAR_PERIOD = /^\d{4}$/;

export interface LinkInput {
  questionnaire: string;
  areaQuestion: AreaQuestion;
  aggregates: StoryAggregates;
  /** Keys of the indicators to set against, in the order wanted. */
  indicators: string[];
  observations: ReadonlyArray<Observation>;
}

export function linkStoriesToIndicators(input: LinkInput): LinkDocument {
  const { aggregates, areaQuestion } = input;
  const periods = new Set(aggregates.cells.map((c) => c.period));
  const listed = areaQuestion.areas ? new Set(areaQuestion.areas.map((a) => a.code)) : null;
  // Municipality-wide observations, yearly, for areas at the question's level and the stories' years.
  const series = new Map<string, Map<string, number | null>>();
  for (const o of input.observations) {
    if (o.provider !== null || !YEAR_PERIOD.test(o.period) || !periods.has(o.period)) continue;
    if (areaLevelOf(o.area) !== areaQuestion.level || (listed !== null && !listed.has(o.area))) continue;
    let values = series.get(o.indicator);
    if (!values) series.set(o.indicator, (values = new Map()));
    values.set(`${o.area}|${o.period}`, o.value);
  }

  const links: Link[] = [];
  const without: string[] = [];
  for (const indicator of input.indicators) {
    const values = series.get(indicator);
    if (!values) {
      without.push(indicator);
      continue;
    }
    const cells = pointCells(aggregates, values);
    for (const measure of aggregates.measures) {
      const points: LinkPoint[] = cells.map(({ area, period, storyCell }) => {
        const agg = storyCell < 0 ? null : measure.cells[storyCell];
        const stories = agg?.n ?? 0;
        return {
          area,
          period,
          stories,
          story_value: agg?.value ?? null,
          story_mean: agg?.mean ?? null,
          indicator_value: values.get(`${area}|${period}`) ?? null,
          too_few_stories: stories < MIN_STORIES_PER_POINT,
        };
      });
      links.push(linkOf(measure.name, measure.aggregate, indicator, points));
    }
  }

  const q = benjaminiHochberg(links.map((l) => l.p ?? Number.NaN));
  links.forEach((link, i) => (link.q = Number.isNaN(q[i]) ? null : q[i]));
  // Stable: equal p keep questionnaire order, then indicator order.
  links.sort((a, b) => (a.p ?? Infinity) - (b.p ?? Infinity) || (a.p === null ? 1 : 0) - (b.p === null ? 1 : 0));
  return {
    format: LINK_FORMAT,
    questionnaire: input.questionnaire,
    area_question: areaQuestion.key,
    stories: aggregates.stories,
    stories_without_area: aggregates.storiesWithoutArea,
    indicators_without_observations: without,
    links,
  };
}

/** The story cells and the indicator's cells together, ordered by area then period. */
function pointCells(aggregates: StoryAggregates, values: Map<string, number | null>) {
  const out = aggregates.cells.map((c, i) => ({ area: c.area, period: c.period, storyCell: i }));
  const seen = new Set(out.map((c) => `${c.area}|${c.period}`));
  for (const key of values.keys()) {
    if (seen.has(key)) continue;
    const [area, period] = key.split('|');
    out.push({ area, period, storyCell: -1 });
  }
  return out.sort((a, b) => compareCodePoints(a.area, b.area) || compareCodePoints(a.period, b.period));
}

/**
 * ρ with one point per area, never one per (area, year). Points of one wijk in different years
 * are not independent (a wijk that scores high one year scores high the next), so pooling them
 * as if they were makes p far too small: on simulated null data about 15 % of links came out at
 * p < 0.05 (tests/unit/link/null-calibration.test.ts). Instead, per year each measure is taken
 * relative to that year's mean over the wijken that enter, so a trend shared by all wijken cannot
 * pass for a link, and each wijk's deviations are averaged over its years. ρ and p are
 * scipy.stats.spearmanr over those area means (n = n_areas, df = n_areas − 2). A year with only
 * one entering wijk says nothing about differences between wijken and is left out.
 */
export function linkOf(storyVariable: string, aggregate: Link['aggregate'], indicator: string, points: LinkPoint[]): Link {
  const entering = points.filter((point) => !point.too_few_stories && point.story_value !== null && point.indicator_value !== null);
  const byYear = new Map<string, LinkPoint[]>();
  for (const point of entering) byYear.set(point.period, [...(byYear.get(point.period) ?? []), point]);
  const sums = new Map<string, { story: number; indicator: number; years: number }>();
  let used = 0;
  for (const year of byYear.values()) {
    if (year.length < 2) continue;
    used += year.length;
    const storyMean = year.reduce((s, p) => s + p.story_value!, 0) / year.length;
    const indicatorMean = year.reduce((s, p) => s + p.indicator_value!, 0) / year.length;
    for (const point of year) {
      const sum = sums.get(point.area) ?? { story: 0, indicator: 0, years: 0 };
      sum.story += point.story_value! - storyMean;
      sum.indicator += point.indicator_value! - indicatorMean;
      sum.years++;
      sums.set(point.area, sum);
    }
  }
  const areas = [...sums.keys()].sort(compareCodePoints);
  const { rho, p } = spearman(
    areas.map((a) => sums.get(a)!.story / sums.get(a)!.years),
    areas.map((a) => sums.get(a)!.indicator / sums.get(a)!.years),
  );
  const flags: LinkFlag[] = [];
  if (areas.length < MIN_AREAS) flags.push('few_areas');
  if (points.some((point) => point.too_few_stories)) flags.push('few_stories');
  return {
    story_variable: storyVariable,
    aggregate,
    indicator,
    rho: Number.isNaN(rho) ? null : rho,
    p: Number.isNaN(p) ? null : p,
    q: null,
    n_points: used,
    n_areas: areas.length,
    unit: 'area',
    flags,
    points,
  };
}
