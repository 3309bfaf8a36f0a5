// A select box in its Field, with optional empty choice and option groups.
import type { Child } from 'hono/jsx';
import { controlAria, Field, fieldId } from './field.tsx';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  id?: string;
  label: Child;
  hint?: Child;
  error?: string;
  options: Option[];
  groups?: { label: string; options: Option[] }[];
  value?: string | null;
  /** The label of a first choice with the value "" (nothing chosen). */
  empty?: string;
  required?: boolean;
  class?: string;
}

export function SelectField(p: SelectFieldProps) {
  const id = p.id ?? fieldId(p.name);
  return (
    <Field id={id} label={p.label} hint={p.hint} error={p.error} class={p.class}>
      <Select id={id} name={p.name} options={p.options} groups={p.groups} value={p.value} empty={p.empty} required={p.required} {...controlAria(id, p)} />
    </Field>
  );
}

type SelectProps = Omit<SelectFieldProps, 'label' | 'hint' | 'error' | 'class'> & {
  id: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
  /** The name of a select without a visible label of its own (a table row's column says it). */
  'aria-label'?: string;
};

/** The bare control, for a select that stands in a row of other controls. */
export function Select(p: SelectProps) {
  const option = (o: Option) => (
    <option value={o.value} selected={o.value === p.value}>
      {o.label}
    </option>
  );
  return (
    <select
      class="utrecht-select utrecht-select--html-select"
      id={p.id}
      name={p.name}
      required={p.required}
      aria-invalid={p['aria-invalid']}
      aria-describedby={p['aria-describedby']}
      aria-label={p['aria-label']}
    >
      {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
      {p.options.map(option)}
      {(p.groups ?? []).map((g) => (
        <optgroup label={g.label}>{g.options.map(option)}</optgroup>
      ))}
    </select>
  );
}
