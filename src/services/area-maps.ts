// Choropleth maps for figures that are already through disclosure control: given per indicator
// the shown value per area (a number, the suppressed marker, or nothing), and the register's
// geometries, the map of the newest period. Used by /cijfers, the monitor and the report.
import { listMappedAreas, type MappedArea } from '../db/repositories/areas.repository.ts';
import { buildChoropleth, type Choropleth } from '../domain/areas/choropleth.ts';
import type { IndicatorMap } from '../domain/areas/maps.ts';
import type { Figure } from '../domain/privacy/suppression.ts';
import type { IndicatorTable } from './browse.ts';
import type { ServiceContext } from './context.ts';

export type { IndicatorMap };

export async function mappedAreas(ctx: ServiceContext): Promise<MappedArea[]> {
  return listMappedAreas(ctx.db, ctx.tenantId);
}

/**
 * The map of one set of values, drawing one level only (wijken, or buurten, whichever has the
 * most areas with a shape and a row), so that a buurt never hides under its wijk.
 */
export function mapOfValues(mapped: MappedArea[], values: Map<string, Figure | null | undefined>, width = 600): Choropleth | null {
  const candidates = mapped.filter((a) => values.has(a.code));
  const byLevel = new Map<string, MappedArea[]>();
  for (const a of candidates) byLevel.set(a.level, [...(byLevel.get(a.level) ?? []), a]);
  const best = [...byLevel.values()].sort((x, y) => y.length - x.length)[0];
  if (!best || best.length < 2) return null; // one area is no map
  return buildChoropleth(best, values, width);
}

/** Per indicator table of /cijfers: the map of its newest period, from the whole-area rows. */
export function indicatorTableMaps(mapped: MappedArea[], tables: IndicatorTable[]): Map<string, IndicatorMap> {
  const maps = new Map<string, IndicatorMap>();
  if (mapped.length === 0) return maps;
  for (const table of tables) {
    const at = table.periods.length - 1;
    if (at < 0) continue;
    const values = new Map<string, Figure | null | undefined>();
    for (const row of table.rows) if (row.provider === null) values.set(row.area, row.values[at] ?? null);
    const map = mapOfValues(mapped, values);
    if (map) maps.set(table.definition.key, { period: table.periods[at]!, map });
  }
  return maps;
}
