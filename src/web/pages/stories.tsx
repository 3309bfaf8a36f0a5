import type { StoryPage } from '../../services/browse.ts';
import { consentText, formatDate } from '../format.ts';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';
import { Pagination } from '../components/pagination.tsx';
import { TableRegion } from '../components/table-region.tsx';

function pageHref(page: number, query: string | null): string {
  const params = new URLSearchParams();
  if (query) params.set('zoek', query);
  if (page > 1) params.set('pagina', String(page));
  const text = params.toString();
  return text ? `/verhalen?${text}` : '/verhalen';
}

export function StoriesPage({ view, data, canImport }: { view: View; data: StoryPage; canImport: boolean }) {
  const { t, lang } = view;
  const s = t.stories;
  return (
    <Layout view={view} title={data.query ? `${s.title}: ${data.query}` : s.title} current="stories">
      <h1 class="utrecht-heading-1">{s.title}</h1>
      <form method="get" action="/verhalen" role="search" class="duiding-search">
        <div class="utrecht-form-field duiding-field">
          <label class="utrecht-form-label" for="zoek">
            {s.searchLabel}
          </label>
          <p class="utrecht-form-field-description" id="zoek-uitleg">
            {s.searchHint}
          </p>
          <div class="duiding-search__row">
            <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="zoek" name="zoek" value={data.query ?? ''} aria-describedby="zoek-uitleg" />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {s.searchButton}
            </button>
          </div>
        </div>
      </form>
      <p class="utrecht-paragraph duiding-result-count" role="status" id="aantal">
        {s.resultCount(data.total, data.query)}
      </p>
      {data.total === 0 ? (
        data.query ? (
          <p class="utrecht-paragraph duiding-empty">{s.none}</p>
        ) : (
          <p class="utrecht-paragraph duiding-empty">
            {s.noneYet}{' '}
            {canImport ? (
              <a class="utrecht-link utrecht-link--html-a" href="/importeren">
                {t.nav.import}
              </a>
            ) : (
              t.nav.import
            )}
            .
          </p>
        )
      ) : (
        <TableRegion caption={data.query ? s.tableCaptionSearch : s.tableCaption} tableClass="duiding-stories">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{s.columnTitle}</th>
                <th class="utrecht-table__header-cell" scope="col">{s.columnDate}</th>
                <th class="utrecht-table__header-cell" scope="col">{s.columnCollection}</th>
                <th class="utrecht-table__header-cell" scope="col">{s.columnConsent}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {data.stories.map((story) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    <a class="utrecht-link utrecht-link--html-a" href={`/verhalen/${story.id}`}>
                      {story.title}
                    </a>
                  </th>
                  <td class="utrecht-table__cell">
                    <time datetime={story.collectedAt.toISOString()}>{formatDate(story.collectedAt, lang)}</time>
                  </td>
                  <td class="utrecht-table__cell">{story.collection}</td>
                  <td class="utrecht-table__cell">{consentText(story.consentQuote, t)}</td>
                </tr>
              ))}
            </tbody>
        </TableRegion>
      )}
      {data.pages > 1 ? (
        <Pagination
          label={s.pagination}
          page={data.page}
          more={data.page < data.pages}
          href={(page) => pageHref(page, data.query)}
          previous={s.previous}
          next={s.next}
          position={s.pageOf(Math.min(data.page, data.pages), data.pages)}
        />
      ) : null}
    </Layout>
  );
}
