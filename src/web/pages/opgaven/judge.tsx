// /opgaven/{key}/aannames/{id}: set an assumption's status, with evidence (patterns, stories,
// indicator series, a dialogue's conclusion). Without evidence the service refuses it.
import type { Problem } from '../../../domain/problems.ts';
import { ASSUMPTION_STATUSES } from '../../../domain/opgaven/vocabulary.ts';
import type { FormChoices } from '../../../services/opgaven-labels.ts';
import type { AssumptionView, TheoryOfChange } from '../../../services/opgaven.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { EvidenceList, History, StatusBadge } from './evidence.tsx';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { OpgavenErrors } from './problems.tsx';

export function PatternFields({ view, choices, prefix, form = {} }: { view: View; choices: FormChoices; prefix: string; form?: Record<string, string> }) {
  const j = view.t.opgaven.judge;
  const groups = choices.questionnaires.map((q) => ({ label: q.key, options: q.variables.map((v) => ({ value: v.name, label: v.label })) }));
  return (
    <>
      <SelectField
        id={`${prefix}-vragenlijst`}
        name="patternQuestionnaire"
        label={j.questionnaire}
        value={form.patternQuestionnaire}
        options={choices.questionnaires.map((q) => ({ value: q.key, label: q.key }))}
      />
      <SelectField id={`${prefix}-a`} name="patternA" label={j.patternA} value={form.patternA} empty={view.t.opgaven.none} options={[]} groups={groups} />
      <SelectField id={`${prefix}-b`} name="patternB" label={j.patternB} value={form.patternB} empty={view.t.opgaven.none} options={[]} groups={groups} />
    </>
  );
}

export function SeriesFields({ view, choices, prefix, form = {} }: { view: View; choices: FormChoices; prefix: string; form?: Record<string, string> }) {
  const j = view.t.opgaven.judge;
  return (
    <>
      <SelectField
        id={`${prefix}-indicator`}
        name="seriesIndicator"
        label={view.t.opgaven.element.chooseIndicator}
        value={form.seriesIndicator}
        empty={view.t.opgaven.none}
        options={choices.indicators.map((i) => ({ value: i.key, label: i.name }))}
      />
      <SelectField
        id={`${prefix}-gebied`}
        name="seriesArea"
        label={j.area}
        value={form.seriesArea}
        options={choices.areas.map((a) => ({ value: a.code, label: a.name }))}
      />
    </>
  );
}

export function JudgePage(props: {
  view: View;
  theory: TheoryOfChange;
  assumption: AssumptionView;
  choices: FormChoices;
  problems?: Problem[];
  saved?: boolean;
  form?: Record<string, string>;
}) {
  const { view, theory, assumption, choices } = props;
  const o = view.t.opgaven;
  const j = o.judge;
  const form = props.form ?? {};
  const base = `/opgaven/${theory.opgave.key}`;
  return (
    <Layout view={view} title={j.title} current="opgaven">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`${base}#aanname-${assumption.id}`}>
          {o.element.back}: {theory.opgave.title}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{j.title}</h1>
      {props.saved === true ? <Notice>{view.t.opgaven.saved}</Notice> : null}
      <OpgavenErrors
        view={view}
        problems={props.problems}
        ids={{ stories: 'bewijs-verhalen', dialogue: 'bewijs-dialoog', conclusion: 'bewijs-conclusie', note: 'bewijs-toelichting' }}
      />
      <blockquote class="duiding-quote">{assumption.text}</blockquote>
      <p class="utrecht-paragraph">
        {j.current}: <StatusBadge view={view} status={assumption.status} />
      </p>
      {assumption.latest ? <EvidenceList view={view} change={assumption.latest} opgaveKey={theory.opgave.key} /> : null}
      <History view={view} assumption={assumption} opgaveKey={theory.opgave.key} />

      <form method="post" action={`${base}/aannames/${assumption.id}`} class="utrecht-form duiding-form duiding-judge">
        <CsrfField token={view.session?.csrfToken} />
        <p class="utrecht-paragraph">{j.intro}</p>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.status}</legend>
          {ASSUMPTION_STATUSES.map((s) => (
            <div class="duiding-radio">
              <input class="utrecht-radio-button" type="radio" id={`status-${s}`} name="status" value={s} required checked={form.status === s} />
              <label class="utrecht-form-label utrecht-form-label--radio" for={`status-${s}`}>
                {o.statuses[s]}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.pattern}</legend>
          <p class="utrecht-paragraph">{j.patternHint}</p>
          <PatternFields view={view} choices={choices} prefix="bewijs-patroon" form={form} />
          <div class="duiding-checkbox">
            <input
              class="utrecht-checkbox"
              type="checkbox"
              id="bewijs-patroon-bevestig"
              name="patternConfirm"
              value="ja"
              checked={form.patternConfirm === 'ja'}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="bewijs-patroon-bevestig">
              {j.patternConfirm}
            </label>
          </div>
        </fieldset>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.stories}</legend>
          <TextField id="bewijs-verhalen" name="stories" label={view.t.opgaven.dialogue.storyRef} hint={j.storiesHint} value={form.stories} maxlength={2000} />
        </fieldset>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.series}</legend>
          <SeriesFields view={view} choices={choices} prefix="bewijs-reeks" form={form} />
        </fieldset>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.dialogue}</legend>
          <SelectField
            id="bewijs-dialoog"
            name="dialogue"
            label={j.chooseDialogue}
            value={form.dialogue}
            empty={o.none}
            options={choices.dialogues.map((d) => ({ value: d.id, label: d.title }))}
          />
          <TextField id="bewijs-conclusie" name="conclusion" label={j.conclusion} value={form.conclusion} rows={3} />
        </fieldset>
        <TextField id="bewijs-toelichting" name="note" label={j.note} hint={j.noteHint} value={form.note} rows={3} />
        <SubmitButton>{j.submit}</SubmitButton>
      </form>
    </Layout>
  );
}
