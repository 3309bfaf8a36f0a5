// How a teller field shows its error: the message next to it, aria-describedby and aria-invalid.
// One place, so the consent step and the rest of the form announce errors the same way.
import { fieldId } from './form-fields.ts';

export function fieldErrors(errors: Record<string, string>) {
  return {
    err: (field: string) =>
      errors[field] ? (
        <p class="teller-error" id={`${fieldId(field)}-error`}>
          {errors[field]}
        </p>
      ) : null,
    described: (field: string, help?: string) => [errors[field] ? `${fieldId(field)}-error` : null, help].filter(Boolean).join(' ') || undefined,
    invalid: (field: string) => (errors[field] ? 'true' : undefined),
  };
}
