import { figureTotal, type WorkbenchOverview } from '../../services/browse.ts';
import { isSuppressed } from '../../domain/privacy/suppression.ts';
import { localized } from '../i18n/index.ts';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';
import { TableHead, TableRegion } from '../components/table-region.tsx';

export function OverviewPage({ view, data, canImport }: { view: View; data: WorkbenchOverview; canImport: boolean }) {
  const { t, lang } = view;
  const o = t.overview;
  const totalStories = figureTotal(data.questionnaires.map((q) => q.stories)) + data.questionnaires.filter((q) => isSuppressed(q.stories)).length;
  const count = (value: (typeof data.questionnaires)[number]['stories']) =>
    isSuppressed(value) ? <span class="duiding-suppressed">{t.monitor.tooFew}</span> : value;
  const importHint = (text: string) => (
    <p class="utrecht-paragraph duiding-empty">
      {text}{' '}
      {canImport ? (
        <a class="utrecht-link utrecht-link--html-a" href="/importeren">
          {o.importLink}
        </a>
      ) : (
        o.importLink
      )}
      .
    </p>
  );
  return (
    <Layout view={view} title={o.title} current="overview">
      <h1 class="utrecht-heading-1">{o.title}</h1>

      <section aria-labelledby="verhalen-titel">
        <h2 class="utrecht-heading-2" id="verhalen-titel">
          {o.storiesTitle}
        </h2>
        {data.questionnaires.length === 0 ? importHint(o.noQuestionnaires) : null}
        {data.questionnaires.length > 0 && totalStories === 0 ? importHint(o.noStories) : null}
        {data.questionnaires.length > 0 ? (
          <TableRegion caption={o.perQuestionnaire}>
            <TableHead columns={[o.questionnaire, { label: o.count, numeric: true }]} />
            <tbody class="utrecht-table__body">
              {data.questionnaires.map((q) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {localized(q.title, lang)}
                  </th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{count(q.stories)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        ) : null}
        {data.collections.length > 0 ? (
          <TableRegion caption={o.perCollection}>
            <TableHead columns={[o.collection, { label: o.count, numeric: true }]} />
            <tbody class="utrecht-table__body">
              {data.collections.map((c) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {c.title}
                  </th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{count(c.stories)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        ) : null}
      </section>

      <section aria-labelledby="cijfers-titel">
        <h2 class="utrecht-heading-2" id="cijfers-titel">
          {o.numbersTitle}
        </h2>
        {data.indicators === 0 ? (
          importHint(o.noIndicators)
        ) : (
          <p class="utrecht-paragraph">
            {o.indicators(data.indicators)}, {o.observations(data.observations)}.
          </p>
        )}
      </section>

      <section aria-labelledby="opgaven-titel">
        <h2 class="utrecht-heading-2" id="opgaven-titel">
          {o.opgavenTitle}
        </h2>
        {data.opgaven.length === 0 ? <p class="utrecht-paragraph duiding-empty">{o.noOpgaven}</p> : null}
        {data.opgaven.map((opgave) => (
          <article class="duiding-card">
            <h3 class="utrecht-heading-3">{opgave.title}</h3>
            {opgave.description ? <p class="utrecht-paragraph">{opgave.description}</p> : null}
            <h4 class="utrecht-heading-4">{o.statements}</h4>
            <ol class="utrecht-ordered-list">
              {opgave.statements.map((s) => (
                <li class="utrecht-ordered-list__item">
                  {s.text}
                  {s.assumptions.length ? (
                    <ul class="utrecht-unordered-list duiding-assumptions" aria-label={o.assumptions}>
                      {s.assumptions.map((a) => (
                        <li class="utrecht-unordered-list__item">{a}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          </article>
        ))}
      </section>
    </Layout>
  );
}
