// Choropleth maps for the monitor (and the council report), drawn from the monitor's own data
// after disclosure control: the indicator section's wijk values of its newest period, and per
// warm × cold link the indicator and story values of its year. No value is read anew, so a map
// shows exactly what the tables show, suppressed values included (hatched, never coloured).
import type { MappedArea } from '../../db/repositories/areas.repository.ts';
import type { Figure } from '../../domain/privacy/suppression.ts';
import { mapOfValues, mappedAreas } from '../area-maps.ts';
import type { MonitorMaps } from '../../domain/areas/maps.ts';
import type { ServiceContext } from '../context.ts';
import type { MonitorData } from '../../domain/monitor/types.ts';

export type { MonitorMaps };

function monitorMapsOf(mapped: MappedArea[], data: MonitorData, width = 600): MonitorMaps {
  const maps: MonitorMaps = { indicators: new Map(), warmCold: new Map() };
  if (mapped.length === 0) return maps;
  for (const indicator of data.indicators) {
    const period = indicator.periods.at(-1);
    if (!period) continue;
    const values = new Map<string, Figure | null>();
    for (const s of indicator.areas) if (s.area) values.set(s.area.code, s.points.find((p) => p.period === period)?.value ?? null);
    const map = mapOfValues(mapped, values, width);
    if (map) maps.indicators.set(indicator.key, { period, map });
  }
  if (data.warmCold.available) {
    data.warmCold.links.forEach((link, index) => {
      const cold = mapOfValues(mapped, new Map(link.areas.map((a) => [a.code, a.indicatorValue])), width);
      const warm = mapOfValues(mapped, new Map(link.areas.map((a) => [a.code, a.storyValue])), width);
      maps.warmCold.set(index, { indicator: cold ? { period: link.period, map: cold } : null, stories: warm ? { period: link.period, map: warm } : null });
    });
  }
  return maps;
}

export async function monitorMaps(ctx: ServiceContext, data: MonitorData, width = 600): Promise<MonitorMaps> {
  return monitorMapsOf(await mappedAreas(ctx), data, width);
}
