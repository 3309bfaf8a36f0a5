// Small pieces the coding pages share: the error summary, a notice, a text field.
import type { View } from '../../view.ts';
import { FieldError } from '../../components/field.tsx';
import { Notice as KitNotice } from '../../components/notice.tsx';

export type FieldErrors = Record<string, string>;

export function ErrorSummary({ view, errors }: { view: View; errors: FieldErrors }) {
  const messages = Object.values(errors);
  if (messages.length === 0) return null;
  return (
    <KitNotice kind="error" id="fouten" title={view.t.coding.errorSummary} paragraph={false}>
      <ul class="utrecht-unordered-list">
        {messages.map((m) => (
          <li>{m}</li>
        ))}
      </ul>
    </KitNotice>
  );
}

export function Notice({ text }: { text: string | undefined }) {
  return text ? <KitNotice kind="ok">{text}</KitNotice> : null;
}

export function TextField(props: {
  id: string;
  name: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  maxlength?: number;
  type?: string;
  inputmode?: 'numeric';
}) {
  const described = [props.hint ? `${props.id}-uitleg` : '', props.error ? `${props.id}-fout` : ''].filter(Boolean).join(' ');
  return (
    <div class={`utrecht-form-field duiding-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p class="utrecht-form-field-description" id={`${props.id}-uitleg`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.id} error={props.error} />
      <input
        class="utrecht-textbox utrecht-textbox--html-input"
        type={props.type ?? 'text'}
        inputmode={props.inputmode}
        id={props.id}
        name={props.name}
        value={props.value ?? ''}
        required={props.required}
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}

/** Problems by field, in the page language. */
export function fieldErrors(view: View, problems: { field?: string; nl: string; en: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) out[p.field ?? 'form'] = view.lang === 'nl' ? p.nl : p.en;
  return out;
}
