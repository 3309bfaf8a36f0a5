// The GET form of /patronen/{key}: question search, sort order and the filters — one select per
// question the API filters on, the collection and the period — so it works without JavaScript.
// Filters the form has no field for (e.g. a code, `code:x=ja`, once codes exist) travel along as
// hidden fields: the page accepts every filter the API accepts.
import type { FilterChoices, PatternSort } from '../../../services/pattern-explorer.ts';
import { PATTERN_SORTS } from '../../../services/pattern-explorer.ts';
import { HiddenPairs, SubmitButton } from '../../components/buttons.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
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
        <TextField id="zoek" name="zoek" type="search" label={l.searchLabel} hint={l.searchHint} value={search} />
        <SelectField id="sorteer" name="sorteer" label={l.sortLabel} value={sort} options={PATTERN_SORTS.map((s) => ({ value: s, label: l.sorts[s] }))} />
      </div>
      <details class="duiding-pattern-form__filters" open={active}>
        <summary>{l.filtersTitle}</summary>
        <p class="utrecht-paragraph">{l.filtersHint}</p>
        <div class="duiding-pattern-form__grid">
          {choices.questions.map((question) => {
            const current = filterValue(question.key);
            const options = question.options.map((o) => ({ value: o.value, label: o.label[lang] }));
            // A value the choices do not list (typed into the address) stays chosen, as itself.
            if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
            return (
              <SelectField id={`filter-${question.key}`} name={question.key} label={question.label[lang]} empty={l.any} value={current} options={options} />
            );
          })}
          <SelectField
            id="filter-collection"
            name="collection"
            label={l.collection}
            empty={l.any}
            value={filterValue('collection')}
            options={choices.collections.map((slug) => ({ value: slug, label: slug }))}
          />
          <TextField id="filter-period" name="period" label={l.period} hint={l.periodHint} value={filterValue('period')} inputClass="duiding-textbox--short" />
        </div>
        <HiddenPairs pairs={extra} />
      </details>
      <p class="duiding-pattern-form__actions">
        <SubmitButton>{l.apply}</SubmitButton>
        {active ? (
          <a class="utrecht-link utrecht-link--html-a" href={action}>
            {l.clear}
          </a>
        ) : null}
      </p>
    </form>
  );
}
