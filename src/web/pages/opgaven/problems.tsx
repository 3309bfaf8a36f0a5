// The error summary of the opgaven and dialogue pages: the kit's ErrorSummary with their title and
// intro, each message named by its field's label (the services' messages do not say which field)
// and linked to the control the page gives that field.
import { fieldLabel } from '../../../domain/field-labels.ts';
import type { Problem } from '../../../domain/problems.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { View } from '../../view.ts';

const base = (field: string) => field.split(/[.[]/u)[0];

/** `ids`: the control's id by field name, for the fields this page's forms have. */
export function OpgavenErrors({ view, problems, ids = {} }: { view: View; problems?: Problem[]; ids?: Record<string, string> }) {
  const o = view.t.opgaven;
  // Never an internal name (issue 17 #6): the page's label, the shared one, or nothing.
  const labelOf = (field: string) => o.fields[base(field)] ?? fieldLabel(base(field), view.lang);
  return (
    <ErrorSummary
      problems={problems}
      lang={view.lang}
      title={o.errorTitle}
      intro={o.errorIntro}
      idOf={(field) => ids[base(field)]}
      labelOf={labelOf}
      id="fouten"
    />
  );
}
