// The maps a page or the report draws: one choropleth per indicator (its newest period) and per
// warm × cold link. Plain data, built in services (area-maps.ts, monitor/maps.ts) from figures that
// already went through disclosure control, and drawn by web/charts and reports/.
import type { Choropleth } from './choropleth.ts';

export interface IndicatorMap {
  period: string;
  map: Choropleth;
}

export interface MonitorMaps {
  /** Per indicator key. */
  indicators: Map<string, IndicatorMap>;
  /** Per warm × cold link (by index): the cold side and the warm side. */
  warmCold: Map<number, { indicator: IndicatorMap | null; stories: IndicatorMap | null }>;
}
