// Choropleth maps in the council report: per indicator its wijken in the newest period, and per
// warm × cold link the indicator's side, where the area register has shapes. The maps come from
// the monitor's disclosed values (services/monitor/maps.ts): a suppressed wijk is never coloured,
// and the chart's table alternative says "te weinig" exactly where the tables do.
import type { Choropleth } from '../domain/areas/choropleth.ts';
import type { MonitorData } from '../domain/monitor/types.ts';
import type { MonitorMaps } from '../domain/areas/maps.ts';
import type { ReportBlock, ReportChart } from './document.ts';
import type { SectionContext } from './sections.ts';

function mapChart(c: SectionContext, name: string, unit: string, period: string, map: Choropleth): ReportChart {
  const nl = c.lang === 'nl';
  return {
    kind: 'map',
    title: nl ? `Kaart: ${name} per wijk, ${period}` : `Map: ${name} per area, ${period}`,
    description: nl
      ? `Kaart van ${map.areas.length} wijken in ${period}; hoe donkerder, hoe hoger de waarde. De cijfers staan in de tabel eronder.`
      : `Map of ${map.areas.length} areas in ${period}; the darker, the higher the value. The figures are in the table below.`,
    unit,
    categoryLabel: nl ? 'Wijk' : 'Area',
    categories: map.areas.map((a) => a.name),
    series: [{ name, values: map.areas.map((a) => (a.cell.kind === 'value' ? a.cell.value : a.cell.kind === 'suppressed' ? c.t.tooFew : c.t.missing)) }],
    map,
    mapLegend: { suppressed: c.t.tooFew, missing: c.t.missing },
  };
}

export function indicatorMapBlocks(m: MonitorData, maps: MonitorMaps | undefined, c: SectionContext): ReportBlock[] {
  if (!maps) return [];
  return m.indicators.flatMap((i) => {
    const shown = maps.indicators.get(i.key);
    return shown ? [{ kind: 'chart', chart: mapChart(c, i.name, i.unit, shown.period, shown.map) } satisfies ReportBlock] : [];
  });
}

export function warmColdMapBlocks(m: MonitorData, maps: MonitorMaps | undefined, c: SectionContext): ReportBlock[] {
  if (!maps || !m.warmCold.available) return [];
  return m.warmCold.links.flatMap((link, index) => {
    const shown = maps.warmCold.get(index)?.indicator;
    return shown ? [{ kind: 'chart', chart: mapChart(c, link.indicator.name, link.indicator.unit, link.period, shown.map) } satisfies ReportBlock] : [];
  });
}
