// How the monitor was made: stories, channels, tests, the suppression threshold and what was left out.
// The only place on the monitor where test names, measure symbols and q appear (issue 17: plain
// Dutch elsewhere, the statistics for whoever wants to check them here).
import type { MonitorData } from '../../../domain/monitor/types.ts';
import { formatNumber } from '../../format.ts';
import type { View } from '../../view.ts';
import { Disclosure, FigureText } from './figure.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { effectValue, formatQ } from './statistics.tsx';
import { Card } from '../../components/card.tsx';

function TestsTable({ view, data }: { view: View; data: MonitorData }) {
  const m = view.t.monitor.method;
  const lang = view.lang;
  const rows = [
    ...data.patterns.map((p) => ({
      label: `${p.a.label[lang]} × ${p.b.label[lang]}`,
      test: m.testNames[p.test] ?? p.test,
      measure: `${m.measures[p.effect.name] ?? p.effect.name} = ${effectValue(p.effect.value, lang)}`,
      q: formatQ(p.q, lang),
    })),
    ...(data.warmCold.available ? data.warmCold.links : [])
      .filter((l) => l.rho !== null)
      .map((l) => ({
        label: `${l.storyVariable.label[lang]} × ${l.indicator.name}`,
        test: m.testNames.spearman,
        measure: `${m.measures.rho} = ${formatNumber(Math.round(l.rho! * 100) / 100, lang)}`,
        q: formatQ(l.q, lang),
      })),
  ];
  if (!rows.length) return null;
  return (
    <>
      <h3 class="utrecht-heading-3">{m.figures}</h3>
      <p class="utrecht-paragraph">{m.figuresIntro}</p>
      <TableRegion caption={m.figures} tableClass="duiding-method-tests">
        <TableHead columns={[m.pattern, m.test, m.measure, m.q]} />
        <tbody class="utrecht-table__body">
          {rows.map((r) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {r.label}
              </th>
              <td class="utrecht-table__cell">{r.test}</td>
              <td class="utrecht-table__cell">{r.measure}</td>
              <td class="utrecht-table__cell">{r.q}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}

export function MethodSection({ view, data, print }: { view: View; data: MonitorData; print: boolean }) {
  const m = view.t.monitor.method;
  const method = data.method;
  return (
    <Card id="verantwoording" title={m.title}>
      <Disclosure summary={m.show} open={print}>
        <dl class="duiding-facts">
          <dt>{m.stories}</dt>
          <dd>
            <FigureText view={view} value={method.stories} />
          </dd>
          <dt>{m.questionnaires}</dt>
          <dd>{method.questionnaires.join(', ')}</dd>
          <dt>{m.tests}</dt>
          <dd>{method.tests.map((t) => m.testNames[t] ?? t).join(', ')}</dd>
        </dl>
        <p class="utrecht-paragraph">{m.scanned(method.patternsScanned, method.significantPatterns)}</p>
        <p class="utrecht-paragraph">{m.curated(method.curatedStories)}</p>
        <p class="utrecht-paragraph">{m.threshold(data.threshold)}</p>
        <TableRegion caption={m.channels}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {m.channel}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {m.mode}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                {m.stories}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {method.channels.map((c) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {c.title}
                </th>
                <td class="utrecht-table__cell">{m.modes[c.mode] ?? c.mode}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                  <FigureText view={view} value={c.stories} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
        <TestsTable view={view} data={data} />
        <h3 class="utrecht-heading-3">{m.suppressed}</h3>
        {data.suppressions.length === 0 ? (
          <p class="utrecht-paragraph">{m.noneSuppressed}</p>
        ) : (
          <ul class="utrecht-unordered-list">
            {data.suppressions.map((s) => (
              <li class="utrecht-unordered-list__item">{s.label}</li>
            ))}
          </ul>
        )}
      </Disclosure>
    </Card>
  );
}
