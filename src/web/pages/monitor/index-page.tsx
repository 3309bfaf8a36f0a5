import type { OpgaveSummary } from '../../../services/opgaven.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

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
    <section class="duiding-card" aria-labelledby="drempel-titel">
      <h2 class="utrecht-heading-2" id="drempel-titel">
        {m.thresholdTitle}
      </h2>
      {form.saved ? (
        <p class="utrecht-alert utrecht-alert--ok duiding-message" role="status">
          {m.thresholdSaved}
        </p>
      ) : null}
      {form.problem ? (
        <p class="utrecht-alert utrecht-alert--error duiding-message" role="alert">
          {m.thresholdError}: {form.problem}
        </p>
      ) : null}
      <form method="post" action="/monitor/drempel">
        <input type="hidden" name="_csrf" value={view.session!.csrfToken} />
        <p class="utrecht-form-field">
          <label class="utrecht-form-label" for="drempel">
            {m.thresholdLabel}
          </label>
          <span class="utrecht-form-field-description" id="drempel-hint">
            {m.thresholdHint}
          </span>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="drempel" name="drempel" type="number" min={3} step={1} value={String(form.value)} aria-describedby="drempel-hint" />
        </p>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {m.thresholdSave}
        </button>
      </form>
    </section>
  );
}
