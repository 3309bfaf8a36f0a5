// Several controls under one legend (a fieldset): a pair of languages, a row of a list, a set of
// choices. The group carries its own hint and error; its id is what the error summary links to.
import type { Child } from 'hono/jsx';
import { controlAria, FieldError, FieldHint } from './field.tsx';

interface FieldGroupProps {
  id: string;
  legend: Child;
  hint?: Child;
  error?: string;
  class?: string;
  children?: Child;
}

export function FieldGroup({ id, legend, hint, error, class: extra, children }: FieldGroupProps) {
  const { 'aria-describedby': describedBy } = controlAria(id, { hint, error });
  return (
    <fieldset class={['utrecht-form-fieldset', 'duiding-fieldset', extra ?? ''].filter(Boolean).join(' ')} id={id} aria-describedby={describedBy}>
      <legend class="utrecht-form-fieldset__legend duiding-legend">{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children}
    </fieldset>
  );
}
