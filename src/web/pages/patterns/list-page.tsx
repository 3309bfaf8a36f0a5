// /patronen/{key}: the whole scan as a list an analyst can work through — the sentence, the
// strength word and number, n, q and the test — searchable by question, sortable, filtered by
// the API's filters, a page at a time. Every pattern opens its chart; every n its stories.
import type { PatternList, PatternSort } from '../../../services/pattern-explorer.ts';
import { TableRegion, TableHead } from '../../components/table-region.tsx';
import { formatDate } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { formatP, StrengthText } from './figures.tsx';
import { FilterForm } from './filter-form.tsx';
import { listHref, patternHref, patternStoriesHref, type Pairs } from './links.ts';
import { Notice } from '../../components/notice.tsx';

export interface PatternListPageProps {
  view: View;
  data: PatternList;
  filter: Pairs;
  search: string;
  sort: PatternSort;
  /** Set when the filter was refused: the form stays, the list does not. */
  problems?: string[];
}

export function PatternListPage({ view, data, filter, search, sort, problems }: PatternListPageProps) {
  const { t, lang } = view;
  const l = t.patterns.list;
  const key = data.questionnaire.key;
  const title = l.titleOf(data.questionnaire.title[lang]);
  const keep: [string, string][] = [...(search ? [['zoek', search] as [string, string]] : []), ['sorteer', sort]];
  const pageLink = (page: number) => listHref(key, filter, [...keep, ['pagina', String(page)]]);
  return (
    <Layout view={view} title={title} current="patterns" stylesheets={['/assets/patterns.css']}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{l.intro}</p>
      <FilterForm view={view} action={`/patronen/${encodeURIComponent(key)}`} choices={data.choices} filter={filter} search={search} sort={sort} />
      {problems ? (
        <Notice kind="error" title={l.problemTitle} paragraph={false}>
          <ul class="utrecht-unordered-list">
            {problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </Notice>
      ) : (
        <Results view={view} data={data} filter={filter} search={search} pageLink={pageLink} />
      )}
      <p class="utrecht-paragraph duiding-hint">{l.qHint}</p>
      <p class="utrecht-paragraph duiding-hint">{l.cachedAt(formatDate(new Date(data.scan.scanned_at), lang))}</p>
    </Layout>
  );
}

function Results({
  view,
  data,
  filter,
  search,
  pageLink,
}: {
  view: View;
  data: PatternList;
  filter: Pairs;
  search: string;
  pageLink: (page: number) => string;
}) {
  const { t, lang } = view;
  const l = t.patterns.list;
  const key = data.questionnaire.key;
  if (data.total === 0) {
    const why = search ? l.emptySearch : filter.length > 0 ? l.emptyFilter : l.emptyNone;
    return (
      <section class="duiding-empty" aria-labelledby="leeg">
        <h2 class="utrecht-heading-2" id="leeg">
          {l.emptyTitle}
        </h2>
        <p class="utrecht-paragraph" role="status">
          {l.scanned(data.scan.stories, data.scanned)} {why}
        </p>
      </section>
    );
  }
  return (
    <>
      <p class="utrecht-paragraph duiding-result-count" role="status">
        {l.scanned(data.scan.stories, data.scanned)} {l.found(data.total, data.page, data.pages)}
      </p>
      <TableRegion caption={l.caption} tableClass="duiding-pattern-table">
        <TableHead
          columns={[l.columns.pattern, l.columns.strength, { label: l.columns.n, numeric: true }, { label: l.columns.q, numeric: true }, l.columns.test]}
        />
        <tbody class="utrecht-table__body">
          {data.rows.map((row) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <a class="utrecht-link utrecht-link--html-a" href={patternHref(key, row.pattern.a, row.pattern.b, filter)}>
                  {row.sentence[lang]}
                </a>
                <span class="duiding-pattern-table__pair">{`${row.a[lang]} × ${row.b[lang]}`}</span>
              </td>
              <td class="utrecht-table__cell">
                <StrengthText view={view} row={row} />
              </td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                <a class="utrecht-link utrecht-link--html-a" href={patternStoriesHref(key, row.pattern, filter)} aria-label={l.storiesOf(row.pattern.n)}>
                  {new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(row.pattern.n)}
                </a>
              </td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                {formatP(row.pattern.q, lang)}
                <span class="duiding-pattern-table__verdict">{row.pattern.significant ? l.significant : l.notSignificant}</span>
              </td>
              <td class="utrecht-table__cell">{t.patterns.tests[row.pattern.test]}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      {data.pages > 1 ? (
        <nav class="duiding-pagination" aria-label={l.pagination}>
          {data.page > 1 ? (
            <a class="utrecht-link utrecht-link--html-a" href={pageLink(data.page - 1)} rel="prev">
              {l.previous}
            </a>
          ) : null}
          <span>{l.found(data.total, data.page, data.pages)}</span>
          {data.page < data.pages ? (
            <a class="utrecht-link utrecht-link--html-a" href={pageLink(data.page + 1)} rel="next">
              {l.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
