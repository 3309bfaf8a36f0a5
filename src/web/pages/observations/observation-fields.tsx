// The fields an analyst writes for an observation — title, optional text, strength — shared by the
// new-observation form and the edit form, so both ask the same and show the same messages.
import type { Problem } from '../../../domain/problems.ts';
import { STRENGTHS } from '../../../domain/sensemaking/rules.ts';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { fieldId } from '../../components/field.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { View } from '../../view.ts';

export interface ObservationForm {
  title?: string;
  body?: string;
  strength?: string;
}

/** The error text of one field, in the page's language, or undefined. */
export function fieldError(view: View, problems: Problem[] | undefined, field: string): string | undefined {
  const found = (problems ?? []).filter((x) => x.field === field);
  return found.length ? found.map((x) => (view.lang === 'nl' ? x.nl : x.en)).join(' ') : undefined;
}

/** Where the error summary links a problem of these fields, and how it names them. */
export const observationFieldIds = (field: string) => (field.startsWith('source') || field === 'questionnaire' ? undefined : fieldId(field));
export const observationFieldLabels = (view: View) => (field: string) =>
  ({ title: view.t.observations.titleLabel, body: view.t.observations.bodyLabel, strength: view.t.observations.strengthLabel })[field];

export function ObservationFields({ view, form, problems }: { view: View; form?: ObservationForm; problems?: Problem[] }) {
  const m = view.t.observations;
  return (
    <>
      <TextField
        name="title"
        label={m.titleLabel}
        hint={m.titleHint}
        value={form?.title}
        error={fieldError(view, problems, 'title')}
        required
        maxlength={300}
      />
      <TextField name="body" label={m.bodyLabel} hint={m.bodyHint} value={form?.body} error={fieldError(view, problems, 'body')} rows={5} />
      <ChoiceGroup
        name="strength"
        kind="radio"
        legend={m.strengthLabel}
        error={fieldError(view, problems, 'strength')}
        value={form?.strength ?? null}
        options={STRENGTHS.map((s) => ({ value: s, label: `${m.strengths[s]} — ${m.strengthHints[s]}` }))}
      />
    </>
  );
}
