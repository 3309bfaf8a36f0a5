// Joining a network: first the code (the coordinator passes it on), then a confirmation page
// that says what joining means and asks the beheerder's explicit consent (a check box).
import type { Problem } from '../../../domain/problems.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { Choice } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FieldGroup } from '../../components/field-group.tsx';
import { fieldId } from '../../components/field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

const messageOf = (problems: Problem[] | undefined, field: string, lang: 'nl' | 'en') =>
  problems
    ?.filter((p) => p.field === field)
    .map((p) => (lang === 'nl' ? p.nl : p.en))
    .join(' ') || undefined;

export function JoinPage({ view, code, problems }: { view: View; code?: string; problems?: Problem[] }) {
  const n = view.t.network;
  return (
    <Layout view={view} title={n.joinTitle} current="network">
      <h1 class="utrecht-heading-1">{n.joinTitle}</h1>
      <ErrorSummary problems={problems} lang={view.lang} title={n.joinProblems} />
      <p class="utrecht-paragraph">{n.joinIntro}</p>
      <form method="post" action="/netwerken/aansluiten" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <TextField
          name="network"
          label={n.codeLabel}
          hint={n.codeHint}
          value={code ?? ''}
          error={messageOf(problems, 'network', view.lang)}
          required
          maxlength={60}
          autocomplete="off"
        />
        <SubmitButton>{n.lookUp}</SubmitButton>
      </form>
    </Layout>
  );
}

export function JoinConfirmPage({ view, network, problems }: { view: View; network: { slug: string; name: string }; problems?: Problem[] }) {
  const n = view.t.network;
  const consentError = messageOf(problems, 'consent', view.lang);
  return (
    <Layout view={view} title={n.confirmTitle(network.name)} current="network">
      <h1 class="utrecht-heading-1">{n.confirmTitle(network.name)}</h1>
      <ErrorSummary problems={problems} lang={view.lang} title={n.joinProblems} idOf={(f) => (f === 'consent' ? `${fieldId('consent')}-ja` : fieldId(f))} />
      <p class="utrecht-paragraph">{n.confirmIntro}</p>
      <ul class="utrecht-unordered-list">
        {n.confirmPoints.map((point) => (
          <li class="utrecht-unordered-list__item">{point}</li>
        ))}
      </ul>
      <form method="post" action="/netwerken/aansluiten/bevestigen">
        <CsrfField token={view.session?.csrfToken} />
        <input type="hidden" name="network" value={network.slug} />
        <FieldGroup id={fieldId('consent')} legend={n.consentLegend} error={consentError}>
          <Choice kind="checkbox" id={`${fieldId('consent')}-ja`} name="consent" value="ja" label={n.consentLabel} checked={false} />
        </FieldGroup>
        <div class="duiding-actions">
          <SubmitButton>{n.confirmJoin}</SubmitButton>
          <a class="utrecht-link utrecht-link--html-a" href="/netwerken">
            {n.cancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}
