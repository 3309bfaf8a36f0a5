// "What the stories show": per pattern its sentence, its chart with a table alternative, and the
// stories an analyst curated for it (only quotable ones; the council never sees the list).
import type { CuratedStoryView, MonitorData, MonitorPattern } from '../../../domain/monitor/types.ts';
import { BarChart } from '../../charts/bar-chart.tsx';
import { GaugeChart } from '../../charts/gauge-chart.tsx';
import { StackedChart } from '../../charts/stacked-chart.tsx';
import { formatNumber } from '../../format.ts';
import type { View } from '../../view.ts';
import { Disclosure, FigureText, numberOf } from './figure.tsx';
import { PatternStatistics } from './statistics.tsx';
import { patternAnchor } from '../../../services/monitor/summary.ts';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

/** storiesLinks: the reader may read stories (never raad or aanbieder): each pattern links to /patronen. */
export function PatternsSection({ view, data, print, storiesLinks = false }: { view: View; data: MonitorData; print: boolean; storiesLinks?: boolean }) {
  const m = view.t.monitor.patterns;
  return (
    <Card id="verhalen" title={m.title}>
      <p class="utrecht-paragraph">{m.intro}</p>
      {data.patterns.length ? (
        <p class="utrecht-paragraph duiding-monitor__caveat">
          {m.notCause} {m.conventions}
        </p>
      ) : null}
      {data.patterns.length === 0 ? <p class="utrecht-paragraph duiding-empty">{m.none}</p> : null}
      {data.patterns.map((p, i) => (
        <PatternBlock
          view={view}
          pattern={p}
          index={i}
          print={print}
          storiesHref={storiesLinks && p.questionnaire ? workbenchHref(p.questionnaire, p.key, data.period) : null}
        />
      ))}
      {data.curatedStories.length ? (
        <>
          <h3 class="utrecht-heading-3">{m.general}</h3>
          <Stories view={view} stories={data.curatedStories} />
        </>
      ) : null}
    </Card>
  );
}

/** The pattern on /patronen, where every count links to the stories behind it (same period). */
function workbenchHref(questionnaire: string, key: string, period: string | null): string {
  const params = new URLSearchParams({ patroon: key });
  if (period) params.set('period', period);
  return `/patronen/${encodeURIComponent(questionnaire)}/patroon?${params}`;
}

function PatternBlock({
  view,
  pattern,
  index,
  print,
  storiesHref,
}: {
  view: View;
  pattern: MonitorPattern;
  index: number;
  print: boolean;
  storiesHref: string | null;
}) {
  const m = view.t.monitor.patterns;
  const lang = view.lang;
  const id = `pat-${index}`;
  const title = m.chartTitle(pattern.a.label[lang], pattern.b.label[lang]);
  const chart = pattern.chart;
  const format = (v: number) => formatNumber(v, lang);
  const medianFormat = chart.kind === 'groups' && chart.percent ? (v: number) => `${formatNumber(Math.round(v * 100), lang)}%` : format;
  return (
    <article class="duiding-monitor__pattern" id={patternAnchor(pattern.a.key, pattern.b.key)} aria-labelledby={`${id}-h`}>
      <h3 class="utrecht-heading-3 duiding-monitor__sentence" id={`${id}-h`}>
        {pattern.sentence[lang]}
      </h3>
      <PatternStatistics view={view} pattern={pattern} />
      {storiesHref ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={storiesHref}>
            {view.t.patterns.monitorLink(numberOf(pattern.n))}
          </a>
        </p>
      ) : null}
      {chart.kind === 'groups' ? (
        <>
          <BarChart
            id={id}
            title={title}
            desc={chart.groups
              .map((g) => `${g.label[lang]}: ${numberOf(g.median) === null ? view.t.monitor.tooFew : medianFormat(numberOf(g.median)!)}`)
              .join('; ')}
            bars={chart.groups.map((g) => ({ label: g.label[lang], value: numberOf(g.median) }))}
            max={Math.max(1, ...chart.groups.map((g) => numberOf(g.median) ?? 0))}
            empty={view.t.monitor.tooFew}
            format={medianFormat}
          />
          <Disclosure summary={m.table} open={print}>
            <TableRegion caption={title}>
              <TableHead columns={[m.group, { label: m.stories, numeric: true }, { label: m.median, numeric: true }]} />
              <tbody class="utrecht-table__body">
                {chart.groups.map((g) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {g.label[lang]}
                    </th>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                      <FigureText view={view} value={g.n} />
                    </td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                      <FigureText view={view} value={g.median} percent={chart.percent} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </Disclosure>
        </>
      ) : chart.kind === 'table' ? (
        <>
          <StackedChart
            id={id}
            title={title}
            desc={chart.rows
              .map(
                (r, i) =>
                  `${r[lang]}: ${chart.columns.map((c, j) => `${c[lang]} ${numberOf(chart.rowShares[i][j]) === null ? view.t.monitor.tooFewShort : `${Math.round(numberOf(chart.rowShares[i][j])! * 100)}%`}`).join(', ')}`,
              )
              .join('; ')}
            rows={chart.rows.map((r, i) => ({ label: r[lang], shares: chart.rowShares[i].map(numberOf) }))}
            columns={chart.columns.map((c) => c[lang])}
          />
          <Disclosure summary={m.table} open={print}>
            <TableRegion caption={title}>
              <TableHead columns={[m.group, ...chart.columns.map((c) => ({ label: c[lang], numeric: true }))]} />
              <tbody class="utrecht-table__body">
                {chart.rows.map((r, i) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {r[lang]}
                    </th>
                    {chart.columns.map((_, j) => (
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                        <FigureText view={view} value={chart.rowShares[i][j]} percent /> (<FigureText view={view} value={chart.counts[i][j]} />)
                      </td>
                    ))}
                  </tr>
                ))}
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {m.average}
                  </th>
                  {chart.columnShares.map((s) => (
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                      <FigureText view={view} value={s} percent />
                    </td>
                  ))}
                </tr>
              </tbody>
            </TableRegion>
          </Disclosure>
        </>
      ) : chart.rho !== null ? (
        <GaugeChart
          id={id}
          title={`${title}: ${m.correlation}`}
          desc={`${m.correlation}: ${format(chart.rho)}`}
          value={chart.rho}
          format={(v) => formatNumber(Math.round(v * 100) / 100, lang)}
        />
      ) : null}
      <h4 class="utrecht-heading-4">{m.curated}</h4>
      {pattern.stories.length ? <Stories view={view} stories={pattern.stories} /> : <p class="utrecht-paragraph duiding-empty">{m.noCurated}</p>}
    </article>
  );
}

function Stories({ view, stories }: { view: View; stories: CuratedStoryView[] }) {
  const m = view.t.monitor.patterns;
  return (
    <div class="duiding-curated">
      {stories.map((s) => (
        <figure class="duiding-curated__story">
          <blockquote class="utrecht-blockquote">
            <p class="utrecht-paragraph">
              <strong>{s.title}</strong>
            </p>
            <p class="utrecht-paragraph duiding-curated__text">{s.text}</p>
          </blockquote>
          <figcaption class="duiding-curated__caption">
            {m.told(s.collectedYear)}
            {s.note ? ` — ${m.why}: ${s.note}` : ''}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
