// "Observatie schrijven": the one link from a pattern, a comparison or a selection to the form that
// writes an observation about it (only for roles that may write one).
import type { QueryPairs } from '../../../domain/sensemaking/source.ts';
import type { View } from '../../view.ts';
import { writeHref } from './links.ts';

export function WriteObservationLink({
  view,
  questionnaire,
  kind,
  pairs,
}: {
  view: View;
  questionnaire: string;
  kind: 'patroon' | 'vergelijking' | 'selectie';
  pairs: QueryPairs;
}) {
  if (!view.may('observations.write')) return null;
  return (
    <p class="utrecht-paragraph duiding-write-observation">
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={writeHref(questionnaire, kind, pairs)}>
        {view.t.observations.writeLink}
      </a>
    </p>
  );
}
