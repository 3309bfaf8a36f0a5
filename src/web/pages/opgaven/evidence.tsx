// How evidence and status history look, on the opgave page and the judge page.
import { allows } from '../../../services/auth/policy.ts';
import type { AssumptionView, EvidenceView, StatusChangeView } from '../../../services/opgaven.ts';
import { formatDate } from '../../format.ts';
import type { View } from '../../view.ts';
import { patternAnchor } from '../../../services/monitor/summary.ts';
import { evidenceStatsText } from '../monitor/statistics.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';

export function StatusBadge({ view, status }: { view: View; status: string }) {
  return <span class={`duiding-status duiding-status--${status}`}>{view.t.opgaven.statuses[status] ?? status}</span>;
}

const link = (href: string, text: string | null) => (
  <a class="utrecht-link utrecht-link--html-a" href={href}>
    {text}
  </a>
);

/** Every item links to what it cites, where the reader may open it: the monitor, the figures, the story. */
function EvidenceItem({ view, item, opgaveKey }: { view: View; item: EvidenceView; opgaveKey?: string }) {
  const e = view.t.opgaven.evidence;
  const roles = view.session?.roles ?? [];
  switch (item.kind) {
    case 'pattern':
      return (
        <>
          {e.pattern}: {opgaveKey && allows(roles, 'monitor.read') ? link(`/monitor/${opgaveKey}#${patternAnchor(item.a, item.b)}`, item.label) : item.label}
          {item.stats ? ` (${evidenceStatsText({ ...item.stats }, view, true)})` : null}
          {item.stats ? item.stats.significant ? null : <strong class="duiding-monitor__not-significant"> — {e.notSignificant}</strong> : null}
        </>
      );
    case 'story':
      return (
        <>
          {e.story}:{' '}
          {item.label === null
            ? e.storyHidden
            : item.storyId
              ? link(`/verhalen/${item.storyId}`, `${item.label} (${item.ref})`)
              : `${item.label} (${item.ref})`}
        </>
      );
    case 'indicator':
      return (
        <>
          {e.indicator}: {allows(roles, 'indicators.read') ? link(`/cijfers#indicator-${item.indicator}`, item.label) : item.label}
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

export function EvidenceList({ view, change, opgaveKey }: { view: View; change: StatusChangeView; opgaveKey?: string }) {
  return (
    <>
      <ul class="utrecht-unordered-list duiding-evidence">
        {change.evidence.map((item) => (
          <li class="utrecht-unordered-list__item">
            <EvidenceItem view={view} item={item} opgaveKey={opgaveKey} />
          </li>
        ))}
      </ul>
      {change.note ? <p class="utrecht-paragraph duiding-evidence__note">{change.note}</p> : null}
    </>
  );
}

export function History({ view, assumption, opgaveKey }: { view: View; assumption: AssumptionView; opgaveKey?: string }) {
  const o = view.t.opgaven;
  if (assumption.history.length === 0) return null;
  return (
    <details class="duiding-history">
      <summary>{o.detail.history(assumption.history.length)}</summary>
      <TableRegion caption={o.evidence.caption}>
        <TableHead columns={[o.evidence.date, o.detail.status, o.detail.evidence, o.evidence.changedBy]} />
        <tbody class="utrecht-table__body">
          {assumption.history.map((change) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">{formatDate(new Date(change.changedAt), view.lang)}</td>
              <td class="utrecht-table__cell">
                <StatusBadge view={view} status={change.status} />
              </td>
              <td class="utrecht-table__cell">
                <EvidenceList view={view} change={change} opgaveKey={opgaveKey} />
              </td>
              <td class="utrecht-table__cell">{change.changedBy ?? o.evidence.system}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </details>
  );
}
