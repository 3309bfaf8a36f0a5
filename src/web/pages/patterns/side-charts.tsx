// The charts of the questions themselves, beside the pattern's own: a slider's histogram, a
// triad's ternary plot with the average position per group, a stone's density on the stones
// canvas. Each with its table; every bar and area links to its stories.
import type { HistogramChart, SideChart, StonesChart, TernaryChart } from '../../../services/pattern-explorer.ts';
import { DensityGrid } from '../../charts/density-grid.tsx';
import { Histogram } from '../../charts/histogram.tsx';
import { fmt } from '../../charts/format.ts';
import { TernaryPlot } from '../../charts/ternary-plot.tsx';
import { TableRegion, TableHead } from '../../components/table-region.tsx';
import type { View } from '../../view.ts';
import { GridTable } from './main-chart.tsx';
import { RangeForm } from './range-form.tsx';
import { rangeOf, storiesHref, type Pairs } from './links.ts';

const num = (lang: 'nl' | 'en') => (v: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(v);

export function SideChartSection({ view, chart, keyOf, filter, index }: { view: View; chart: SideChart; keyOf: string; filter: Pairs; index: number }) {
  if (chart.kind === 'histogram') return <HistogramSection view={view} chart={chart} keyOf={keyOf} filter={filter} id={`grafiek-${index}`} />;
  if (chart.kind === 'ternary') return <TernarySection view={view} chart={chart} keyOf={keyOf} filter={filter} id={`grafiek-${index}`} />;
  return <StonesSection view={view} chart={chart} keyOf={keyOf} filter={filter} id={`grafiek-${index}`} />;
}

function HistogramSection({ view, chart, keyOf, filter, id }: { view: View; chart: HistogramChart; keyOf: string; filter: Pairs; id: string }) {
  const { t, lang } = view;
  const d = t.patterns.detail;
  const title = d.histogramOf(chart.label[lang]);
  const f = (v: number) => fmt(v, lang);
  const href = (i: number) => storiesHref(keyOf, { range: [rangeOf(chart.variable, chart.bins[i].from, chart.bins[i].max)] }, filter);
  const what = (i: number) => `${f(chart.bins[i].from)}–${f(chart.bins[i].max ?? chart.bins[i].from)}`;
  return (
    <section class="duiding-pattern-chart" aria-labelledby={`${id}-kop`}>
      <h3 class="utrecht-heading-3" id={`${id}-kop`}>
        {title}
      </h3>
      <Histogram
        id={id}
        title={title}
        desc={d.chartHelp}
        bins={chart.bins}
        format={f}
        href={href}
        cellLabel={(i) => d.cellLabel(what(i), chart.bins[i].count)}
        rangeHref={storiesHref(keyOf, { var: chart.variable }, filter)}
        rangeLabel={d.rangeChosen}
      />
      <p class="utrecht-paragraph duiding-hint">{d.rangeHelp}</p>
      <RangeForm
        view={view}
        id={id}
        keyOf={keyOf}
        variable={chart.variable}
        filter={filter}
        lowest={chart.bins[0]?.from ?? 0}
        highest={chart.bins[chart.bins.length - 1]?.to ?? 0}
      />
      <TableRegion caption={d.tableOf(title)}>
        <TableHead columns={[d.from, d.to, { label: d.count, numeric: true }]} />
        <tbody class="utrecht-table__body">
          {chart.bins.map((bin, i) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {f(bin.from)}
              </th>
              <td class="utrecht-table__cell">{bin.max === null ? '—' : f(bin.max)}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                {bin.count > 0 ? (
                  <a class="utrecht-link utrecht-link--html-a" href={href(i)} aria-label={d.cellLabel(what(i), bin.count)}>
                    {num(lang)(bin.count)}
                  </a>
                ) : (
                  '0'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}

function TernarySection({ view, chart, keyOf, filter, id }: { view: View; chart: TernaryChart; keyOf: string; filter: Pairs; id: string }) {
  const { t, lang } = view;
  const d = t.patterns.detail;
  const title = d.ternaryOf(chart.label[lang]);
  const corners = chart.corners.map((c) => c[lang]) as [string, string, string];
  const regions = chart.data.regions;
  const href = (r: number) =>
    storiesHref(
      keyOf,
      {
        range: [
          rangeOf(`${chart.question}.1`, regions[r].first.min, regions[r].first.max),
          rangeOf(`${chart.question}.2`, regions[r].second.min, regions[r].second.max),
        ],
      },
      filter,
    );
  const what = (r: number) =>
    `${corners[0]} ${d.percent(regions[r].first.min)}–${d.percent(regions[r].first.max)}, ${corners[1]} ${d.percent(regions[r].second.min)}–${d.percent(regions[r].second.max)}`;
  const centroids = chart.data.centroids.map((c) => ({
    label: c.label === null ? d.all : (chart.groupLabels[c.label]?.[lang] ?? c.label),
    shares: c.shares,
    n: c.n,
  }));
  return (
    <section class="duiding-pattern-chart" aria-labelledby={`${id}-kop`}>
      <h3 class="utrecht-heading-3" id={`${id}-kop`}>
        {title}
      </h3>
      <TernaryPlot
        id={id}
        title={title}
        desc={d.chartHelp}
        corners={corners}
        regions={regions}
        centroids={centroids}
        href={href}
        cellLabel={(r) => d.cellLabel(what(r), regions[r].count)}
      />
      <TableRegion caption={d.tableOf(title)}>
        <TableHead columns={[d.cell, { label: d.count, numeric: true }]} />
        <tbody class="utrecht-table__body">
          {regions.map((region, r) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {what(r)}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                <a class="utrecht-link utrecht-link--html-a" href={href(r)} aria-label={d.cellLabel(what(r), region.count)}>
                  {num(lang)(region.count)}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <TableRegion caption={d.centroidsCaption}>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {d.group}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {d.count}
            </th>
            {corners.map((c) => (
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {centroids.map((c, k) => {
            const raw = chart.data.centroids[k].label;
            const groupHref =
              raw !== null && chart.groupedBy ? storiesHref(keyOf, { group: [`${chart.groupedBy}:${raw}`], range: [`${chart.question}.1::`] }, filter) : null;
            return (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {c.label}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                  {groupHref ? (
                    <a class="utrecht-link utrecht-link--html-a" href={groupHref}>
                      {num(lang)(c.n)}
                    </a>
                  ) : (
                    num(lang)(c.n)
                  )}
                </td>
                {c.shares.map((s) => (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{d.percent(s)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </TableRegion>
    </section>
  );
}

function StonesSection({ view, chart, keyOf, filter, id }: { view: View; chart: StonesChart; keyOf: string; filter: Pairs; id: string }) {
  const { t, lang } = view;
  const d = t.patterns.detail;
  const title = d.stoneOf(chart.label[lang]);
  const g = chart.grid;
  const f = (v: number) => fmt(v, lang);
  const x = `${chart.question}.${chart.stone}.x`;
  const y = `${chart.question}.${chart.stone}.y`;
  const href = (i: number, j: number) => storiesHref(keyOf, { range: [rangeOf(x, g.x[i].from, g.x[i].max), rangeOf(y, g.y[j].from, g.y[j].max)] }, filter);
  const what = (i: number, j: number) =>
    `${chart.axes.x[lang]} ${f(g.x[i].from)}–${f(g.x[i].max ?? g.x[i].from)}, ${chart.axes.y[lang]} ${f(g.y[j].from)}–${f(g.y[j].max ?? g.y[j].from)}`;
  return (
    <section class="duiding-pattern-chart" aria-labelledby={`${id}-kop`}>
      <h3 class="utrecht-heading-3" id={`${id}-kop`}>
        {title}
      </h3>
      <DensityGrid
        id={id}
        title={title}
        desc={d.chartHelp}
        x={g.x}
        y={g.y}
        cells={g.cells}
        points={null}
        xLabel={chart.axes.x[lang]}
        yLabel={chart.axes.y[lang]}
        format={f}
        href={href}
        cellLabel={(i, j, count) => d.cellLabel(what(i, j), count)}
      />
      <GridTable view={view} caption={d.tableOf(title)} cells={g.cells} what={what} href={href} />
    </section>
  );
}
