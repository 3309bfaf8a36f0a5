// Form pieces shared by the account pages: a labelled text field with its error, and alerts.
import type { Child } from 'hono/jsx';

export interface FieldProps {
  id: string;
  name?: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value?: string;
  error?: string;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
}

export function TextField({ id, name, label, type = 'text', value, error, hint, autocomplete, required = true }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`utrecht-form-field duiding-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {hint ? (
        <p class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="utrecht-form-field-error-message duiding-field-error" id={`${id}-fout`}>
          {error}
        </p>
      ) : null}
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${type === 'password' ? ' utrecht-textbox--password' : ''}`}
        type={type}
        id={id}
        name={name ?? id}
        value={type === 'password' ? undefined : (value ?? '')}
        autocomplete={autocomplete}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

export function ErrorSummary({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert">
      <h2 class="utrecht-heading-2">{title}</h2>
      <ul class="utrecht-unordered-list">
        {messages.map((m) => (
          <li class="utrecht-unordered-list__item">{m}</li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ children }: { children?: Child }) {
  return (
    <div class="utrecht-alert utrecht-alert--ok duiding-alert" role="status">
      <p class="utrecht-paragraph">{children}</p>
    </div>
  );
}

export function CsrfField({ token }: { token: string | undefined }) {
  return token ? <input type="hidden" name="_csrf" value={token} /> : null;
}
