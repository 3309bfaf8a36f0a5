// Small building blocks shared by the opgaven and dialogue pages: form fields, the error summary,
// the "saved" notice and the confirmation page every delete goes through.
import type { Child } from 'hono/jsx';
import { fieldLabel } from '../../../domain/field-labels.ts';
import type { Problem } from '../../../domain/problems.ts';
import { Layout, type NavKey } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function Csrf({ view }: { view: View }) {
  return <input type="hidden" name="_csrf" value={view.session!.csrfToken} />;
}

/** Problems from the service, each named with the field's label in the page language. */
export function ErrorSummary({ view, problems }: { view: View; problems?: Problem[] }) {
  if (!problems?.length) return null;
  const o = view.t.opgaven;
  const label = (field?: string) => {
    if (!field) return '';
    const base = field.split(/[.[]/u)[0];
    // Never an internal name (issue 17 #6): the page's label, the shared one, or nothing.
    const name = o.fields[base] ?? fieldLabel(base, view.lang);
    return name ? `${name}: ` : '';
  };
  return (
    <div class="utrecht-alert utrecht-alert--error duiding-alert" role="alert" id="fouten">
      <h2 class="utrecht-heading-2">{o.errorTitle}</h2>
      <p class="utrecht-paragraph">{o.errorIntro}</p>
      <ul class="utrecht-unordered-list duiding-problems">
        {problems.map((p) => (
          <li class="utrecht-unordered-list__item">
            {label(p.field)}
            {view.lang === 'nl' ? p.nl : p.en}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Saved({ view, show }: { view: View; show: boolean }) {
  return show ? (
    <p class="utrecht-alert utrecht-alert--ok duiding-alert" role="status">
      {view.t.opgaven.saved}
    </p>
  ) : null;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  children: Child;
}

/** Label, optional hint (linked with aria-describedby by the caller via `${id}-uitleg`), control. */
export function Field({ id, label, hint, children }: FieldProps) {
  return (
    <div class="utrecht-form-field duiding-field">
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {hint ? (
        <p class="utrecht-form-field-description" id={`${id}-uitleg`}>
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextInput(props: { id: string; name: string; value?: string | null; required?: boolean; hint?: boolean; type?: string; maxlength?: number }) {
  return (
    <input
      class="utrecht-textbox utrecht-textbox--html-input"
      type={props.type ?? 'text'}
      id={props.id}
      name={props.name}
      value={props.value ?? ''}
      required={props.required}
      maxlength={props.maxlength}
      aria-describedby={props.hint ? `${props.id}-uitleg` : undefined}
    />
  );
}

export function TextArea(props: { id: string; name: string; value?: string | null; required?: boolean; hint?: boolean; rows?: number }) {
  return (
    <textarea
      class="utrecht-textarea utrecht-textarea--html-textarea duiding-textarea"
      id={props.id}
      name={props.name}
      rows={props.rows ?? 4}
      required={props.required}
      aria-describedby={props.hint ? `${props.id}-uitleg` : undefined}
    >
      {props.value ?? ''}
    </textarea>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: { id: string; name: string; options: Option[]; value?: string | null; empty?: string; required?: boolean; groups?: { label: string; options: Option[] }[] }) {
  return (
    <select class="utrecht-select utrecht-select--html-select" id={props.id} name={props.name} required={props.required}>
      {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
      {props.options.map((o) => (
        <option value={o.value} selected={o.value === props.value}>
          {o.label}
        </option>
      ))}
      {(props.groups ?? []).map((g) => (
        <optgroup label={g.label}>
          {g.options.map((o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

export function Button({ children, secondary, name, value }: { children: Child; secondary?: boolean; name?: string; value?: string }) {
  return (
    <button type="submit" name={name} value={value} class={`utrecht-button ${secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}>
      {children}
    </button>
  );
}

/** A small form with one button that asks for confirmation first (the confirm page follows). */
export function DeleteButton({ view, action, label, fields = {} }: { view: View; action: string; label: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="duiding-inline-form">
      <Csrf view={view} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="utrecht-button utrecht-button--secondary-action duiding-button--danger">
        {label}
      </button>
    </form>
  );
}

/** Every delete posts here first without "bevestigd": this page repeats the form with it. */
export function ConfirmPage({ view, current, action, message, fields, back }: { view: View; current: NavKey; action: string; message: string; fields: Record<string, string>; back: string }) {
  const o = view.t.opgaven.confirm;
  return (
    <Layout view={view} title={o.title} current={current}>
      <h1 class="utrecht-heading-1">{o.title}</h1>
      <p class="utrecht-paragraph">{message}</p>
      <p class="utrecht-paragraph">
        <strong>{o.cannotUndo}</strong>
      </p>
      <form method="post" action={action} class="duiding-inline-form">
        <Csrf view={view} />
        {Object.entries(fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="bevestigd" value="ja" />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {o.yes}
        </button>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={back}>
          {view.t.opgaven.cancel}
        </a>
      </p>
    </Layout>
  );
}
