// /opgaven/{key}/aannames/{id}: set an assumption's status, with evidence (patterns, stories,
// indicator series, a dialogue's conclusion). Without evidence the service refuses it.
import type { Problem } from '../../../domain/problems.ts';
import { ASSUMPTION_STATUSES } from '../../../domain/opgaven/vocabulary.ts';
import type { FormChoices } from '../../../services/opgaven-labels.ts';
import type { AssumptionView, TheoryOfChange } from '../../../services/opgaven.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { EvidenceList, History, StatusBadge } from './evidence.tsx';
import { Button, Csrf, ErrorSummary, Field, Saved, Select, TextArea, TextInput } from './parts.tsx';

export function PatternFields({ view, choices, prefix, form = {} }: { view: View; choices: FormChoices; prefix: string; form?: Record<string, string> }) {
  const j = view.t.opgaven.judge;
  const groups = choices.questionnaires.map((q) => ({ label: q.key, options: q.variables.map((v) => ({ value: v.name, label: v.label })) }));
  return (
    <>
      <Field id={`${prefix}-vragenlijst`} label={j.questionnaire}>
        <Select id={`${prefix}-vragenlijst`} name="patternQuestionnaire" value={form.patternQuestionnaire} options={choices.questionnaires.map((q) => ({ value: q.key, label: q.key }))} />
      </Field>
      <Field id={`${prefix}-a`} label={j.patternA}>
        <Select id={`${prefix}-a`} name="patternA" value={form.patternA} empty={view.t.opgaven.none} options={[]} groups={groups} />
      </Field>
      <Field id={`${prefix}-b`} label={j.patternB}>
        <Select id={`${prefix}-b`} name="patternB" value={form.patternB} empty={view.t.opgaven.none} options={[]} groups={groups} />
      </Field>
    </>
  );
}

export function SeriesFields({ view, choices, prefix, form = {} }: { view: View; choices: FormChoices; prefix: string; form?: Record<string, string> }) {
  const j = view.t.opgaven.judge;
  return (
    <>
      <Field id={`${prefix}-indicator`} label={view.t.opgaven.element.chooseIndicator}>
        <Select id={`${prefix}-indicator`} name="seriesIndicator" value={form.seriesIndicator} empty={view.t.opgaven.none} options={choices.indicators.map((i) => ({ value: i.key, label: i.name }))} />
      </Field>
      <Field id={`${prefix}-gebied`} label={j.area}>
        <Select id={`${prefix}-gebied`} name="seriesArea" value={form.seriesArea} options={choices.areas.map((a) => ({ value: a.code, label: a.name }))} />
      </Field>
    </>
  );
}

export function JudgePage(props: { view: View; theory: TheoryOfChange; assumption: AssumptionView; choices: FormChoices; problems?: Problem[]; saved?: boolean; form?: Record<string, string> }) {
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
      <Saved view={view} show={props.saved === true} />
      <ErrorSummary view={view} problems={props.problems} />
      <blockquote class="duiding-quote">{assumption.text}</blockquote>
      <p class="utrecht-paragraph">
        {j.current}: <StatusBadge view={view} status={assumption.status} />
      </p>
      {assumption.latest ? <EvidenceList view={view} change={assumption.latest} opgaveKey={theory.opgave.key} /> : null}
      <History view={view} assumption={assumption} opgaveKey={theory.opgave.key} />

      <form method="post" action={`${base}/aannames/${assumption.id}`} class="utrecht-form duiding-form duiding-judge">
        <Csrf view={view} />
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
            <input class="utrecht-checkbox" type="checkbox" id="bewijs-patroon-bevestig" name="patternConfirm" value="ja" checked={form.patternConfirm === 'ja'} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="bewijs-patroon-bevestig">
              {j.patternConfirm}
            </label>
          </div>
        </fieldset>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.stories}</legend>
          <Field id="bewijs-verhalen" label={view.t.opgaven.dialogue.storyRef} hint={j.storiesHint}>
            <TextInput id="bewijs-verhalen" name="stories" value={form.stories} hint maxlength={2000} />
          </Field>
        </fieldset>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.series}</legend>
          <SeriesFields view={view} choices={choices} prefix="bewijs-reeks" form={form} />
        </fieldset>
        <fieldset class="utrecht-form-fieldset duiding-fieldset">
          <legend class="utrecht-form-fieldset__legend">{j.dialogue}</legend>
          <Field id="bewijs-dialoog" label={j.chooseDialogue}>
            <Select id="bewijs-dialoog" name="dialogue" value={form.dialogue} empty={o.none} options={choices.dialogues.map((d) => ({ value: d.id, label: d.title }))} />
          </Field>
          <Field id="bewijs-conclusie" label={j.conclusion}>
            <TextArea id="bewijs-conclusie" name="conclusion" value={form.conclusion} rows={3} />
          </Field>
        </fieldset>
        <Field id="bewijs-toelichting" label={j.note} hint={j.noteHint}>
          <TextArea id="bewijs-toelichting" name="note" value={form.note} hint rows={3} />
        </Field>
        <Button>{j.submit}</Button>
      </form>
    </Layout>
  );
}
