// Warm × cold (duiding.link/v1): story measures per area and period set against indicator values
// for the same areas and periods.

export const LINK_FORMAT = 'duiding.link/v1';

/** A point (area, period) enters ρ only when at least this many stories carry the variable there. */
export const MIN_STORIES_PER_POINT = 10;
/** Fewer distinct areas than this among the points that enter ρ earns the flag few_areas. */
export const MIN_AREAS = 8;

export type LinkAggregate = 'median' | 'share';
export type LinkFlag = 'few_areas' | 'few_stories';

export interface LinkPoint {
  area: string;
  /** A year, e.g. "2025". */
  period: string;
  /** Stories in this area and period that carry the variable (answered, not "not applicable"). */
  stories: number;
  /** Median (numeric variable) or share 0…1 (option); null when no story carries it here. */
  story_value: number | null;
  /** Mean of the same values (for a share it equals story_value). */
  story_mean: number | null;
  /** The indicator's value; null when it has no (or a missing) observation here. */
  indicator_value: number | null;
  /** Fewer than MIN_STORIES_PER_POINT stories: listed, but left out of ρ. */
  too_few_stories: boolean;
}

export interface Link {
  story_variable: string;
  aggregate: LinkAggregate;
  indicator: string;
  /**
   * Spearman's ρ across areas: per area the mean over its years of how far it lies from that
   * year's mean of the areas (see linkOf); null when it cannot be computed.
   */
  rho: number | null;
  p: number | null;
  /** Benjamini–Hochberg over all links of the run. */
  q: number | null;
  /** (area, year) points that enter ρ: enough stories, both values, a year with ≥ 2 such areas. */
  n_points: number;
  /** Distinct areas among those points: the n of ρ and p (df = n_areas − 2). */
  n_areas: number;
  /** What one observation of ρ is: always "area" (added in 2026-12; the points are not independent). */
  unit: 'area';
  flags: LinkFlag[];
  /** Every point with stories or an indicator value, ordered by area then period. */
  points: LinkPoint[];
}

export interface LinkDocument {
  format: typeof LINK_FORMAT;
  questionnaire: string;
  /** Key of the area question that places a story in an area. */
  area_question: string;
  /** Published stories read; those without an area answer are counted apart. */
  stories: number;
  stories_without_area: number;
  /** Indicators asked for that have no yearly, provider-free observation for the areas and years of the stories. */
  indicators_without_observations: string[];
  /** Ranked by p (ascending; links without p last). */
  links: Link[];
}
