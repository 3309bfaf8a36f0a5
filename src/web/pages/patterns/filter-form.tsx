// The GET form of /patronen/{key}: question search, sort order and the filters — one select per
// question the API filters on, the collection and the period — so it works without JavaScript.
// Filters the form has no field for (e.g. a code, `code:x=ja`, once codes exist) travel along as
// hidden fields: the page accepts every filter the API accepts.
import type { FilterChoices, PatternSort } from '../../../services/pattern-explorer.ts';
import { PATTERN_SORTS } from '../../../services/pattern-explorer.ts';
import type { View } from '../../view.ts';
import type { Pairs } from './links.ts';

export interface FilterFormProps {
  view: View;
  action: string;
  choices: FilterChoices;
  filter: Pairs;
  search: string;
  sort: PatternSort;
}

export function FilterForm({ view, action, choices, filter, search, sort }: FilterFormProps) {
  const { t, lang } = view;
  const l = t.patterns.list;
  const filterValue = (name: string) =>
    filter
      .filter(([n]) => n === name)
      .map(([, v]) => v)
      .join(',');
  const known = new Set(['collection', 'period', ...choices.questions.map((q) => q.key)]);
  const extra = filter.filter(([name]) => !known.has(name));
  const active = filter.length > 0;
  return (
    <form method="get" action={action} class="duiding-pattern-form" role="search" aria-label={l.searchLabel}>
      <div class="duiding-pattern-form__row">
        <div class="utrecht-form-field duiding-field">
          <label class="utrecht-form-label" for="zoek">
            {l.searchLabel}
          </label>
          <p class="utrecht-form-field-description" id="zoek-uitleg">
            {l.searchHint}
          </p>
          <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="zoek" name="zoek" value={search} aria-describedby="zoek-uitleg" />
        </div>
        <div class="utrecht-form-field duiding-field">
          <label class="utrecht-form-label" for="sorteer">
            {l.sortLabel}
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="sorteer" name="sorteer">
            {PATTERN_SORTS.map((s) => (
              <option value={s} selected={s === sort}>
                {l.sorts[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details class="duiding-pattern-form__filters" open={active}>
        <summary>{l.filtersTitle}</summary>
        <p class="utrecht-paragraph">{l.filtersHint}</p>
        <div class="duiding-pattern-form__grid">
          {choices.questions.map((question) => {
            const current = filterValue(question.key);
            const listed = question.options.some((o) => o.value === current);
            return (
              <div class="utrecht-form-field duiding-field">
                <label class="utrecht-form-label" for={`filter-${question.key}`}>
                  {question.label[lang]}
                </label>
                <select class="utrecht-select utrecht-select--html-select" id={`filter-${question.key}`} name={question.key}>
                  <option value="">{l.any}</option>
                  {question.options.map((o) => (
                    <option value={o.value} selected={o.value === current}>
                      {o.label[lang]}
                    </option>
                  ))}
                  {current && !listed ? (
                    <option value={current} selected>
                      {current}
                    </option>
                  ) : null}
                </select>
              </div>
            );
          })}
          <div class="utrecht-form-field duiding-field">
            <label class="utrecht-form-label" for="filter-collection">
              {l.collection}
            </label>
            <select class="utrecht-select utrecht-select--html-select" id="filter-collection" name="collection">
              <option value="">{l.any}</option>
              {choices.collections.map((slug) => (
                <option value={slug} selected={slug === filterValue('collection')}>
                  {slug}
                </option>
              ))}
            </select>
          </div>
          <div class="utrecht-form-field duiding-field">
            <label class="utrecht-form-label" for="filter-period">
              {l.period}
            </label>
            <p class="utrecht-form-field-description" id="filter-period-uitleg">
              {l.periodHint}
            </p>
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              id="filter-period"
              name="period"
              value={filterValue('period')}
              aria-describedby="filter-period-uitleg"
              size={10}
            />
          </div>
        </div>
        {extra.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
      </details>
      <p class="duiding-pattern-form__actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {l.apply}
        </button>
        {active ? (
          <a class="utrecht-link utrecht-link--html-a" href={action}>
            {l.clear}
          </a>
        ) : null}
      </p>
    </form>
  );
}
