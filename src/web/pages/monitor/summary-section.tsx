import type { MonitorData } from '../../../domain/monitor/types.ts';
import type { View } from '../../view.ts';
import { FigureText } from './figure.tsx';

export function SummarySection({ view, data }: { view: View; data: MonitorData }) {
  const m = view.t.monitor;
  const s = data.summary;
  const statuses = view.t.opgaven.statuses;
  return (
    <section class="duiding-card duiding-monitor__summary" aria-labelledby="samenvatting">
      <h2 class="utrecht-heading-2" id="samenvatting">
        {m.summary.title}
      </h2>
      <dl class="duiding-facts duiding-facts--inline">
        <dt>{m.summary.stories}</dt>
        <dd>
          <FigureText view={view} value={s.stories} />
        </dd>
        <dt>{m.summary.indicators}</dt>
        <dd>{m.summary.indicatorCounts(s.indicators.better, s.indicators.worse, s.indicators.same, s.indicators.unknown)}</dd>
        <dt>{m.summary.assumptions}</dt>
        <dd>
          {Object.entries(s.assumptions)
            .map(([status, n]) => `${n} ${statuses[status] ?? status}`)
            .join(', ')}
        </dd>
        <dt>{m.summary.actions}</dt>
        <dd>{m.summary.actionCounts(s.actions.open, s.actions.done)}</dd>
      </dl>
      <h3 class="utrecht-heading-3">{m.summary.strongest}</h3>
      {data.patterns.length === 0 ? (
        <p class="utrecht-paragraph">{m.summary.noPatterns}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {data.patterns.slice(0, 3).map((p) => (
            <li class="utrecht-unordered-list__item">{p.sentence[view.lang]}</li>
          ))}
        </ul>
      )}
      <p class="utrecht-paragraph duiding-monitor__note">
        {data.suppressionApplied ? m.page.suppressionNote(data.threshold) : m.page.analystNote(data.threshold)}
      </p>
    </section>
  );
}
