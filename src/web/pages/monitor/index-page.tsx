import type { OpgaveSummary } from '../../../services/opgaven.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Card } from '../../components/card.tsx';

export interface ThresholdForm {
  value: number;
  saved: boolean;
  problem?: string;
}

export function MonitorIndexPage({ view, opgaven, threshold }: { view: View; opgaven: OpgaveSummary[]; threshold?: ThresholdForm }) {
  const m = view.t.monitor.index;
  return (
    <Layout view={view} title={m.title} current="monitor">
      <h1 class="utrecht-heading-1">{m.title}</h1>
      <p class="utrecht-paragraph">{m.intro}</p>
      {opgaven.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{m.none}</p>
      ) : (
        <ul class="utrecht-unordered-list duiding-monitor__list">
          {opgaven.map((o) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href={`/monitor/${encodeURIComponent(o.key)}`}>
                {o.title}
              </a>{' '}
              <span class="duiding-monitor__muted">
                ({m.domain}: {view.t.opgaven.domains[o.domain] ?? o.domain})
              </span>
            </li>
          ))}
        </ul>
      )}
      {threshold ? <ThresholdSection view={view} form={threshold} /> : null}
    </Layout>
  );
}

/** For the beheerder only: the tenant's small-cell threshold. */
function ThresholdSection({ view, form }: { view: View; form: ThresholdForm }) {
  const m = view.t.monitor.index;
  return (
    <Card id="drempel-titel" title={m.thresholdTitle}>
      {form.saved ? <Notice>{m.thresholdSaved}</Notice> : null}
      {form.problem ? (
        <Notice kind="error">
          {m.thresholdError}: {form.problem}
        </Notice>
      ) : null}
      <form method="post" action="/monitor/drempel">
        <CsrfField token={view.session?.csrfToken} />
        <TextField id="drempel" name="drempel" type="number" min={3} step={1} label={m.thresholdLabel} hint={m.thresholdHint} value={String(form.value)} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {m.thresholdSave}
        </button>
      </form>
    </Card>
  );
}
