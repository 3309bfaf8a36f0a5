// Submit buttons (Utrecht button) and the small one-button form every delete starts with.
import type { Child } from 'hono/jsx';
import { CsrfField } from './csrf-field.tsx';

interface SubmitButtonProps {
  children: Child;
  secondary?: boolean;
  name?: string;
  value?: string;
  /** A fuller name than the visible words (a button in a table row names its row). */
  'aria-label'?: string;
}

export function SubmitButton({ children, secondary, name, value, 'aria-label': label }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-label={label}
      class={`utrecht-button ${secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}
    >
      {children}
    </button>
  );
}

/** Hidden inputs for a set of names and values. */
export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** Hidden inputs for name–value pairs in order, a name as often as it comes (a GET form's filter). */
export function HiddenPairs({ pairs }: { pairs: ReadonlyArray<readonly [string, string]> }) {
  return (
    <>
      {pairs.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** A small form with one button that asks for confirmation first (the confirm page follows). */
export function DeleteButton({
  csrf,
  action,
  label,
  fields = {},
}: {
  csrf: string | undefined;
  action: string;
  label: string;
  fields?: Record<string, string>;
}) {
  return (
    <form method="post" action={action} class="duiding-inline-form">
      <CsrfField token={csrf} />
      <HiddenFields fields={fields} />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action duiding-button--danger">
        {label}
      </button>
    </form>
  );
}
