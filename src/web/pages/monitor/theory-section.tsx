// The theory of change with each assumption's status and evidence, and the agreed actions with
// their follow-up.
import { evidenceStatsText } from './statistics.tsx';
import type { MonitorData } from '../../../domain/monitor/types.ts';
import { formatDate } from '../../format.ts';
import type { View } from '../../view.ts';
import { Disclosure } from './figure.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Card } from '../../components/card.tsx';

export function TheorySection({ view, data, print }: { view: View; data: MonitorData; print: boolean }) {
  const m = view.t.monitor.theory;
  const o = view.t.opgaven;
  return (
    <Card id="verandertheorie" title={m.title}>
      <p class="utrecht-paragraph">{m.intro}</p>
      {data.theoryOfChange.length === 0 ? <p class="utrecht-paragraph duiding-empty">{m.none}</p> : null}
      {data.theoryOfChange.map((s) => (
        <article class="duiding-monitor__statement">
          <p class="utrecht-paragraph">
            <strong>{s.text}</strong>
            {s.buildingBlock ? (
              <span class="duiding-monitor__block">
                {' '}
                ({m.block}: {o.blocks[s.buildingBlock] ?? s.buildingBlock})
              </span>
            ) : null}
          </p>
          <ul class="utrecht-unordered-list">
            {s.assumptions.map((a) => (
              <li class="utrecht-unordered-list__item">
                {a.text} <span class={`duiding-status duiding-status--${a.status}`}>{o.statuses[a.status] ?? a.status}</span>
                {a.evidence.length || a.note ? (
                  <Disclosure summary={m.evidence} open={print}>
                    {a.note ? <p class="utrecht-paragraph">{a.note}</p> : null}
                    <ul class="utrecht-unordered-list">
                      {a.evidence.map((e) => (
                        <li class="utrecht-unordered-list__item">
                          {m.evidenceKinds[e.kind] ?? e.kind}:{' '}
                          {e.anchor ? (
                            <a class="utrecht-link utrecht-link--html-a" href={`#${e.anchor}`}>
                              {e.label}
                            </a>
                          ) : (
                            e.label || m.storyHidden
                          )}
                          {e.stats ? ` (${evidenceStatsText(e.stats, view)})` : null}
                          {e.notSignificant ? <strong class="duiding-monitor__not-significant"> — {view.t.monitor.patterns.notSignificant}</strong> : null}
                        </li>
                      ))}
                    </ul>
                    {a.changedAt ? (
                      <p class="utrecht-paragraph">
                        {m.changedAt} {formatDate(new Date(a.changedAt), view.lang)}
                      </p>
                    ) : null}
                  </Disclosure>
                ) : (
                  <span class="duiding-monitor__muted"> — {m.noEvidence}</span>
                )}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </Card>
  );
}

export function ActionsSection({ view, data }: { view: View; data: MonitorData }) {
  const m = view.t.monitor.actions;
  const d = view.t.opgaven.dialogue;
  return (
    <Card id="afspraken" title={m.title}>
      {data.actions.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{m.none}</p>
      ) : (
        <TableRegion caption={m.caption}>
          <TableHead columns={[m.action, m.owner, m.due, m.level, m.status, m.followUp]} />
          <tbody class="utrecht-table__body">
            {data.actions.map((a) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {a.description}
                  <br />
                  <span class="duiding-monitor__muted">
                    {d.actionKinds[a.kind] ?? a.kind} — {m.from}: {a.dialogue.title}
                  </span>
                </th>
                <td class="utrecht-table__cell">{a.owner}</td>
                <td class="utrecht-table__cell">{a.dueOn ? formatDate(new Date(`${a.dueOn}T12:00:00Z`), view.lang) : ''}</td>
                <td class="utrecht-table__cell">{m.levels[a.learningLevel] ?? String(a.learningLevel)}</td>
                <td class="utrecht-table__cell">{d.actionStatuses[a.status] ?? a.status}</td>
                <td class="utrecht-table__cell">{a.followUp}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </Card>
  );
}
