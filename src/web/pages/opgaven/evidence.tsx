// How evidence and status history look, on the opgave page and the judge page.
import { allows } from '../../../services/auth/policy.ts';
import type { AssumptionView, EvidenceView, StatusChangeView } from '../../../services/opgaven.ts';
import { formatDate } from '../../format.ts';
import type { View } from '../../view.ts';

export function StatusBadge({ view, status }: { view: View; status: string }) {
  return <span class={`duiding-status duiding-status--${status}`}>{view.t.opgaven.statuses[status] ?? status}</span>;
}

function EvidenceItem({ view, item }: { view: View; item: EvidenceView }) {
  const e = view.t.opgaven.evidence;
  switch (item.kind) {
    case 'pattern':
      return (
        <>
          {e.pattern}: {item.label}
        </>
      );
    case 'story':
      return (
        <>
          {e.story}:{' '}
          {item.label === null ? e.storyHidden : `${item.label} (${item.ref})`}
        </>
      );
    case 'indicator':
      return (
        <>
          {e.indicator}: {item.label}
        </>
      );
    case 'dialogue':
      return (
        <>
          {e.dialogue} "
          {allows(view.session?.roles ?? [], 'dialogues.read') ? (
            <a class="utrecht-link utrecht-link--html-a" href={`/dialogen/${item.dialogue}`}>
              {item.label}
            </a>
          ) : (
            item.label
          )}
          ": {item.conclusion}
        </>
      );
  }
}

export function EvidenceList({ view, change }: { view: View; change: StatusChangeView }) {
  return (
    <>
      <ul class="utrecht-unordered-list duiding-evidence">
        {change.evidence.map((item) => (
          <li class="utrecht-unordered-list__item">
            <EvidenceItem view={view} item={item} />
          </li>
        ))}
      </ul>
      {change.note ? <p class="utrecht-paragraph duiding-evidence__note">{change.note}</p> : null}
    </>
  );
}

export function History({ view, assumption }: { view: View; assumption: AssumptionView }) {
  const o = view.t.opgaven;
  if (assumption.history.length === 0) return null;
  return (
    <details class="duiding-history">
      <summary>{o.detail.history(assumption.history.length)}</summary>
      <div class="duiding-table-scroll">
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption">{o.evidence.caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{o.evidence.date}</th>
              <th class="utrecht-table__header-cell" scope="col">{o.detail.status}</th>
              <th class="utrecht-table__header-cell" scope="col">{o.detail.evidence}</th>
              <th class="utrecht-table__header-cell" scope="col">{o.evidence.changedBy}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {assumption.history.map((change) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{formatDate(new Date(change.changedAt), view.lang)}</td>
                <td class="utrecht-table__cell">
                  <StatusBadge view={view} status={change.status} />
                </td>
                <td class="utrecht-table__cell">
                  <EvidenceList view={view} change={change} />
                </td>
                <td class="utrecht-table__cell">{change.changedBy ?? o.evidence.system}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
