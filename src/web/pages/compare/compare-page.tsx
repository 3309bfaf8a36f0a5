// /vergelijken/{questionnaire}: build 2–4 subsets with a GET form (works without JavaScript), then
// per question the distributions side by side (SVG chart, and a table whose counts link to the
// stories), the test in plain words, the distinctive words, and the figures of the same areas
// and providers.
import { SUBSET_NAMES } from '../../../domain/patterns/compare-filter.ts';
import type { CompareQuestion } from '../../../domain/patterns/compare.ts';
import { isSuppressed } from '../../../domain/privacy/suppression.ts';
import type { CompareDocument } from '../../../services/compare.ts';
import type { CompareChoices, IndicatorBeside } from '../../../services/compare-page.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { FieldGroup } from '../../components/field-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableRegion } from '../../components/table-region.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatNumber } from '../../format.ts';
import { localized } from '../../i18n/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { DistributionChart } from './distribution-chart.tsx';
import { storiesHref, type CompareFields } from './form.ts';
import { categoryLabel, variableLabel } from './labels.ts';
import { ProblemsNotice } from '../../components/notice.tsx';
import { WriteObservationLink } from '../observations/write-link.tsx';

export interface ComparePageProps {
  view: View;
  choices: CompareChoices;
  fields: CompareFields;
  document: CompareDocument | null;
  problems: string[];
  indicators: IndicatorBeside[];
}

export function ComparePage({ view, choices, fields, document, problems, indicators }: ComparePageProps) {
  const { t, lang } = view;
  const s = t.compare;
  const title = localized(choices.title, lang) || choices.key;
  const ordered = document ? [...document.questions].sort((x, y) => (x.q ?? 2) - (y.q ?? 2)) : [];
  return (
    <Layout view={view} title={s.titleOf(title)} current="compare">
      <h1 class="utrecht-heading-1">{s.titleOf(title)}</h1>
      <p class="utrecht-paragraph">{s.intro}</p>
      <ProblemsNotice id="problemen" title={s.problemsTitle} problems={problems} />
      <SubsetForm view={view} choices={choices} fields={fields} />
      {document ? <Results view={view} choices={choices} document={document} ordered={ordered} indicators={indicators} /> : null}
    </Layout>
  );
}

function SubsetForm({ view, choices, fields }: { view: View; choices: CompareChoices; fields: CompareFields }) {
  const { t, lang } = view;
  const s = t.compare;
  return (
    <form method="get" action={`/vergelijken/${encodeURIComponent(choices.key)}`} class="duiding-compare__form" aria-labelledby="groepen-kop">
      <h2 class="utrecht-heading-2" id="groepen-kop">
        {s.formTitle}
      </h2>
      {SUBSET_NAMES.map((name, index) => {
        const f = fields[name];
        return (
          <FieldGroup id={`${name}-groep`} legend={`${s.subset(name)} ${index >= 2 ? s.subsetOptional : ''}`.trim()}>
            <SelectField
              id={`${name}-antwoord`}
              name={name}
              label={s.answer}
              hint={s.answerHint}
              empty={s.anyAnswer}
              value={f.answer}
              options={[{ value: 'rest', label: s.rest }]}
              groups={choices.answers.map((question) => ({
                label: localized(question.text, lang),
                options: question.options.map((o) => ({ value: o.value, label: typeof o.label === 'string' ? o.label : localized(o.label, lang) })),
              }))}
            />
            <TextField
              id={`${name}-periode`}
              name={`${name}_periode`}
              label={s.period}
              hint={s.periodHint}
              value={f.period}
              maxlength={10}
              inputClass="duiding-textbox--short"
            />
            <SelectField
              id={`${name}-verzameling`}
              name={`${name}_verzameling`}
              label={s.collection}
              empty={s.anyCollection}
              value={f.collection}
              options={choices.collections.map((c) => ({ value: c.slug, label: c.title }))}
            />
            <TextField id={`${name}-eigen`} name={`${name}_eigen`} label={s.own} hint={s.ownHint} value={f.own} maxlength={500} />
          </FieldGroup>
        );
      })}
      <SubmitButton>{s.submit}</SubmitButton>
    </form>
  );
}

interface ResultsProps {
  view: View;
  choices: CompareChoices;
  document: CompareDocument;
  ordered: CompareQuestion[];
  indicators: IndicatorBeside[];
}

function Results({ view, choices, document, ordered, indicators }: ResultsProps) {
  const { t, lang } = view;
  const s = t.compare;
  const subsetName = (name: string) => s.subset(name);
  const apiQuery = new URLSearchParams(document.subsets.map((x) => [x.name, x.filter]));
  return (
    <section aria-labelledby="uitkomst-kop" class="duiding-compare__results">
      <h2 class="utrecht-heading-2" id="uitkomst-kop">
        {s.summary(document.stories, document.subsets.map((x) => x.name.toUpperCase()).join(', '))}
      </h2>
      <ul class="utrecht-unordered-list">
        {document.subsets.map((x) => (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={storiesHref(document.questionnaire, document.subsets, x.name)}>
              {s.subsetSize(x.name, x.filter === 'rest' ? s.restLabel : x.filter, x.stories)}
            </a>
          </li>
        ))}
      </ul>
      {document.defining.length > 0 ? (
        <p class="utrecht-paragraph">{s.notTested(document.defining.map((k) => variableLabel(choices.definition, k, lang)).join(', '))}</p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/api/v1/questionnaires/${encodeURIComponent(document.questionnaire)}/compare?${apiQuery}`}>
          {s.asJson}
        </a>
      </p>
      <WriteObservationLink
        view={view}
        questionnaire={document.questionnaire}
        kind="vergelijking"
        pairs={document.subsets.map((x) => [x.name, x.filter] as [string, string])}
      />

      <h2 class="utrecht-heading-2">{s.questionsTitle}</h2>
      <p class="utrecht-paragraph">
        {s.questionsIntro} {s.qExplained}
      </p>
      {ordered.map((question, index) => (
        <QuestionBlock view={view} choices={choices} document={document} question={question} index={index} subsetName={subsetName} />
      ))}

      <h2 class="utrecht-heading-2">{s.wordsTitle}</h2>
      <p class="utrecht-paragraph">{s.wordsIntro}</p>
      <div class="duiding-compare__words">
        {document.words.subsets.map((w) => (
          <section aria-labelledby={`woorden-${w.subset}`}>
            <h3 class="utrecht-heading-3" id={`woorden-${w.subset}`}>
              {s.wordsOf(w.subset)}
            </h3>
            {w.top.length === 0 ? (
              <p class="utrecht-paragraph">{s.noWords}</p>
            ) : (
              <ol class="utrecht-ordered-list">
                {w.top.map((word) => (
                  <li>
                    <a
                      class="utrecht-link utrecht-link--html-a"
                      href={`${storiesHref(document.questionnaire, document.subsets, w.subset)}&zoek=${encodeURIComponent(word.word)}`}
                    >
                      {word.word}
                    </a>{' '}
                    ({s.wordTimes(word.countA)})
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>

      <h2 class="utrecht-heading-2">{s.indicatorsTitle}</h2>
      {indicators.length === 0 ? (
        <p class="utrecht-paragraph">{s.noIndicators}</p>
      ) : (
        <TableRegion caption={s.indicatorsCaption}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {(['subset', 'indicator', 'who', 'period', 'value'] as const).map((k) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {s.indicatorColumns[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {indicators.map((row) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{row.subset.toUpperCase()}</td>
                <th class="utrecht-table__header-cell" scope="row">
                  {row.name}
                </th>
                <td class="utrecht-table__cell">{row.who}</td>
                <td class="utrecht-table__cell">{row.period}</td>
                <td class="utrecht-table__cell">
                  {row.value === null
                    ? s.missing
                    : isSuppressed(row.value)
                      ? s.suppressed
                      : `${formatNumber(row.value, lang)}${row.unit ? ` ${row.unit}` : ''}`}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}

interface QuestionBlockProps {
  view: View;
  choices: CompareChoices;
  document: CompareDocument;
  question: CompareQuestion;
  index: number;
  subsetName: (name: string) => string;
}

function QuestionBlock({ view, choices, document, question, index, subsetName }: QuestionBlockProps) {
  const { t, lang } = view;
  const s = t.compare;
  const label = variableLabel(choices.definition, question.key, lang);
  const categories = question.categories.map((c) =>
    question.kind === 'categorical'
      ? categoryLabel(choices.definition, question.question, c, lang, choices.names, { chosen: s.chosen, notChosen: s.notChosen })
      : c,
  );
  const cellOf = (c: number): [string, string][] => {
    if (question.kind === 'categorical') return [['group', `${question.key}:${question.categories[c]}`]];
    const bin = question.bins![c];
    return [['range', `${question.key}:${bin.min ?? bin.from}:${bin.max ?? bin.to}`]];
  };
  const anyValue: [string, string][] = question.kind === 'numeric' ? [['range', `${question.key}::`]] : [];
  const id = `vraag-${index}`;
  return (
    <section class="duiding-compare__question" aria-labelledby={`${id}-kop`}>
      <h3 class="utrecht-heading-3" id={`${id}-kop`}>
        {label}
      </h3>
      {question.test && question.p !== null && question.q !== null ? (
        <>
          <p class="utrecht-paragraph duiding-compare__verdict">{s.verdict(question.q, lang)}</p>
          <p class="utrecht-paragraph">{s.testLine(s.tests[question.test], question.p, lang)}</p>
          {question.low_expected ? <p class="utrecht-paragraph">{s.lowExpected}</p> : null}
        </>
      ) : (
        <p class="utrecht-paragraph">{s.noTest}</p>
      )}
      <DistributionChart
        id={`${id}-grafiek`}
        title={s.chartTitle(label)}
        desc={s.chartDesc(document.subsets.map((x) => subsetName(x.name)).join(', '))}
        categories={categories}
        groups={question.groups.map((g) => ({ label: subsetName(g.subset), n: g.n, counts: g.counts }))}
      />
      <details class="duiding-compare__table">
        <summary>{s.showTable}</summary>
        <TableRegion caption={s.tableCaption(label)}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {s.answerColumn}
              </th>
              {question.groups.map((g) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {subsetName(g.subset)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {categories.map((category, c) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {category}
                </th>
                {question.groups.map((g) => (
                  <td class="utrecht-table__cell">
                    {g.counts[c] > 0 ? (
                      <a
                        class="utrecht-link utrecht-link--html-a"
                        href={storiesHref(document.questionnaire, document.subsets, g.subset, cellOf(c))}
                        aria-label={s.countLink(g.counts[c], category, subsetName(g.subset))}
                      >
                        {g.counts[c]}
                      </a>
                    ) : (
                      '0'
                    )}{' '}
                    ({g.n > 0 ? Math.round((g.counts[c] / g.n) * 100) : 0}%)
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {s.total}
              </th>
              {question.groups.map((g) => (
                <td class="utrecht-table__cell">
                  {anyValue.length > 0 && g.n > 0 ? (
                    <a class="utrecht-link utrecht-link--html-a" href={storiesHref(document.questionnaire, document.subsets, g.subset, anyValue)}>
                      {g.n}
                    </a>
                  ) : (
                    g.n
                  )}
                  {g.median !== undefined && g.median !== null ? ` (${s.median.toLowerCase()} ${formatNumber(g.median, lang)})` : ''}
                </td>
              ))}
            </tr>
          </tfoot>
        </TableRegion>
      </details>
    </section>
  );
}
