// The chart that fits a pattern's kind, with its table alternative: choice × choice as bars of
// counts, groups × number as box plots, number × number as a scatter or density grid. Every part
// of the chart and every count in the table links to the stories behind it.
import type { MainChart, PatternDetail } from '../../../services/pattern-explorer.ts';
import { BoxPlot } from '../../charts/box-plot.tsx';
import { CountBars } from '../../charts/count-bars.tsx';
import { DensityGrid } from '../../charts/density-grid.tsx';
import { fmt } from '../../charts/format.ts';
import { TableRegion, TableHead } from '../../components/table-region.tsx';
import type { View } from '../../view.ts';
import { rangeOf, storiesHref, type Pairs } from './links.ts';

const num = (lang: 'nl' | 'en') => (v: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(v);

export function MainChartSection({ view, detail, filter }: { view: View; detail: PatternDetail; filter: Pairs }) {
  const { main } = detail;
  if (main.kind === 'table') return <TableChart view={view} detail={detail} chart={main} filter={filter} />;
  if (main.kind === 'groups') return <GroupsChart view={view} detail={detail} chart={main} filter={filter} />;
  return <ScatterChart view={view} detail={detail} chart={main} filter={filter} />;
}

function TableChart({ view, detail, chart, filter }: { view: View; detail: PatternDetail; chart: Extract<MainChart, { kind: 'table' }>; filter: Pairs }) {
  const { t, lang } = view;
  const d = t.patterns.detail;
  const { pattern, a, b } = detail.row;
  const key = detail.questionnaire.key;
  const href = (i: number, j: number) => storiesHref(key, { group: [`${pattern.a}:${chart.rows[i].value}`, `${pattern.b}:${chart.columns[j].value}`] }, filter);
  const rowHref = (i: number) => storiesHref(key, { group: [`${pattern.a}:${chart.rows[i].value}`] }, filter);
  const columnHref = (j: number) => storiesHref(key, { group: [`${pattern.b}:${chart.columns[j].value}`] }, filter);
  const label = (i: number, j: number) => d.cellLabel(`${chart.rows[i].label[lang]}, ${chart.columns[j].label[lang]}`, chart.counts[i][j]);
  const title = `${a[lang]} × ${b[lang]}`;
  const columnTotals = chart.columns.map((_, j) => chart.counts.reduce((s, row) => s + row[j], 0));
  const n = num(lang);
  return (
    <>
      <CountBars
        id="grafiek-patroon"
        title={title}
        desc={d.chartHelp}
        rows={chart.rows.map((r) => ({ label: r.label[lang] }))}
        columns={chart.columns.map((c) => ({ label: c.label[lang] }))}
        counts={chart.counts}
        href={href}
        cellLabel={label}
      />
      <TableRegion caption={d.tableOf(title)} tableId="tabel">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{`${a[lang]} \\ ${b[lang]}`}</th>
            {chart.columns.map((c) => (
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                {c.label[lang]}
              </th>
            ))}
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {d.total}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {chart.rows.map((row, i) => {
            const total = chart.counts[i].reduce((s, c) => s + c, 0);
            return (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {row.label[lang]}
                </th>
                {chart.counts[i].map((count, j) => (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                    {count > 0 ? (
                      <a class="utrecht-link utrecht-link--html-a" href={href(i, j)} aria-label={label(i, j)}>
                        {n(count)}
                      </a>
                    ) : (
                      '0'
                    )}
                    <span class="duiding-share"> ({d.percent(total ? count / total : 0)})</span>
                  </td>
                ))}
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                  <a class="utrecht-link utrecht-link--html-a" href={rowHref(i)}>
                    {n(total)}
                  </a>
                </td>
              </tr>
            );
          })}
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              {d.total}
            </th>
            {columnTotals.map((total, j) => (
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                <a class="utrecht-link utrecht-link--html-a" href={columnHref(j)}>
                  {n(total)}
                </a>
              </td>
            ))}
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{n(pattern.n)}</td>
          </tr>
        </tbody>
      </TableRegion>
    </>
  );
}

function GroupsChart({ view, detail, chart, filter }: { view: View; detail: PatternDetail; chart: Extract<MainChart, { kind: 'groups' }>; filter: Pairs }) {
  const { t, lang } = view;
  const d = t.patterns.detail;
  const { pattern, a, b } = detail.row;
  const key = detail.questionnaire.key;
  const format = (v: number) => (chart.share ? d.percent(v) : fmt(v, lang));
  const href = (g: number) => storiesHref(key, { group: [`${pattern.b}:${chart.groups[g].label}`], range: [`${pattern.a}::`] }, filter);
  const label = (g: number) => d.cellLabel(`${chart.groups[g].display[lang]} (${d.median} ${format(chart.groups[g].median)})`, chart.groups[g].n);
  const title = `${a[lang]} × ${b[lang]}`;
  return (
    <>
      <BoxPlot
        id="grafiek-patroon"
        title={title}
        desc={d.chartHelp}
        groups={chart.groups.map((g) => ({ ...g, label: g.display[lang] }))}
        format={format}
        href={href}
        cellLabel={label}
      />
      <TableRegion caption={d.tableOf(title)} tableId="tabel">
        <TableHead
          columns={[
            b[lang],
            { label: d.count, numeric: true },
            { label: d.median, numeric: true },
            { label: d.quartiles, numeric: true },
            { label: d.range, numeric: true },
          ]}
        />
        <tbody class="utrecht-table__body">
          {chart.groups.map((g, i) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {g.display[lang]}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                <a class="utrecht-link utrecht-link--html-a" href={href(i)} aria-label={label(i)}>
                  {num(lang)(g.n)}
                </a>
              </td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{format(g.median)}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{`${format(g.q1)} – ${format(g.q3)}`}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{`${format(g.min)} – ${format(g.max)}`}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}

function ScatterChart({ view, detail, chart, filter }: { view: View; detail: PatternDetail; chart: Extract<MainChart, { kind: 'scatter' }>; filter: Pairs }) {
  const { t, lang } = view;
  const d = t.patterns.detail;
  const { pattern, a, b } = detail.row;
  const key = detail.questionnaire.key;
  const g = chart.grid;
  const href = (i: number, j: number) =>
    storiesHref(key, { range: [rangeOf(pattern.a, g.x[i].from, g.x[i].max), rangeOf(pattern.b, g.y[j].from, g.y[j].max)] }, filter);
  const f = (v: number) => fmt(v, lang);
  const what = (i: number, j: number) =>
    `${a[lang]} ${f(g.x[i].from)}–${f(g.x[i].max ?? g.x[i].from)}, ${b[lang]} ${f(g.y[j].from)}–${f(g.y[j].max ?? g.y[j].from)}`;
  const title = `${a[lang]} × ${b[lang]}`;
  return (
    <>
      {chart.points ? null : <p class="utrecht-paragraph">{d.densityNote(pattern.n)}</p>}
      <DensityGrid
        id="grafiek-patroon"
        title={title}
        desc={d.chartHelp}
        x={g.x}
        y={g.y}
        cells={g.cells}
        points={chart.points}
        xLabel={a[lang]}
        yLabel={b[lang]}
        format={f}
        href={href}
        cellLabel={(i, j, count) => d.cellLabel(what(i, j), count)}
      />
      <GridTable view={view} caption={d.tableOf(title)} tableId="tabel" cells={g.cells} what={what} href={href} />
    </>
  );
}

/** The boxes of a density grid (scatter or stone) as rows: where, how many, a link. */
export function GridTable({
  view,
  caption,
  tableId,
  cells,
  what,
  href,
}: {
  view: View;
  caption: string;
  tableId?: string;
  cells: { i: number; j: number; count: number }[];
  what: (i: number, j: number) => string;
  href: (i: number, j: number) => string;
}) {
  const d = view.t.patterns.detail;
  return (
    <TableRegion caption={caption} tableId={tableId}>
      <TableHead columns={[d.cell, { label: d.count, numeric: true }]} />
      <tbody class="utrecht-table__body">
        {cells.map((c) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              {what(c.i, c.j)}
            </th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
              <a class="utrecht-link utrecht-link--html-a" href={href(c.i, c.j)} aria-label={d.cellLabel(what(c.i, c.j), c.count)}>
                {num(view.lang)(c.count)}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
