// /observaties/nieuw: writing an observation from a pattern, a comparison or a selection. The
// source travels as JSON in a hidden field and is shown run on today's stories; the analyst adds
// a title, an optional text and a strength.
import type { Problem } from '../../../domain/problems.ts';
import type { ObservationSource } from '../../../domain/sensemaking/source.ts';
import type { Rerun } from '../../../services/sensemaking/rerun.ts';
import { HiddenFields, SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { ObservationFields, observationFieldIds, observationFieldLabels, type ObservationForm } from './observation-fields.tsx';
import { RerunView } from './rerun-view.tsx';

export type NewObservationForm = ObservationForm;

export function NewObservationPage(p: {
  view: View;
  questionnaire: string;
  source: ObservationSource;
  rerun: Rerun;
  form?: NewObservationForm;
  problems?: Problem[];
}) {
  const { view } = p;
  const m = view.t.observations;
  return (
    <Layout view={view} title={m.newTitle} current="observations" scripts={['/assets/pattern-select.js']} stylesheets={['/assets/patterns.css']}>
      <h1 class="utrecht-heading-1">{m.newTitle}</h1>
      <p class="utrecht-paragraph">{m.newIntro}</p>
      <ErrorSummary problems={p.problems} lang={view.lang} title={m.errorSummary} idOf={observationFieldIds} labelOf={observationFieldLabels(view)} />
      <form method="post" action="/observaties" class="utrecht-form duiding-form" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <HiddenFields fields={{ questionnaire: p.questionnaire, source: JSON.stringify(p.source) }} />
        <ObservationFields view={view} form={p.form} problems={p.problems} />
        <SubmitButton>{m.save}</SubmitButton>
      </form>
      <section aria-labelledby="bron-kop" class="duiding-pattern-chart">
        <h2 class="utrecht-heading-2" id="bron-kop">
          {m.sourceHeading}
        </h2>
        <p class="utrecht-paragraph duiding-hint">{m.sourceHint}</p>
        <RerunView view={view} questionnaire={p.questionnaire} source={p.source} rerun={p.rerun} />
      </section>
      <p class="duiding-visually-hidden" role="status" aria-live="polite" data-select-status="" data-select-hint={view.t.patterns.detail.enterHint}></p>
    </Layout>
  );
}
