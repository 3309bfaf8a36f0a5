// The opgave's indicators: a series for the whole municipality and one per wijk (the small
// multiples), each with its trend judged against the municipality's own target direction.
// Values resting on a numerator below the threshold are suppressed for the council.
import { listDefinitions, listObservations } from '../../db/repositories/indicators.repository.ts';
import { listAreas } from '../../db/repositories/tenants.repository.ts';
import { areaLevelOf, type Observation } from '../../domain/indicators/types.ts';
import { trendOf } from '../../domain/monitor/trend.ts';
import { indicatorValue } from '../../domain/disclosure/indicators.ts';
import type { SuppressionPolicy } from '../../domain/privacy/suppression.ts';
import type { ServiceContext } from '../context.ts';
import type { IndicatorSeries, MonitorIndicator, SuppressionNote } from '../../domain/monitor/types.ts';

const byPeriod = (x: { period: string }, y: { period: string }) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0);

/** Periods up to and including the monitor's period ("2026" keeps 2025 and 2026-Q3, not 2027). */
function withinPeriod(period: string, until: string | null): boolean {
  return until === null || period.slice(0, until.length) <= until;
}

export async function indicatorsSection(
  ctx: ServiceContext,
  keys: readonly string[],
  input: { period: string | null; policy: SuppressionPolicy; notes: SuppressionNote[] },
): Promise<MonitorIndicator[]> {
  if (keys.length === 0) return [];
  const definitions = new Map((await listDefinitions(ctx.db, ctx.tenantId)).map((d) => [d.key, d]));
  const areaNames = new Map((await listAreas(ctx.db, ctx.tenantId)).map((a) => [a.code, a.name]));
  const result: MonitorIndicator[] = [];
  for (const key of keys) {
    const definition = definitions.get(key);
    if (!definition) continue;
    // The whole area only: provider rows are the providers' own view, not the council's monitor.
    const observations = (await listObservations(ctx.db, ctx.tenantId, key)).filter((o) => o.provider === null && withinPeriod(o.period, input.period));
    const byArea = new Map<string, Observation[]>();
    for (const o of observations) byArea.set(o.area, [...(byArea.get(o.area) ?? []), o]);
    const series = (code: string, rows: Observation[]): IndicatorSeries => {
      const name = areaNames.get(code) ?? code;
      const points = rows.sort(byPeriod).map((o) => {
        if (o.value === null) return { period: o.period, value: null };
        const shown = indicatorValue(o, input.policy);
        if (typeof shown !== 'number') input.notes.push({ section: 'indicators', label: `${definition.name} — ${name} ${o.period}` });
        return { period: o.period, value: shown };
      });
      const trend = trendOf(
        points.map((p) => ({ period: p.period, value: typeof p.value === 'number' ? p.value : null })),
        definition.direction,
      );
      return { area: areaLevelOf(code) === 'gemeente' ? null : { code, name }, points, trend };
    };
    const codes = [...byArea.keys()];
    const whole = codes.find((c) => areaLevelOf(c) === 'gemeente');
    result.push({
      key,
      name: definition.name,
      unit: definition.unit,
      direction: definition.direction,
      source: definition.source,
      definition: definition.definition,
      periods: [...new Set(observations.map((o) => o.period))].sort(),
      whole: whole ? series(whole, byArea.get(whole)!) : null,
      areas: codes
        .filter((c) => areaLevelOf(c) === 'wijk')
        .map((c) => series(c, byArea.get(c)!))
        .sort((x, y) => x.area!.name.localeCompare(y.area!.name, 'nl')),
    });
  }
  return result;
}
