// /observaties: every observation with its source, strength and whether it is complete (at least
// two interpretations), and per questionnaire the perspectives board and the catalytic report.
import { MIN_INTERPRETATIONS } from '../../../domain/sensemaking/rules.ts';
import type { Observation } from '../../../services/sensemaking/observations.ts';
import { Notice } from '../../components/notice.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { boardHref, observationHref, reportHref } from './links.ts';

export function StatusText({ view, observation }: { view: View; observation: Pick<Observation, 'complete' | 'interpretations'> }) {
  const m = view.t.observations;
  return observation.complete ? (
    <span class="duiding-status duiding-status--ok">{m.complete}</span>
  ) : (
    <span class="duiding-status duiding-status--warning">{m.incomplete(MIN_INTERPRETATIONS - observation.interpretations.length)}</span>
  );
}

export function ObservationListPage({
  view,
  observations,
  questionnaires,
  deleted,
}: {
  view: View;
  observations: Observation[];
  questionnaires: string[];
  /** Just removed one: say so (the page it was on is gone). */
  deleted?: boolean;
}) {
  const m = view.t.observations;
  return (
    <Layout view={view} title={m.indexTitle} current="observations">
      <h1 class="utrecht-heading-1">{m.indexTitle}</h1>
      {deleted ? <Notice kind="ok">{m.deleted}</Notice> : null}
      <p class="utrecht-paragraph">{m.indexIntro}</p>
      <p class="utrecht-paragraph">{m.howToStart}</p>
      {observations.length === 0 ? (
        <p class="utrecht-paragraph">{m.none}</p>
      ) : (
        <TableRegion caption={m.tableCaption}>
          <TableHead columns={[m.title, m.questionnaire, m.source, m.strength, { label: m.interpretations, numeric: true }, m.status]} />
          <tbody class="utrecht-table__body">
            {observations.map((o) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link utrecht-link--html-a" href={observationHref(o.id)}>
                    {o.title}
                  </a>
                </th>
                <td class="utrecht-table__cell">{o.questionnaire}</td>
                <td class="utrecht-table__cell">{m.sourceKinds[o.source.kind]}</td>
                <td class="utrecht-table__cell">{m.strengths[o.strength]}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{o.interpretations.length}</td>
                <td class="utrecht-table__cell">
                  <StatusText view={view} observation={o} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {questionnaires.length > 0 ? (
        <section aria-labelledby="borden">
          <h2 class="utrecht-heading-2" id="borden">
            {m.boards}
          </h2>
          <ul class="utrecht-unordered-list">
            {questionnaires.map((key) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link utrecht-link--html-a" href={boardHref(key)}>
                  {m.boardLink(key)}
                </a>
                {' · '}
                <a class="utrecht-link utrecht-link--html-a" href={reportHref(key)}>
                  {m.reportLink(key)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
