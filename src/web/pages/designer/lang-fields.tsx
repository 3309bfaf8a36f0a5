// One text in Dutch (required) and English (optional) as a group: the fields name.nl and name.en.
import { FieldGroup } from '../../components/field-group.tsx';
import { bindFields, errorText, fieldId, type FieldErrors, type Values } from '../../components/field.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { View } from '../../view.ts';

export function LangFields(p: {
  view: View;
  name: string;
  label: string;
  values: Values;
  errors: FieldErrors;
  hint?: string;
  multiline?: boolean;
  optional?: boolean;
}) {
  const d = p.view.t.designer;
  const field = bindFields(p.values, p.errors);
  const legend = (
    <>
      {p.label} {p.optional ? <span class="duiding-optional">{d.optional}</span> : null}
    </>
  );
  return (
    <FieldGroup id={fieldId(p.name)} legend={legend} hint={p.hint} error={errorText(p.errors[p.name])}>
      <div class="duiding-lang-pair">
        <TextField {...field(`${p.name}.nl`)} label={d.dutch} rows={p.multiline ? 3 : undefined} required={!p.optional} />
        <TextField {...field(`${p.name}.en`)} label={d.english} rows={p.multiline ? 3 : undefined} />
      </div>
    </FieldGroup>
  );
}
