// The form for one question of any type: the common fields, then the fields of its type. Without
// JavaScript: lists (options, stones) show the rows in use plus empty rows to fill in.
import type { QuestionType } from '../../../domain/questionnaire/types.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Checkbox, Choices, Csrf, ErrorSummary, LangFields, TextField, type FieldErrors, type Values } from './form-bits.tsx';
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
  return (
    <fieldset class="utrecht-form-fieldset duiding-fieldset" id={`veld-${list}`}>
      <legend class="utrecht-form-fieldset__legend duiding-legend">{list === 'options' ? q.optionsTitle : q.stonesTitle}</legend>
      <p class="utrecht-form-field-description">{list === 'options' ? q.optionsHint : q.stonesHint}</p>
      {errors[list]?.length ? <p class="utrecht-form-field-error-message duiding-field-error">{errors[list].join(' ')}</p> : null}
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="utrecht-form-fieldset duiding-fieldset duiding-row" id={`veld-${list}-${i}`}>
          <legend class="utrecht-form-fieldset__legend duiding-legend">{q.itemRow(i + 1)}</legend>
          {errors[`${list}[${i}]`]?.length ? <p class="utrecht-form-field-error-message duiding-field-error">{errors[`${list}[${i}]`].join(' ')}</p> : null}
          <div class="duiding-row__fields">
            <TextField name={`${list}[${i}].key`} label={q.itemKey} values={values} errors={errors} />
            <TextField name={`${list}[${i}].text.nl`} label={view.t.designer.dutch} values={values} errors={errors} />
            <TextField name={`${list}[${i}].text.en`} label={view.t.designer.english} values={values} errors={errors} />
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

export function QuestionFormPage({ view, questionnaireKey, type, originalKey, values, errors, frozen }: QuestionFormProps) {
  const d = view.t.designer;
  const q = d.question;
  const title = originalKey ? q.editTitle(originalKey) : q.newTitle(d.types[type]);
  const base = `/vragenlijsten/${encodeURIComponent(questionnaireKey)}`;
  const action = originalKey ? `${base}/vragen/${encodeURIComponent(originalKey)}` : `${base}/vragen`;
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
      <ErrorSummary view={view} errors={errors} />
      <form method="post" action={action} class="utrecht-form duiding-form duiding-form--wide" novalidate>
        <Csrf view={view} />
        <input type="hidden" name="type" value={type} />
        <p class="utrecht-paragraph">
          <strong>{q.type}:</strong> {d.types[type]}
        </p>
        <TextField name="key" label={q.key} hint={originalKey ? q.keyFixed : q.keyHint} values={values} errors={errors} readonly={originalKey !== null} />
        {lang('text', q.text)}
        {lang('help', q.help, true)}
        <Choices
          name="about"
          legend={q.about}
          values={values}
          errors={errors}
          options={[
            { value: 'story', label: q.aboutStory },
            { value: 'participant', label: q.aboutParticipant },
          ]}
        />
        <Checkbox name="required" label={q.required} values={values} errors={errors} />
        <Checkbox name="allowNotApplicable" label={q.allowNotApplicable} values={values} errors={errors} />
        {type === 'slider' ? [lang('left', q.left), lang('right', q.right)] : null}
        {type === 'triad' ? (
          <fieldset class="utrecht-form-fieldset duiding-fieldset" id="veld-corners">
            <legend class="utrecht-form-fieldset__legend duiding-legend">{d.types.triad}</legend>
            {errors.corners?.length ? <p class="utrecht-form-field-error-message duiding-field-error">{errors.corners.join(' ')}</p> : null}
            {[0, 1, 2].map((i) => lang(`corners[${i}]`, q.corner(i + 1)))}
          </fieldset>
        ) : null}
        {type === 'stones' ? [lang('x', q.x), lang('y', q.y), <ItemRows view={view} list="stones" values={values} errors={errors} />] : null}
        {type === 'choice' || type === 'multichoice' ? <ItemRows view={view} list="options" values={values} errors={errors} /> : null}
        {type === 'multichoice' ? <TextField name="max" type="number" label={q.max} hint={q.maxHint} values={values} errors={errors} /> : null}
        {type === 'scale' || type === 'number'
          ? [
              <TextField name="min" type="number" label={type === 'scale' ? q.min : q.numberMin} values={values} errors={errors} required={type === 'scale'} />,
              <TextField name="max" type="number" label={type === 'scale' ? q.maxValue : q.numberMax} values={values} errors={errors} required={type === 'scale'} />,
            ]
          : null}
        {type === 'scale' ? [lang('minLabel', q.minLabel, true), lang('maxLabel', q.maxLabel, true)] : null}
        {type === 'area'
          ? [
              <Choices name="level" kind="select" legend={q.level} values={values} errors={errors} options={['wijk', 'buurt', 'gemeente'].map((l) => ({ value: l, label: q.levels[l] }))} />,
              <TextField name="areas" multiline label={q.areas} hint={q.areasHint} values={values} errors={errors} />,
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
