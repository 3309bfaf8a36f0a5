// Indicators with trend and target direction: the whole municipality first, the wijken as
// small multiples behind a disclosure, and every value in a table alternative.
import type { IndicatorSeries, MonitorData, MonitorIndicator } from '../../../domain/monitor/types.ts';
import { SeriesChart, sharedScale } from '../../charts/series-chart.tsx';
import { formatNumber } from '../../format.ts';
import type { View } from '../../view.ts';
import { Disclosure, FigureText, numberOf } from './figure.tsx';
import type { MonitorMaps } from '../../../services/monitor/maps.ts';
import { ChoroplethMap } from '../../charts/choropleth.tsx';
import { TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

export function IndicatorsSection({ view, data, print, maps }: { view: View; data: MonitorData; print: boolean; maps?: MonitorMaps }) {
  const m = view.t.monitor.indicators;
  return (
    <Card id="cijfers" title={m.title}>
      <p class="utrecht-paragraph">{m.intro}</p>
      {data.indicators.length === 0 ? <p class="utrecht-paragraph duiding-empty">{m.none}</p> : null}
      {data.indicators.map((indicator) => (
        <Indicator view={view} indicator={indicator} print={print} maps={maps} />
      ))}
    </Card>
  );
}

function Indicator({ view, indicator, print, maps }: { view: View; indicator: MonitorIndicator; print: boolean; maps?: MonitorMaps }) {
  const m = view.t.monitor.indicators;
  const all = [indicator.whole, ...indicator.areas].filter((s): s is IndicatorSeries => s !== null);
  const scale = sharedScale(all.flatMap((s) => s.points.map((p) => numberOf(p.value))));
  const format = (v: number) => formatNumber(v, view.lang);
  const chart = (series: IndicatorSeries, index: number) => {
    const area = series.area?.name ?? m.whole;
    const points = series.points.map((p) => ({ period: p.period, value: numberOf(p.value) }));
    return (
      <figure class="duiding-multiple">
        <SeriesChart
          id={`ind-${indicator.key}-${index}`}
          title={m.chartTitle(indicator.name, area)}
          desc={m.chartDesc(points.map((p) => `${p.period}: ${p.value === null ? view.t.monitor.missing : format(p.value)}`).join('; '))}
          points={points}
          scale={scale}
          format={format}
        />
        <figcaption class="duiding-multiple__caption">
          <strong>{area}</strong>
          <br />
          <TrendText view={view} series={series} />
        </figcaption>
      </figure>
    );
  };
  return (
    <article class="duiding-monitor__indicator" aria-labelledby={`ind-${indicator.key}`}>
      <h3 class="utrecht-heading-3" id={`ind-${indicator.key}`}>
        {indicator.name}
        {indicator.unit ? ` (${indicator.unit})` : ''}
      </h3>
      <p class="utrecht-paragraph duiding-monitor__goal">{m.goal[indicator.direction]}</p>
      {indicator.whole ? <div class="duiding-multiples">{chart(indicator.whole, 0)}</div> : null}
      {(() => {
        // The wijken of the newest period as a map, where the area register has their shapes.
        const shown = maps?.indicators.get(indicator.key);
        if (!shown) return null;
        const a = view.t.areas.map;
        return (
          <ChoroplethMap
            id={`kaart-ind-${indicator.key}`}
            map={shown.map}
            title={a.title(indicator.name, shown.period)}
            desc={a.desc(shown.map.areas.length, shown.period)}
            tableId={`ind-${indicator.key}`}
            format={format}
            t={a}
          />
        );
      })()}
      {indicator.areas.length ? (
        <Disclosure summary={m.showPerArea} open={print}>
          <div class="duiding-multiples">{indicator.areas.map((s, i) => chart(s, i + 1))}</div>
        </Disclosure>
      ) : null}
      <Disclosure summary={m.table} open={print}>
        <TableRegion caption={m.tableCaption(indicator.name)}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {m.area}
              </th>
              {indicator.periods.map((p) => (
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {all.map((series) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {series.area?.name ?? m.whole}
                </th>
                {indicator.periods.map((period) => (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                    <FigureText view={view} value={series.points.find((p) => p.period === period)?.value ?? null} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </Disclosure>
      {indicator.source ? (
        <p class="utrecht-paragraph duiding-monitor__source">
          {m.source}: {indicator.source}
        </p>
      ) : null}
    </article>
  );
}

function TrendText({ view, series }: { view: View; series: IndicatorSeries }) {
  const m = view.t.monitor.indicators;
  const trend = series.trend;
  if (!trend) return <>{m.noTrend}</>;
  const at = (period: string) => numberOf(series.points.find((p) => p.period === period)?.value) ?? 0;
  return (
    <span class={`duiding-trend duiding-trend--${trend.judgement}`}>
      {m.trend(trend.from, trend.to, formatNumber(at(trend.from), view.lang), formatNumber(at(trend.to), view.lang), m.judgement[trend.judgement])}
    </span>
  );
}
