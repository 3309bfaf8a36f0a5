// /vragenlijsten/{key}: title and languages, prompts and questions (edit, move up/down, remove),
// adding a question by type, versions, preview and download. Each change is its own small form.
import { translationTexts } from './translations.tsx';
import { QUESTION_TYPES, type Question } from '../../../domain/questionnaire/types.ts';
import type { DesignerQuestionnaire } from '../../../services/questionnaire-designer.ts';
import { formatDate } from '../../format.ts';
import { localized } from '../../i18n/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Choice } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { FieldGroup } from '../../components/field-group.tsx';
import { Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { LangFields } from './lang-fields.tsx';
import { bindFields, fieldId, type FieldErrors, type Values } from '../../components/field.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

export interface QuestionnaireEditProps {
  view: View;
  q: DesignerQuestionnaire;
  canWrite: boolean;
  /** After a redirect: what happened. */
  notice?: string;
  /** A rejected form on this page, with what was typed. */
  form?: { name: 'instellingen' | 'vertelvraag'; values: Values; errors: FieldErrors };
}

function ItemActions({
  view,
  base,
  list,
  item,
  name,
  first,
  last,
}: {
  view: View;
  base: string;
  list: 'vragen' | 'vertelvragen';
  item: string;
  name: string;
  first: boolean;
  last: boolean;
}) {
  const e = view.t.designer.edit;
  const action = (verb: string) => `${base}/${list}/${encodeURIComponent(item)}/${verb}`;
  const hidden = (text: string) => <span class="duiding-visually-hidden">{`: ${text}`}</span>;
  return (
    <div class="duiding-item-actions">
      <a class="utrecht-link utrecht-link--html-a" href={`${base}/${list}/${encodeURIComponent(item)}`}>
        {e.edit}
        {hidden(name)}
      </a>
      {[
        ['omhoog', e.up, first],
        ['omlaag', e.down, last],
        ['verwijderen', e.remove, false],
      ].map(([verb, label, disabled]) =>
        disabled ? null : (
          <form method="post" action={action(verb as string)} class="duiding-designer-inline">
            <CsrfField token={view.session?.csrfToken} />
            <button type="submit" class="utrecht-button utrecht-button--subtle duiding-small-button">
              {label as string}
              {hidden(name)}
            </button>
          </form>
        ),
      )}
    </div>
  );
}

function QuestionSummary({ view, question }: { view: View; question: Question }) {
  const d = view.t.designer;
  const facts = [
    d.types[question.type],
    question.about === 'story' ? d.edit.aboutStory : d.edit.aboutParticipant,
    question.required ? d.edit.requiredShort : null,
  ].filter(Boolean);
  return (
    <>
      <strong>{localized(question.text, view.lang)}</strong>{' '}
      <span class="duiding-muted">
        (<code>{question.key}</code> — {facts.join(', ')})
      </span>
    </>
  );
}

export function QuestionnaireEditPage({ view, q, canWrite, notice, form }: QuestionnaireEditProps) {
  const d = view.t.designer;
  const e = d.edit;
  const def = q.definition;
  const title = localized(def.title, view.lang);
  const base = `/vragenlijsten/${encodeURIComponent(q.key)}`;
  const settingsValues: Values =
    form?.name === 'instellingen'
      ? form.values
      : { 'title.nl': def.title.nl ?? '', 'title.en': def.title.en ?? '', english: def.languages.includes('en') ? 'ja' : '' };
  const settingsErrors = form?.name === 'instellingen' ? form.errors : {};
  const promptValues = form?.name === 'vertelvraag' ? form.values : {};
  const promptErrors = form?.name === 'vertelvraag' ? form.errors : {};
  const promptField = bindFields(promptValues, promptErrors);
  return (
    <Layout view={view} title={e.titleOf(title)} current="questionnaires">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/vragenlijsten">
          {d.list.title}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{e.titleOf(title)}</h1>
      <p class="utrecht-paragraph">
        <strong>{e.versionLine(q.version, q.frozen)}</strong>
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      {q.frozen && canWrite ? <p class="utrecht-paragraph duiding-hint">{e.frozenNote}</p> : null}
      {!canWrite ? <p class="utrecht-paragraph">{e.readOnly}</p> : null}

      <Card id="acties-titel" title={e.actions}>
        <ul class="utrecht-unordered-list">
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/voorbeeld`}>
              {e.preview}
            </a>
          </li>
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/vertalingen`}>
              {translationTexts(view).link}
            </a>
          </li>
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link utrecht-link--html-a" href={`${base}/export`} download={`${q.key}.json`}>
              {e.export}
            </a>
          </li>
        </ul>
      </Card>

      {canWrite ? (
        <Card id="instellingen-titel" title={e.settingsTitle}>
          <ErrorSummary problems={problemsOf(settingsErrors)} lang={view.lang} title={view.t.designer.errorSummary} />
          <form method="post" action={`${base}/instellingen`} class="utrecht-form duiding-form" novalidate>
            <CsrfField token={view.session?.csrfToken} />
            <LangFields view={view} name="title" label={e.title} values={settingsValues} errors={settingsErrors} />
            <FieldGroup id={fieldId('languages')} legend={e.languages} hint={e.languagesHint}>
              <Choice kind="checkbox" id={fieldId('english')} name="english" value="ja" label={e.offerEnglish} checked={settingsValues.english === 'ja'} />
            </FieldGroup>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {d.save}
            </button>
          </form>
        </Card>
      ) : null}

      <Card id="vertelvragen-titel" title={e.promptsTitle}>
        <p class="utrecht-paragraph">{e.promptsIntro}</p>
        {def.prompts.length === 0 ? <p class="utrecht-paragraph duiding-empty">{e.noPrompts}</p> : null}
        <ol class="utrecht-ordered-list duiding-items">
          {def.prompts.map((p, i) => (
            <li class="utrecht-ordered-list__item duiding-item" id={`vertelvraag-${p.key}`}>
              <strong>{localized(p.text, view.lang)}</strong>{' '}
              <span class="duiding-muted">
                (<code>{p.key}</code>)
              </span>
              {canWrite ? (
                <ItemActions
                  view={view}
                  base={base}
                  list="vertelvragen"
                  item={p.key}
                  name={localized(p.text, view.lang)}
                  first={i === 0}
                  last={i === def.prompts.length - 1}
                />
              ) : null}
            </li>
          ))}
        </ol>
        {canWrite ? (
          <>
            <h3 class="utrecht-heading-3" id="vertelvraag-toevoegen">
              {e.addPromptTitle}
            </h3>
            <ErrorSummary problems={problemsOf(promptErrors)} lang={view.lang} title={view.t.designer.errorSummary} />
            <form method="post" action={`${base}/vertelvragen`} class="utrecht-form duiding-form" novalidate>
              <CsrfField token={view.session?.csrfToken} />
              <LangFields view={view} name="text" label={e.promptText} values={promptValues} errors={promptErrors} multiline />
              <TextField {...promptField('key')} label={d.prompt.key} hint={d.prompt.keyHint} />
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {e.addPrompt}
              </button>
            </form>
          </>
        ) : null}
      </Card>

      <Card id="vragen-titel" title={e.questionsTitle}>
        <p class="utrecht-paragraph">{e.questionsIntro}</p>
        {def.questions.length === 0 ? <p class="utrecht-paragraph duiding-empty">{e.noQuestions}</p> : null}
        <ol class="utrecht-ordered-list duiding-items">
          {def.questions.map((question, i) => (
            <li class="utrecht-ordered-list__item duiding-item" id={`vraag-${question.key}`}>
              <QuestionSummary view={view} question={question} />
              {canWrite ? (
                <ItemActions
                  view={view}
                  base={base}
                  list="vragen"
                  item={question.key}
                  name={localized(question.text, view.lang)}
                  first={i === 0}
                  last={i === def.questions.length - 1}
                />
              ) : null}
            </li>
          ))}
        </ol>
        {canWrite ? (
          <>
            <h3 class="utrecht-heading-3" id="vraag-toevoegen">
              {e.addQuestionTitle}
            </h3>
            <form method="get" action={`${base}/nieuwe-vraag`} class="utrecht-form duiding-form">
              <SelectField name="soort" label={e.chooseType} options={QUESTION_TYPES.map((type) => ({ value: type, label: d.types[type] }))} />
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {e.next}
              </button>
            </form>
          </>
        ) : null}
      </Card>

      <Card id="versies-titel" title={e.versionsTitle}>
        <TableRegion caption={e.versionsCaption}>
          <TableHead columns={[e.columnVersion, e.columnMade, e.columnState, { label: e.columnStories, numeric: true }]} />
          <tbody class="utrecht-table__body">
            {[...q.versions].reverse().map((v) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{v.version}</td>
                <td class="utrecht-table__cell">{formatDate(v.createdAt, view.lang)}</td>
                <td class="utrecht-table__cell">{v.frozen ? d.list.frozen : d.list.draft}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{v.stories}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </Card>
    </Layout>
  );
}
