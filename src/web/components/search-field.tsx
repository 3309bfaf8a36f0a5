// A search box with its button on one row, in its Field (label and hint above): the search of a
// GET filter form (the story list, the stories behind a selection).
import type { Child } from 'hono/jsx';
import { SubmitButton } from './buttons.tsx';
import { controlAria, Field } from './field.tsx';

interface SearchFieldProps {
  id: string;
  name: string;
  label: Child;
  hint?: Child;
  value: string;
  button: Child;
}

export function SearchField({ id, name, label, hint, value, button }: SearchFieldProps) {
  return (
    <Field id={id} label={label} hint={hint}>
      <div class="duiding-search__row">
        <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id={id} name={name} value={value} {...controlAria(id, { hint })} />
        <SubmitButton>{button}</SubmitButton>
      </div>
    </Field>
  );
}
