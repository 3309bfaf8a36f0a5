// The questionnaires of an opgave: only their stories reach its monitor and report. Readers see
// the list; editors tick which belong to the opgave (a questionnaire belongs to one opgave).
import type { QuestionnaireTie } from '../../../services/opgave-questionnaires.ts';
import type { View } from '../../view.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Card } from '../../components/card.tsx';

export function QuestionnairesSection({ view, base, ties, write }: { view: View; base: string; ties: QuestionnaireTie[]; write: boolean }) {
  const q = view.t.opgaven.questionnaires;
  const tied = ties.filter((t) => t.tied);
  return (
    <Card id="vragenlijsten" title={q.title}>
      <p class="utrecht-paragraph">{q.intro}</p>
      {!write ? (
        tied.length ? (
          <ul class="utrecht-unordered-list">
            {tied.map((t) => (
              <li>{t.title}</li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph duiding-empty">{q.none}</p>
        )
      ) : ties.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{q.noQuestionnaires}</p>
      ) : (
        <form method="post" action={`${base}/vragenlijsten`} class="utrecht-form duiding-form">
          <CsrfField token={view.session?.csrfToken} />
          <fieldset class="utrecht-form-fieldset duiding-fieldset">
            <legend class="utrecht-form-fieldset__legend">{q.legend}</legend>
            {ties.map((t) => (
              <div class="duiding-checkbox">
                <input class="utrecht-checkbox" type="checkbox" id={`vl-${t.key}`} name="questionnaires" value={t.key} checked={t.tied} />
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`vl-${t.key}`}>
                  {t.title}
                  {t.elsewhere ? ` (${q.elsewhere(t.elsewhere)})` : ''}
                </label>
              </div>
            ))}
          </fieldset>
          <SubmitButton>{q.save}</SubmitButton>
        </form>
      )}
    </Card>
  );
}
