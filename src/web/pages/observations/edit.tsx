// /observaties/{id}/bewerken: changing an observation's title, text and strength with the very
// fields and messages of the new-observation form. The source is not offered: a different question
// is a different observation, and its interpretations were written about this one.
import type { Problem } from '../../../domain/problems.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { observationHref } from './links.ts';
import { ObservationFields, observationFieldIds, observationFieldLabels, type ObservationForm } from './observation-fields.tsx';

export function EditObservationPage(p: { view: View; id: string; form: ObservationForm; problems?: Problem[] }) {
  const { view } = p;
  const m = view.t.observations;
  const base = observationHref(p.id);
  return (
    <Layout view={view} title={m.editTitle} current="observations">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={base}>
          {m.backToObservation}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{m.editTitle}</h1>
      <p class="utrecht-paragraph">{m.editIntro}</p>
      <ErrorSummary problems={p.problems} lang={view.lang} title={m.editErrorSummary} idOf={observationFieldIds} labelOf={observationFieldLabels(view)} />
      <form method="post" action={`${base}/bewerken`} class="utrecht-form duiding-form" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <ObservationFields view={view} form={p.form} problems={p.problems} />
        <SubmitButton>{m.saveChanges}</SubmitButton>
      </form>
    </Layout>
  );
}
