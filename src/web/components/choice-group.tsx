// Radio buttons or check boxes under one legend (a fieldset), and a single check box. The group
// carries the hint and the error; the fieldset's id is what the error summary links to.
import type { Child } from 'hono/jsx';
import { fieldId } from './field.tsx';
import { FieldGroup } from './field-group.tsx';
import type { Option } from './select-field.tsx';

interface ChoiceGroupProps {
  name: string;
  /** The fieldset's id; each input gets `${id}-${value}`. */
  id?: string;
  legend: Child;
  hint?: Child;
  error?: string;
  options: Option[];
  kind: 'radio' | 'checkbox';
  /** The values that are checked (check boxes), or */
  checked?: string[];
  /** the one value that is checked (radio buttons). */
  value?: string | null;
  required?: boolean;
  class?: string;
}

export function ChoiceGroup(p: ChoiceGroupProps) {
  const id = p.id ?? fieldId(p.name);
  const checked = p.checked ?? (p.value ? [p.value] : []);
  return (
    <FieldGroup id={id} legend={p.legend} hint={p.hint} error={p.error} class={p.class}>
      {p.options.map((o) => (
        <Choice
          kind={p.kind}
          id={`${id}-${o.value}`}
          name={p.name}
          value={o.value}
          label={o.label}
          checked={checked.includes(o.value)}
          required={p.kind === 'radio' && p.required}
        />
      ))}
    </FieldGroup>
  );
}

interface ChoiceProps {
  kind: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  label: Child;
  checked: boolean;
  required?: boolean;
  describedBy?: string;
}

/** One radio button or check box with its label after it. */
export function Choice(p: ChoiceProps) {
  const input = p.kind === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
  return (
    <div class={`utrecht-form-field utrecht-form-field--${p.kind} duiding-check`}>
      <input class={input} type={p.kind} id={p.id} name={p.name} value={p.value} checked={p.checked} required={p.required} aria-describedby={p.describedBy} />
      <label class={`utrecht-form-label utrecht-form-label--${p.kind}`} for={p.id}>
        {p.label}
      </label>
    </div>
  );
}
