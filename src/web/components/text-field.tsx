// A text box or text area in its Field: label, hint, error and the ARIA that ties them together.
import type { Child } from 'hono/jsx';
import { controlAria, Field, fieldId } from './field.tsx';

interface TextFieldProps {
  name: string;
  /** Defaults to fieldId(name), the id the error summary links to. */
  id?: string;
  label: Child;
  hint?: Child;
  error?: string;
  value?: string | null;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'search' | 'url';
  /** A textarea with this many rows instead of a text box. */
  rows?: number;
  required?: boolean;
  readonly?: boolean;
  maxlength?: number;
  autocomplete?: string;
  pattern?: string;
  /** Bounds of a number field. */
  min?: number;
  step?: number | 'any';
  inputmode?: 'numeric' | 'decimal' | 'text';
  /** The id of a <datalist> with suggestions. */
  list?: string;
  /** Extra classes on the control, e.g. duiding-textbox--short. */
  inputClass?: string;
  /** More ids that describe the control (e.g. a form-wide error). */
  describedBy?: string;
  /** Mark the control invalid although its own message stands elsewhere. */
  invalid?: boolean;
  class?: string;
}

export function TextField(p: TextFieldProps) {
  const id = p.id ?? fieldId(p.name);
  const aria = controlAria(id, { hint: p.hint, error: p.error, describedBy: p.describedBy });
  const common = {
    id,
    name: p.name,
    required: p.required,
    readonly: p.readonly,
    maxlength: p.maxlength,
    ...aria,
    'aria-invalid': p.invalid ? 'true' : aria['aria-invalid'],
  };
  return (
    <Field id={id} label={p.label} hint={p.hint} error={p.error} class={p.class}>
      {p.rows ? (
        <textarea class="utrecht-textarea utrecht-textarea--html-textarea duiding-textarea" rows={p.rows} autocomplete={p.autocomplete} {...common}>
          {p.value ?? ''}
        </textarea>
      ) : (
        <input
          class={['utrecht-textbox', 'utrecht-textbox--html-input', p.type === 'password' ? 'utrecht-textbox--password' : '', p.inputClass ?? '']
            .filter(Boolean)
            .join(' ')}
          type={p.type ?? 'text'}
          // A password is never sent back to the browser.
          value={p.type === 'password' ? undefined : (p.value ?? '')}
          autocomplete={p.autocomplete}
          pattern={p.pattern}
          min={p.min}
          step={p.step}
          inputmode={p.inputmode}
          list={p.list}
          {...common}
        />
      )}
    </Field>
  );
}
