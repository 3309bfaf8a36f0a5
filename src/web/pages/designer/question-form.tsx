// The form for one question of any type: the common fields, then the fields of its type. Without
// JavaScript: lists (options, stones) show the rows in use plus empty rows to fill in.
import type { QuestionType } from '../../../domain/questionnaire/types.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Choice, ChoiceGroup } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { bindFields, errorText, fieldId, type FieldErrors, type Values } from '../../components/field.tsx';
import { FieldGroup } from '../../components/field-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { LangFields } from './lang-fields.tsx';
import { rowCount } from './question-values.ts';

const LISTS: Partial<Record<QuestionType, 'options' | 'stones'>> = { choice: 'options', multichoice: 'options', stones: 'stones' };

/** Every field name (and field group) the form shows for this type: where messages can go. */
export function questionFieldNames(type: QuestionType, values: Values): Set<string> {
  const names = ['key', 'about', 'text', 'text.nl', 'text.en', 'help', 'help.nl', 'help.en', 'required', 'allowNotApplicable'];
  const lang = (base: string) => names.push(base, `${base}.nl`, `${base}.en`);
  if (type === 'slider') ['left', 'right'].forEach(lang);
  if (type === 'triad') {
    names.push('corners');
    [0, 1, 2].forEach((i) => lang(`corners[${i}]`));
  }
  if (type === 'stones') ['x', 'y'].forEach(lang);
  const list = LISTS[type];
  if (list) {
    names.push(list);
    for (let i = 0; i < rowCount(values, list); i++) {
      names.push(`${list}[${i}]`, `${list}[${i}].key`);
      lang(`${list}[${i}].text`);
    }
  }
  if (type === 'multichoice' || type === 'scale' || type === 'number') names.push('max');
  if (type === 'scale' || type === 'number') names.push('min');
  if (type === 'scale') ['minLabel', 'maxLabel'].forEach(lang);
  if (type === 'area') names.push('level', 'areas');
  return new Set(names);
}

export interface QuestionFormProps {
  view: View;
  questionnaireKey: string;
  type: QuestionType;
  /** null: a new question. */
  originalKey: string | null;
  values: Values;
  errors: FieldErrors;
  frozen: boolean;
}

function ItemRows({ view, list, values, errors }: { view: View; list: 'options' | 'stones'; values: Values; errors: FieldErrors }) {
  const q = view.t.designer.question;
  const count = rowCount(values, list);
  const field = bindFields(values, errors);
  return (
    <FieldGroup
      id={fieldId(list)}
      legend={list === 'options' ? q.optionsTitle : q.stonesTitle}
      hint={list === 'options' ? q.optionsHint : q.stonesHint}
      error={errorText(errors[list])}
    >
      {Array.from({ length: count }, (_, i) => (
        <FieldGroup id={fieldId(`${list}[${i}]`)} legend={q.itemRow(i + 1)} error={errorText(errors[`${list}[${i}]`])} class="duiding-row">
          <div class="duiding-row__fields">
            <TextField {...field(`${list}[${i}].key`)} label={q.itemKey} />
            <TextField {...field(`${list}[${i}].text.nl`)} label={view.t.designer.dutch} />
            <TextField {...field(`${list}[${i}].text.en`)} label={view.t.designer.english} />
          </div>
        </FieldGroup>
      ))}
    </FieldGroup>
  );
}

export function QuestionFormPage({ view, questionnaireKey, type, originalKey, values, errors, frozen }: QuestionFormProps) {
  const d = view.t.designer;
  const q = d.question;
  const title = originalKey ? q.editTitle(originalKey) : q.newTitle(d.types[type]);
  const base = `/vragenlijsten/${encodeURIComponent(questionnaireKey)}`;
  const action = originalKey ? `${base}/vragen/${encodeURIComponent(originalKey)}` : `${base}/vragen`;
  const field = bindFields(values, errors);
  const check = (name: string, label: string) => (
    <Choice kind="checkbox" id={fieldId(name)} name={name} value="ja" label={label} checked={values[name] === 'ja'} />
  );
  const lang = (name: string, label: string, optional = false) => (
    <LangFields view={view} name={name} label={label} values={values} errors={errors} optional={optional} />
  );
  return (
    <Layout view={view} title={title} current="questionnaires">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={base}>
          {d.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      {frozen ? <p class="utrecht-paragraph duiding-hint">{d.edit.frozenNote}</p> : null}
      <ErrorSummary problems={problemsOf(errors)} lang={view.lang} title={view.t.designer.errorSummary} />
      <form method="post" action={action} class="utrecht-form duiding-form duiding-form--wide" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <input type="hidden" name="type" value={type} />
        <p class="utrecht-paragraph">
          <strong>{q.type}:</strong> {d.types[type]}
        </p>
        <TextField {...field('key')} label={q.key} hint={originalKey ? q.keyFixed : q.keyHint} readonly={originalKey !== null} />
        {lang('text', q.text)}
        {lang('help', q.help, true)}
        <ChoiceGroup
          {...field('about')}
          kind="radio"
          legend={q.about}
          options={[
            { value: 'story', label: q.aboutStory },
            { value: 'participant', label: q.aboutParticipant },
          ]}
        />
        {check('required', q.required)}
        {check('allowNotApplicable', q.allowNotApplicable)}
        {type === 'slider' ? [lang('left', q.left), lang('right', q.right)] : null}
        {type === 'triad' ? (
          <FieldGroup id={fieldId('corners')} legend={d.types.triad} error={errorText(errors.corners)}>
            {[0, 1, 2].map((i) => lang(`corners[${i}]`, q.corner(i + 1)))}
          </FieldGroup>
        ) : null}
        {type === 'stones' ? [lang('x', q.x), lang('y', q.y), <ItemRows view={view} list="stones" values={values} errors={errors} />] : null}
        {type === 'choice' || type === 'multichoice' ? <ItemRows view={view} list="options" values={values} errors={errors} /> : null}
        {type === 'multichoice' ? <TextField {...field('max')} type="number" label={q.max} hint={q.maxHint} /> : null}
        {type === 'scale' || type === 'number'
          ? [
              <TextField {...field('min')} type="number" label={type === 'scale' ? q.min : q.numberMin} required={type === 'scale'} />,
              <TextField {...field('max')} type="number" label={type === 'scale' ? q.maxValue : q.numberMax} required={type === 'scale'} />,
            ]
          : null}
        {type === 'scale' ? [lang('minLabel', q.minLabel, true), lang('maxLabel', q.maxLabel, true)] : null}
        {type === 'area'
          ? [
              <SelectField {...field('level')} label={q.level} options={['wijk', 'buurt', 'gemeente'].map((l) => ({ value: l, label: q.levels[l] }))} />,
              <TextField {...field('areas')} rows={3} label={q.areas} hint={q.areasHint} />,
            ]
          : null}
        <div class="duiding-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {q.save}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={base}>
            {d.cancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}
