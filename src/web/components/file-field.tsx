// A file upload in its Field.
import type { Child } from 'hono/jsx';
import { controlAria, Field, fieldId } from './field.tsx';

interface FileFieldProps {
  name: string;
  id?: string;
  label: Child;
  hint?: Child;
  error?: string;
  accept?: string;
  required?: boolean;
  class?: string;
}

export function FileField(p: FileFieldProps) {
  const id = p.id ?? fieldId(p.name);
  return (
    <Field id={id} label={p.label} hint={p.hint} error={p.error} class={p.class}>
      <input class="duiding-file" type="file" id={id} name={p.name} accept={p.accept} required={p.required} {...controlAria(id, p)} />
    </Field>
  );
}
