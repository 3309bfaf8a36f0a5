// Sets story measures against indicators: per (story variable, indicator) Spearman's ρ across the
// (area, period) points, as scipy.stats.spearmanr, and q by Benjamini–Hochberg over the run
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

/** ρ over the points with enough stories and both values; flags from all listed points. */
export function linkOf(storyVariable: string, aggregate: Link['aggregate'], indicator: string, points: LinkPoint[]): Link {
  const x: number[] = [];
  const y: number[] = [];
  const areas = new Set<string>();
  for (const point of points) {
    if (point.too_few_stories || point.story_value === null || point.indicator_value === null) continue;
    x.push(point.story_value);
    y.push(point.indicator_value);
    areas.add(point.area);
  }
  const { rho, p } = spearman(x, y);
  const flags: LinkFlag[] = [];
  if (areas.size < MIN_AREAS) flags.push('few_areas');
  if (points.some((point) => point.too_few_stories)) flags.push('few_stories');
  return {
    story_variable: storyVariable,
    aggregate,
    indicator,
    rho: Number.isNaN(rho) ? null : rho,
    p: Number.isNaN(p) ? null : p,
    q: null,
    n_points: x.length,
    n_areas: areas.size,
    flags,
    points,
  };
}
