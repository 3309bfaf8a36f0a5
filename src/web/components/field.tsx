// The frame every form control sits in (NL Design System / Utrecht form field): a label, an
// optional hint, the field's own error message, then the control. The ids follow one scheme, so
// the control can point at its hint and error (aria-describedby) and the error summary can link
// to the control: `id`, `${id}-uitleg` (hint), `${id}-fout` (error).
import type { Child } from 'hono/jsx';

/** Messages by field name, already in the page's language; "" = the form as a whole. */
export type FieldErrors = Record<string, string[]>;
/** Flat form values by field name (the same names the form posts). */
export type Values = Record<string, string>;

/** "options[2].text.nl" → "veld-options-2-text-nl": a valid, stable id for a field name. */
export const fieldId = (name: string) => `veld-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

const hintId = (id: string) => `${id}-uitleg`;
const errorId = (id: string) => `${id}-fout`;

/** What a control carries so assistive technology reads its hint and error with it. */
export function controlAria(id: string, { hint, error, describedBy }: { hint?: unknown; error?: unknown; describedBy?: string }) {
  const ids = [error ? errorId(id) : null, hint ? hintId(id) : null, describedBy ?? null].filter(Boolean);
  return { 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids.join(' ') || undefined };
}

/** One or more messages as the text next to a field. */
export const errorText = (error: string | string[] | undefined) => (Array.isArray(error) ? error.join(' ') : error) || undefined;

/** The props a field takes from a posted form's values and messages: its name, value and error. */
export function bindFields(values: Values, errors: FieldErrors) {
  return (name: string) => ({ name, value: values[name] ?? '', error: errorText(errors[name]) });
}

export function FieldHint({ id, hint }: { id: string; hint?: Child }) {
  return hint ? (
    <p class="utrecht-form-field-description" id={hintId(id)}>
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p class="utrecht-form-field-error-message duiding-field-error" id={errorId(id)}>
      {error}
    </p>
  ) : null;
}

interface FieldProps {
  /** The control's id: the label points at it, the error summary links to it. */
  id: string;
  label: Child;
  hint?: Child;
  error?: string;
  /** Extra classes on the field, e.g. a layout class. */
  class?: string;
  /** The control; give it `controlAria(id, { hint, error })`. */
  children?: Child;
}

export function Field({ id, label, hint, error, class: extra, children }: FieldProps) {
  const classes = ['utrecht-form-field', 'duiding-field', error ? 'utrecht-form-field--invalid' : '', extra ?? ''].filter(Boolean).join(' ');
  return (
    <div class={classes}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}
