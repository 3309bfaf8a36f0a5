// Form fields of the designer and collections screens: each shows its own Dutch message next to
// the field (aria-invalid + aria-describedby), and ErrorSummary lists them all with links.
import type { Child } from 'hono/jsx';
import type { View } from '../../view.ts';

/** Flat form values by field name (the same names the form posts). */
export type Values = Record<string, string>;
/** Messages by field name; "" = the form as a whole. */
export type FieldErrors = Record<string, string[]>;

/** "options[2].text.nl" → "veld-options-2-text-nl": a valid, stable id. */
export const fieldId = (name: string) => `veld-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

const described = (name: string, errors: FieldErrors, hint?: string) =>
  [errors[name]?.length ? `${fieldId(name)}-fout` : null, hint ? `${fieldId(name)}-uitleg` : null].filter(Boolean).join(' ') || undefined;

function Message({ name, errors }: { name: string; errors: FieldErrors }) {
  const list = errors[name];
  return list?.length ? (
    <p class="utrecht-form-field-error-message duiding-field-error" id={`${fieldId(name)}-fout`}>
      {list.join(' ')}
    </p>
  ) : null;
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <p class="utrecht-form-field-description" id={`${fieldId(name)}-uitleg`}>
      {hint}
    </p>
  ) : null;
}

export interface FieldProps {
  name: string;
  label: string;
  values: Values;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'number' | 'date';
  readonly?: boolean;
  autocomplete?: string;
}

export function TextField(p: FieldProps) {
  const invalid = p.errors[p.name]?.length ? 'true' : undefined;
  const common = {
    id: fieldId(p.name),
    name: p.name,
    required: p.required,
    readonly: p.readonly,
    'aria-invalid': invalid,
    'aria-describedby': described(p.name, p.errors, p.hint),
  };
  return (
    <div class={`utrecht-form-field duiding-field${invalid ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={fieldId(p.name)}>
        {p.label}
      </label>
      <Hint name={p.name} hint={p.hint} />
      <Message name={p.name} errors={p.errors} />
      {p.multiline ? (
        <textarea class="utrecht-textarea utrecht-textarea--html-textarea" rows={3} {...common}>
          {p.values[p.name] ?? ''}
        </textarea>
      ) : (
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          type={p.type ?? 'text'}
          value={p.values[p.name] ?? ''}
          autocomplete={p.autocomplete ?? 'off'}
          {...common}
        />
      )}
    </div>
  );
}

/** One label in Dutch (required) and English (optional), as a group: name.nl and name.en. */
export function LangFields(p: { view: View; name: string; label: string; values: Values; errors: FieldErrors; hint?: string; multiline?: boolean; optional?: boolean }) {
  const d = p.view.t.designer;
  const groupErrors = p.errors[p.name];
  return (
    <fieldset class="utrecht-form-fieldset duiding-fieldset" id={fieldId(p.name)}>
      <legend class="utrecht-form-fieldset__legend duiding-legend">
        {p.label} {p.optional ? <span class="duiding-optional">{d.optional}</span> : null}
      </legend>
      {p.hint ? <p class="utrecht-form-field-description">{p.hint}</p> : null}
      {groupErrors?.length ? (
        <p class="utrecht-form-field-error-message duiding-field-error" id={`${fieldId(p.name)}-fout`}>
          {groupErrors.join(' ')}
        </p>
      ) : null}
      <div class="duiding-lang-pair">
        <TextField name={`${p.name}.nl`} label={d.dutch} values={p.values} errors={p.errors} multiline={p.multiline} required={!p.optional} />
        <TextField name={`${p.name}.en`} label={d.english} values={p.values} errors={p.errors} multiline={p.multiline} />
      </div>
    </fieldset>
  );
}

export function Checkbox(p: { name: string; label: string; values: Values; errors: FieldErrors; value?: string }) {
  const value = p.value ?? 'ja';
  const id = p.value ? `${fieldId(p.name)}-${p.value}` : fieldId(p.name);
  const checked = p.value ? (p.values[p.name] ?? '').split('|').includes(value) : p.values[p.name] === value;
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox duiding-check">
      <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id} name={p.name} value={value} checked={checked} aria-describedby={p.errors[p.name]?.length ? `${fieldId(p.name)}-fout` : undefined} />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
        {p.label}
      </label>
    </div>
  );
}

export function Choices(p: { name: string; legend: string; options: { value: string; label: string }[]; values: Values; errors: FieldErrors; hint?: string; kind?: 'radio' | 'select' }) {
  const invalid = p.errors[p.name]?.length ? 'true' : undefined;
  if (p.kind === 'select') {
    return (
      <div class={`utrecht-form-field duiding-field${invalid ? ' utrecht-form-field--invalid' : ''}`}>
        <label class="utrecht-form-label" for={fieldId(p.name)}>
          {p.legend}
        </label>
        <Hint name={p.name} hint={p.hint} />
        <Message name={p.name} errors={p.errors} />
        <select class="utrecht-select utrecht-select--html-select" id={fieldId(p.name)} name={p.name} aria-invalid={invalid} aria-describedby={described(p.name, p.errors, p.hint)}>
          {p.options.map((o) => (
            <option value={o.value} selected={p.values[p.name] === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <fieldset class="utrecht-form-fieldset duiding-fieldset" id={fieldId(p.name)} aria-describedby={described(p.name, p.errors, p.hint)}>
      <legend class="utrecht-form-fieldset__legend duiding-legend">{p.legend}</legend>
      <Hint name={p.name} hint={p.hint} />
      <Message name={p.name} errors={p.errors} />
      {p.options.map((o) => (
        <div class="utrecht-form-field utrecht-form-field--radio duiding-check">
          <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id={`${fieldId(p.name)}-${o.value}`} name={p.name} value={o.value} checked={p.values[p.name] === o.value} />
          <label class="utrecht-form-label utrecht-form-label--radio" for={`${fieldId(p.name)}-${o.value}`}>
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Every message, with a link to its field; focus lands here after a rejected post. */
export function ErrorSummary({ view, errors }: { view: View; errors: FieldErrors }) {
  const entries = Object.entries(errors).filter(([, list]) => list.length > 0);
  if (entries.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert" id="foutmeldingen" tabindex={-1}>
      <h2 class="utrecht-heading-2">{view.t.designer.errorSummary}</h2>
      <ul class="utrecht-unordered-list duiding-problems">
        {entries.flatMap(([name, list]) =>
          list.map((message) => (
            <li class="utrecht-unordered-list__item">{name ? <a class="utrecht-link utrecht-link--html-a" href={`#${fieldId(name)}`}>{message}</a> : message}</li>
          )),
        )}
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

export function Csrf({ view }: { view: View }) {
  return <input type="hidden" name="_csrf" value={view.session!.csrfToken} />;
}
