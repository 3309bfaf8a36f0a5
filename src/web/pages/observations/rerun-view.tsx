// An observation's source run again on today's stories: the pattern's chart with its table (the
// workbench's own), the comparison's clearest difference as a chart with its table, or the size
// and words of a selection. Shown on the observation and on the form that writes one.
import type { ObservationSource } from '../../../domain/sensemaking/source.ts';
import type { Rerun } from '../../../services/sensemaking/rerun.ts';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import type { View } from '../../view.ts';
import { DistributionChart } from '../compare/distribution-chart.tsx';
import { categoryLabel, variableLabel } from '../compare/labels.ts';
import { formatP } from '../patterns/figures.tsx';
import { MainChartSection } from '../patterns/main-chart.tsx';
import { sourceHref } from './links.ts';

export function RerunView({ view, questionnaire, source, rerun }: { view: View; questionnaire: string; source: ObservationSource; rerun: Rerun }) {
  const m = view.t.observations;
  const open = (text: string) => (
    <p class="utrecht-paragraph">
      <a class="utrecht-link utrecht-link--html-a" href={sourceHref(questionnaire, source)}>
        {text}
      </a>
    </p>
  );
  if (rerun.kind === 'unavailable') {
    return (
      <>
        <p class="utrecht-paragraph">{m.unavailable}</p>
        <ul class="utrecht-unordered-list">
          {rerun.problems.map((p) => (
            <li class="utrecht-unordered-list__item">{view.lang === 'nl' ? p.nl : p.en}</li>
          ))}
        </ul>
      </>
    );
  }
  if (rerun.kind === 'pattern') {
    const filter = source.kind === 'pattern' ? source.filter : [];
    return (
      <>
        <p class="utrecht-paragraph duiding-lead">{rerun.detail.row.sentence[view.lang]}</p>
        <MainChartSection view={view} detail={rerun.detail} filter={filter} />
        {open(m.openPattern)}
      </>
    );
  }
  if (rerun.kind === 'selection') {
    const s = rerun.selection;
    const words = (s.words?.topA ?? []).filter((w) => w.z > 0).slice(0, 10);
    return (
      <>
        <ul class="utrecht-unordered-list">
          {s.conditions.map((c) => (
            <li class="utrecht-unordered-list__item">{`${c.variable[view.lang]}: ${c.text[view.lang]}`}</li>
          ))}
        </ul>
        <p class="utrecht-paragraph">{m.selectionCount(s.stories.total)}</p>
        {words.length > 0 ? (
          <>
            <h3 class="utrecht-heading-3">{m.selectionWords}</h3>
            <p class="utrecht-paragraph">{words.map((w) => w.word).join(', ')}</p>
          </>
        ) : null}
        {open(m.openSelection)}
      </>
    );
  }
  return <CompareView view={view} rerun={rerun} open={open(m.openCompare)} />;
}

function CompareView({ view, rerun, open }: { view: View; rerun: Extract<Rerun, { kind: 'compare' }>; open: unknown }) {
  const m = view.t.observations;
  const { lang } = view;
  const doc = rerun.compare;
  const tested = doc.questions.filter((q) => q.q !== null).sort((x, y) => (x.q ?? 1) - (y.q ?? 1));
  const top = tested[0];
  const words = lang === 'nl' ? { chosen: 'gekozen', notChosen: 'niet gekozen' } : { chosen: 'chosen', notChosen: 'not chosen' };
  const subsetName = (name: string) => `${name.toUpperCase()}: ${doc.subsets.find((s) => s.name === name)?.filter ?? name}`;
  const label = top ? variableLabel(rerun.definition, top.key, lang) : '';
  const categories = top ? top.categories.map((c) => categoryLabel(rerun.definition, top.question, c, lang, {}, words)) : [];
  return (
    <>
      <p class="utrecht-paragraph">{m.compareSummary(doc.stories)}</p>
      {top ? (
        <>
          <DistributionChart
            id="grafiek-vergelijking"
            title={label}
            desc={doc.subsets.map((s) => subsetName(s.name)).join('; ')}
            categories={categories}
            groups={top.groups.map((g) => ({ label: subsetName(g.subset), n: g.n, counts: g.counts }))}
          />
          <TableRegion caption={label}>
            <TableHead columns={['', ...top.groups.map((g) => ({ label: subsetName(g.subset), numeric: true }))]} />
            <tbody class="utrecht-table__body">
              {categories.map((category, i) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {category}
                  </th>
                  {top.groups.map((g) => (
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{g.counts[i]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </>
      ) : null}
      {tested.length > 0 ? (
        <TableRegion caption={m.compareCaption}>
          <TableHead columns={[m.compareQuestion, m.compareTest, { label: m.compareQ, numeric: true }, { label: m.compareN, numeric: true }]} />
          <tbody class="utrecht-table__body">
            {tested.slice(0, 8).map((q) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {variableLabel(rerun.definition, q.key, lang)}
                </th>
                <td class="utrecht-table__cell">{q.test ? view.t.patterns.tests[q.test] : '—'}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{formatP(q.q, lang)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{q.n}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
      {open}
    </>
  );
}
