// Leaving a network: what it means, and the beheerder's confirmation (a check box).
import type { Problem } from '../../../domain/problems.ts';
import { SubmitButton } from '../../components/buttons.tsx';
import { Choice } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FieldGroup } from '../../components/field-group.tsx';
import { fieldId } from '../../components/field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function LeavePage({ view, network, problems }: { view: View; network: { slug: string; name: string }; problems?: Problem[] }) {
  const n = view.t.network;
  const error = problems?.map((p) => (view.lang === 'nl' ? p.nl : p.en)).join(' ') || undefined;
  return (
    <Layout view={view} title={n.leaveTitle} current="network">
      <h1 class="utrecht-heading-1">{n.leaveTitle}</h1>
      <ErrorSummary problems={problems} lang={view.lang} title={n.leaveProblems} idOf={() => `${fieldId('confirm')}-ja`} />
      <p class="utrecht-paragraph">{n.leaveIntro(network.name)}</p>
      <ul class="utrecht-unordered-list">
        {n.leavePoints.map((point) => (
          <li class="utrecht-unordered-list__item">{point}</li>
        ))}
      </ul>
      <form method="post" action={`/netwerken/${network.slug}/verlaten`}>
        <CsrfField token={view.session?.csrfToken} />
        <FieldGroup id={fieldId('confirm')} legend={n.leaveTitle} error={error}>
          <Choice kind="checkbox" id={`${fieldId('confirm')}-ja`} name="confirm" value="ja" label={n.leaveConsent} checked={false} />
        </FieldGroup>
        <div class="duiding-actions">
          <SubmitButton>{n.confirmLeave}</SubmitButton>
          <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${network.slug}`}>
            {n.leaveCancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}
