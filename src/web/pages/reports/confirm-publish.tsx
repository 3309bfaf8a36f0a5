// The confirmation step before a report is published (a snapshot that never changes again).
import type { ReportItem } from '../../../services/reports.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function ConfirmPublishPage({ view, item }: { view: View; item: ReportItem }) {
  const r = view.t.reports;
  const back = `/rapporten?opgave=${encodeURIComponent(item.opgave.key)}`;
  return (
    <Layout view={view} title={r.confirm.title} current="reports">
      <h1 class="utrecht-heading-1">{r.confirm.title}</h1>
      <p class="utrecht-paragraph">
        <strong>{r.confirm.question(item.title)}</strong>
      </p>
      <p class="utrecht-paragraph">{r.confirm.explain}</p>
      <form method="post" action={`/rapporten/${item.id}/publiceren`} class="utrecht-form duiding-form">
        <CsrfField token={view.session?.csrfToken} />
        <div class="duiding-reports__buttons">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {r.confirm.submit}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={back}>
            {r.confirm.cancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}
