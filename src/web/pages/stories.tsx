import type { CompareChoices } from '../../services/compare-page.ts';
import { MARK_END, MARK_START, type FilteredStories } from '../../services/story-list.ts';
import { consentText, formatDate } from '../format.ts';
import { localized } from '../i18n/index.ts';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';
import { SubmitButton } from '../components/buttons.tsx';
import { EmptyImport } from '../components/empty-import.tsx';
import { SearchField } from '../components/search-field.tsx';
import { Pagination } from '../components/pagination.tsx';
import { SelectField, type Option } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { TableRegion, TableHead } from '../components/table-region.tsx';
import { listHref, storyQueryFrom } from './story-filters.ts';
import { ProblemsNotice } from '../components/notice.tsx';

export interface StoriesPageProps {
  view: View;
  data: FilteredStories;
  /** Every query parameter as given (kept in the pagination links and the form). */
  query: Record<string, string[]>;
  questionnaires: string[];
  collections: { slug: string; title: string }[];
  /** The answers of the chosen questionnaire (its area question first), or null. */
  choices: CompareChoices | null;
  problems: string[];
  canImport: boolean;
  canExport: boolean;
}

/** A snippet with the search terms ts_headline marked: <mark> around them, the rest as text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`${MARK_START}|${MARK_END}`));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark>{part}</mark> : part))}</>;
}

export function StoriesPage({ view, data, query, questionnaires, collections, choices, problems, canImport, canExport }: StoriesPageProps) {
  const { t, lang } = view;
  const s = t.stories;
  const f = t.storyFilters;
  const parsed = storyQueryFrom(query);
  const search = parsed.search ?? null;
  const chosen = new Set([...(query.antwoord ?? []), ...(query.filter ?? [])]);
  const areaQuestion = choices?.definition.questions.find((q) => q.type === 'area')?.key;
  const areaChoice = choices?.answers.find((a) => a.question === areaQuestion);
  const otherChoices = choices?.answers.filter((a) => a.question !== areaQuestion) ?? [];
  // Conditions that came with a link (a comparison's "rest", a pattern cell): kept as they are.
  const kept = Object.entries(query).filter(
    ([name]) => !['zoek', 'pagina', 'vragenlijst', 'status', 'toestemming', 'antwoord', 'period', 'collection', 'filter', 'lang'].includes(name),
  );
  const filtered =
    kept.length > 0 || chosen.size > 0 || !!parsed.status || !!parsed.consent || !!parsed.period || !!parsed.collection || !!parsed.questionnaire;
  const select = (id: string, name: string, label: string, options: Option[], selected: string | null, any: string) => (
    <SelectField id={id} name={name} label={label} options={options} value={selected} empty={any} />
  );
  const labelOf = (o: { label: string | Record<string, string> }) => (typeof o.label === 'string' ? o.label : localized(o.label, lang));
  const otherAnswer = (query.antwoord ?? []).find((v) => otherChoices.some((q) => q.options.some((o) => o.value === v))) ?? null;
  return (
    <Layout view={view} title={search ? `${s.title}: ${search}` : s.title} current="stories">
      <h1 class="utrecht-heading-1">{s.title}</h1>
      <ProblemsNotice id="problemen" title={f.problemsTitle} problems={problems} />
      <form method="get" action="/verhalen" role="search" class="duiding-search">
        <SearchField id="zoek" name="zoek" label={s.searchLabel} hint={s.searchHint} value={search ?? ''} button={s.searchButton} />
        <details class="duiding-story-filters" open={filtered}>
          <summary>{f.title}</summary>
          {select(
            'vragenlijst',
            'vragenlijst',
            f.questionnaire,
            questionnaires.map((k) => ({ value: k, label: k })),
            data.questionnaire ?? parsed.questionnaire ?? null,
            f.anyQuestionnaire,
          )}
          {select(
            'status',
            'status',
            f.status,
            ['published', 'pending', 'rejected'].map((k) => ({ value: k, label: f.statuses[k] })),
            parsed.status ?? null,
            f.anyStatus,
          )}
          {select(
            'toestemming',
            'toestemming',
            f.consent,
            ['ja', 'nee', 'onbekend'].map((k) => ({ value: k, label: f.consentValues[k] })),
            parsed.consent ?? null,
            f.anyConsent,
          )}
          <TextField
            id="periode"
            name="period"
            label={f.period}
            hint={f.periodHint}
            value={parsed.period ?? ''}
            maxlength={10}
            inputClass="duiding-textbox--short"
          />
          {select(
            'verzameling',
            'collection',
            f.collection,
            collections.map((c) => ({ value: c.slug, label: c.title })),
            parsed.collection ?? null,
            f.anyCollection,
          )}
          {choices ? (
            <>
              {areaChoice
                ? select(
                    'wijk',
                    'antwoord',
                    f.area,
                    areaChoice.options.map((o) => ({ value: o.value, label: labelOf(o) })),
                    areaChoice.options.find((o) => chosen.has(o.value))?.value ?? null,
                    f.anyArea,
                  )
                : null}
              <SelectField
                id="antwoord"
                name="antwoord"
                label={f.answer}
                empty={f.anyAnswer}
                value={otherAnswer}
                options={[]}
                groups={otherChoices.map((question) => ({
                  label: localized(question.text, lang),
                  options: question.options.map((o) => ({ value: o.value, label: labelOf(o) })),
                }))}
              />
            </>
          ) : (
            <p class="utrecht-paragraph">{f.answerNeedsQuestionnaire}</p>
          )}
          <TextField
            id="filter"
            name="filter"
            label={f.code}
            hint={f.codeHint}
            value={(query.filter ?? []).filter((v) => v !== '').join(';')}
            maxlength={500}
          />
          {kept.length > 0 ? (
            <>
              <p class="utrecht-paragraph">{f.active}:</p>
              <ul class="utrecht-unordered-list" id="actieve-filters">
                {kept.flatMap(([name, values]) => values.map((value) => <li>{name === 'niet' ? f.exclude(value) : `${name}: ${value}`}</li>))}
              </ul>
              {kept.flatMap(([name, values]) => values.map((value) => <input type="hidden" name={name} value={value} />))}
            </>
          ) : null}
          <SubmitButton secondary>{f.apply}</SubmitButton>{' '}
          {filtered ? (
            <a class="utrecht-link utrecht-link--html-a" href="/verhalen">
              {f.clear}
            </a>
          ) : null}
        </details>
      </form>
      <p class="utrecht-paragraph duiding-result-count" role="status" id="aantal">
        {s.resultCount(data.total, search)}
      </p>
      {canExport && data.total > 0 ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={listHref('/verhalen.csv', query)} download>
            {f.download}
          </a>
        </p>
      ) : null}
      {data.total === 0 ? (
        search || filtered ? (
          <p class="utrecht-paragraph duiding-empty">{s.none}</p>
        ) : (
          <EmptyImport text={s.noneYet} importLabel={t.nav.import} canImport={canImport} />
        )
      ) : (
        <TableRegion caption={search ? s.tableCaptionSearch : s.tableCaption} tableClass="duiding-stories">
          <TableHead columns={[s.columnTitle, f.columnSnippet, s.columnDate, s.columnCollection, f.columnStatus, s.columnConsent]} />
          <tbody class="utrecht-table__body">
            {data.stories.map((story) => (
              <tr class={story.status === 'pending' ? 'utrecht-table__row duiding-story--pending' : 'utrecht-table__row'}>
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link utrecht-link--html-a" href={`/verhalen/${story.id}`}>
                    {story.title || story.ref}
                  </a>
                  {story.status === 'pending' ? <span class="duiding-badge duiding-badge--pending"> ({f.pending})</span> : null}
                </th>
                <td class="utrecht-table__cell duiding-snippet">
                  <Snippet text={story.snippet} />
                </td>
                <td class="utrecht-table__cell">
                  <time datetime={story.collectedAt.toISOString()}>{formatDate(story.collectedAt, lang)}</time>
                </td>
                <td class="utrecht-table__cell">{story.collection}</td>
                <td class="utrecht-table__cell">{f.statuses[story.status] ?? story.status}</td>
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
          href={(page) => listHref('/verhalen', query, page)}
          previous={s.previous}
          next={s.next}
          position={s.pageOf(Math.min(data.page, data.pages), data.pages)}
        />
      ) : null}
    </Layout>
  );
}
