// On a dialogue's page: adding a complete observation (with its interpretations and perspectives)
// to the material. Incomplete observations are not offered; the service refuses them too.
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import type { View } from '../../view.ts';

export function ObservationMaterialForm({ view, action, observations }: { view: View; action: string; observations: { id: string; title: string }[] }) {
  const m = view.t.observations;
  return (
    <details class="duiding-history">
      <summary>{m.addToDialogue}</summary>
      {observations.length === 0 ? (
        <p class="utrecht-paragraph">{m.noCompleteObservations}</p>
      ) : (
        <form method="post" action={action} class="utrecht-form duiding-form">
          <CsrfField token={view.session?.csrfToken} />
          <input type="hidden" name="kind" value="observation" />
          <SelectField
            id="materiaal-observatie"
            name="observation"
            label={m.materialLabel}
            hint={m.materialHint}
            options={observations.map((o) => ({ value: o.id, label: o.title }))}
          />
          <SubmitButton secondary>{m.addToDialogue}</SubmitButton>
        </form>
      )}
    </details>
  );
}
