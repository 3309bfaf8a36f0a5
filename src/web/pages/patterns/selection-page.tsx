// /patronen/{key}/verhalen: the stories behind a selection (a bar, group, range or area of a
// chart, in the API's cell syntax) — a list with snippets and marked search terms, each story's
// answers, a reader with previous and next within the selection — and beside it the words that
// set the selection apart from the rest. Only published stories are analysed; how many wait in
// moderation is said, so nobody thinks they are missing.
import { HiddenPairs } from '../../components/buttons.tsx';
import { SearchField } from '../../components/search-field.tsx';
import type { Question } from '../../../domain/questionnaire/types.ts';
import type { Selection } from '../../../services/pattern-explorer.ts';
import type { StoryBehind } from '../../../services/stories-behind.ts';
import { TableRegion, TableHead } from '../../components/table-region.tsx';
import { formatAnswer, formatDate } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import { WriteObservationLink } from '../observations/write-link.tsx';
import type { View } from '../../view.ts';
import { Highlighted, searchTerms, snippet } from './highlight.tsx';
import { listHref, query, type Pairs } from './links.ts';

export interface SelectionPageProps {
  view: View;
  data: Selection;
  /** The cell's parameters (group, range, var, min, max) and the filter, as in the address. */
  cell: Pairs;
  filter: Pairs;
  search: string;
  /** The one-story reader: the story's place in the selection (1-based), else the list. */
  reader: number | null;
  canModerate: boolean;
}

export function SelectionPage({ view, data, cell, filter, search, reader, canModerate }: SelectionPageProps) {
  const { t } = view;
  const s = t.patterns.selection;
  const key = data.questionnaire.key;
  const here = `/patronen/${encodeURIComponent(key)}/verhalen`;
  const base: (readonly [string, string])[] = [...cell, ...filter, ...(search ? [['q', search] as [string, string]] : [])];
  const href = (extra: Pairs) => `${here}${query([...base, ...extra])}`;
  const terms = searchTerms(search);
  const total = data.stories.total;
  return (
    <Layout view={view} title={s.titleOf(total)} current="patterns" stylesheets={['/assets/patterns.css']}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={listHref(key, filter)}>
          {s.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{s.titleOf(total)}</h1>
      <Conditions view={view} data={data} />
      <WriteObservationLink view={view} questionnaire={key} kind="selectie" pairs={base.map(([n, v]) => [n, v] as [string, string])} />
      {data.pending > 0 ? (
        <p class="utrecht-paragraph duiding-hint" role="note">
          {s.pending(data.pending)}{' '}
          {canModerate ? (
            <a class="utrecht-link utrecht-link--html-a" href="/moderatie">
              {s.pendingLink}
            </a>
          ) : null}
        </p>
      ) : null}
      <form method="get" action={here} role="search" class="duiding-search" aria-label={s.searchLabel}>
        <SearchField id="q" name="q" label={s.searchLabel} hint={s.searchHint} value={search} button={s.searchButton} />
        <HiddenPairs pairs={[...cell, ...filter]} />
      </form>
      <div class="duiding-selection">
        <div class="duiding-selection__stories">
          {reader !== null ? (
            <Reader view={view} data={data} nr={reader} terms={terms} href={href} />
          ) : (
            <StoryList view={view} data={data} terms={terms} href={href} />
          )}
        </div>
        {data.words ? <Words view={view} data={data} /> : null}
      </div>
    </Layout>
  );
}

function Conditions({ view, data }: { view: View; data: Selection }) {
  const { t, lang } = view;
  const s = t.patterns.selection;
  const l = t.patterns.list;
  const filters = Object.entries(data.filter.answers).map(([question, values]) => {
    const q = data.questionnaire.questions.find((x) => x.key === question);
    const text = q && 'text' in q ? (q.text[lang] ?? q.text.nl ?? question) : question;
    return [text, values.map((v) => optionText(q, v, lang, data.areaNames)).join(', ')] as const;
  });
  if (data.filter.collection) filters.push([l.collection, data.filter.collection]);
  if (data.filter.period) filters.push([l.period, data.filter.period]);
  return (
    <section aria-labelledby="keuze-kop" class="duiding-selection__conditions">
      <h2 class="utrecht-heading-2" id="keuze-kop">
        {s.conditions}
      </h2>
      {data.conditions.length === 0 && filters.length === 0 ? <p class="utrecht-paragraph">{s.noConditions}</p> : null}
      <dl class="duiding-figures">
        {data.conditions.map((c) => (
          <div>
            <dt>{c.variable[lang]}</dt>
            <dd>{c.text[lang]}</dd>
          </div>
        ))}
        {filters.map(([name, value]) => (
          <div>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function optionText(question: Question | undefined, value: string, lang: 'nl' | 'en', areaNames: Record<string, string>): string {
  if (question?.type === 'choice' || question?.type === 'multichoice') {
    const option = question.options.find((o) => o.key === value);
    return option ? (option.text[lang] ?? option.text.nl ?? value) : value;
  }
  if (question?.type === 'area') return question.areas?.find((a) => a.code === value)?.name ?? areaNames[value] ?? value;
  return value;
}

function StoryList({ view, data, terms, href }: { view: View; data: Selection; terms: string[]; href: (extra: Pairs) => string }) {
  const { t, lang } = view;
  const s = t.patterns.selection;
  const { stories, page, pages, pageSize, total } = data.stories;
  if (total === 0)
    return (
      <p class="utrecht-paragraph duiding-empty" role="status">
        {terms.length ? s.noneSearch : s.none}
      </p>
    );
  return (
    <>
      <h2 class="utrecht-heading-2">{s.listCaption}</h2>
      <p class="utrecht-paragraph" role="status">
        {s.pageOf(page, pages)}
      </p>
      <ol class="duiding-story-list" start={(page - 1) * pageSize + 1}>
        {stories.map((story, i) => {
          const nr = (page - 1) * pageSize + i + 1;
          return (
            <li class="duiding-story-list__item">
              <h3 class="utrecht-heading-3">
                <a class="utrecht-link utrecht-link--html-a" href={href([['nr', String(nr)]])}>
                  {story.title || s.read}
                </a>
              </h3>
              <p class="duiding-story-list__meta">
                <time datetime={story.collected_at}>{formatDate(new Date(story.collected_at), lang)}</time> · {story.collection} · {s.published}
              </p>
              <p class="utrecht-paragraph">
                <Highlighted text={snippet(story.text, terms)} terms={terms} />
              </p>
              <details>
                <summary>{s.answers}</summary>
                <Answers view={view} data={data} story={story} />
              </details>
            </li>
          );
        })}
      </ol>
      {pages > 1 ? (
        <nav class="duiding-pagination" aria-label={s.pages}>
          {page > 1 ? (
            <a class="utrecht-link utrecht-link--html-a" rel="prev" href={href([['page', String(page - 1)]])}>
              {s.previous}
            </a>
          ) : null}
          <span>{s.pageOf(page, pages)}</span>
          {page < pages ? (
            <a class="utrecht-link utrecht-link--html-a" rel="next" href={href([['page', String(page + 1)]])}>
              {s.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

function Reader({ view, data, nr, terms, href }: { view: View; data: Selection; nr: number; terms: string[]; href: (extra: Pairs) => string }) {
  const { t, lang } = view;
  const s = t.patterns.selection;
  const story = data.stories.stories[0];
  const total = data.stories.total;
  if (!story)
    return (
      <p class="utrecht-paragraph duiding-empty" role="status">
        {s.none}
      </p>
    );
  const listPage = Math.ceil(nr / 25);
  return (
    <article class="duiding-reader" aria-labelledby="verhaal-kop">
      <p class="utrecht-paragraph" role="status">
        {s.readerOf(nr, total)}
      </p>
      <nav class="duiding-pagination" aria-label={s.pages}>
        {nr > 1 ? (
          <a class="utrecht-link utrecht-link--html-a" rel="prev" href={href([['nr', String(nr - 1)]])}>
            {s.previousStory}
          </a>
        ) : null}
        <a class="utrecht-link utrecht-link--html-a" href={href(listPage > 1 ? [['page', String(listPage)]] : [])}>
          {s.toList}
        </a>
        {nr < total ? (
          <a class="utrecht-link utrecht-link--html-a" rel="next" href={href([['nr', String(nr + 1)]])}>
            {s.nextStory}
          </a>
        ) : null}
      </nav>
      <h2 class="utrecht-heading-2" id="verhaal-kop">
        {story.title}
      </h2>
      <p class="duiding-story-list__meta">
        <time datetime={story.collected_at}>{formatDate(new Date(story.collected_at), lang)}</time> · {story.collection} · {s.published}
      </p>
      {story.text.split(/\n{2,}/).map((paragraph) => (
        <p class="utrecht-paragraph">
          <Highlighted text={paragraph} terms={terms} />
        </p>
      ))}
      <h3 class="utrecht-heading-3">{s.answers}</h3>
      <Answers view={view} data={data} story={story} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/verhalen/${story.id}`}>
          {s.fullStory}
        </a>
      </p>
    </article>
  );
}

function Answers({ view, data, story }: { view: View; data: Selection; story: StoryBehind }) {
  const { t, lang } = view;
  return (
    <dl class="duiding-answers">
      {data.questionnaire.questions
        .filter((q) => q.type !== 'text' && story.answers[q.key] !== undefined)
        .map((q) => (
          <div>
            <dt>{q.text[lang] ?? q.text.nl ?? q.key}</dt>
            <dd>{formatAnswer(q, story.answers[q.key], lang, t, data.areaNames).join('; ')}</dd>
          </div>
        ))}
    </dl>
  );
}

function Words({ view, data }: { view: View; data: Selection }) {
  const { t, lang } = view;
  const s = t.patterns.selection;
  const words = data.words!;
  const n = (v: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(v);
  const z = (v: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v);
  const list = words.topA.filter((w) => w.z > 0);
  return (
    <aside class="duiding-selection__words" aria-labelledby="woorden-kop">
      <h2 class="utrecht-heading-2" id="woorden-kop">
        {s.wordsTitle}
      </h2>
      <p class="utrecht-paragraph">{s.wordsIntro}</p>
      {list.length === 0 ? (
        <p class="utrecht-paragraph">{s.wordsNone}</p>
      ) : (
        <TableRegion caption={s.wordsTitle} captionClass="duiding-visually-hidden">
          <TableHead columns={[s.word, { label: s.here, numeric: true }, { label: s.rest, numeric: true }, { label: s.z, numeric: true }]} />
          <tbody class="utrecht-table__body">
            {list.map((w) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {w.word}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{n(w.countA)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{n(w.countB)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{z(w.z)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </aside>
  );
}
