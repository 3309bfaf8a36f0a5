// The staalkaart sociaal domein: all domains side by side in one table (readable on paper too).
import type { Staalkaart } from '../../../services/staalkaart.ts';
import { Notice } from '../../components/notice.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { FigureText } from '../monitor/figure.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';

export function StaalkaartPage({ view, data, canEdit, message }: { view: View; data: Staalkaart; canEdit: boolean; message?: string }) {
  const m = view.t.monitor.staalkaart;
  const domains = view.t.opgaven.domains;
  return (
    <Layout view={view} title={m.title} current="staalkaart">
      <h1 class="utrecht-heading-1">{m.title}</h1>
      <p class="utrecht-paragraph">{m.intro}</p>
      {message ? <Notice>{message}</Notice> : null}
      <TableRegion caption={m.caption} tableClass="duiding-staalkaart">
        <TableHead columns={[m.domain, m.legalBasis, m.room, m.opgaven, { label: m.indicators, numeric: true }, { label: m.stories, numeric: true }]} />
        <tbody class="utrecht-table__body">
          {data.domains.map((row) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {domains[row.domain] ?? row.domain}
                {canEdit ? (
                  <>
                    <br />
                    <a class="utrecht-link utrecht-link--html-a duiding-no-print" href={`/staalkaart/${row.domain}/bewerken`}>
                      {m.edit}
                      <span class="duiding-visually-hidden"> {domains[row.domain] ?? row.domain}</span>
                    </a>
                  </>
                ) : null}
              </th>
              <td class="utrecht-table__cell">{row.legalBasis}</td>
              <td class="utrecht-table__cell">
                <span class={`duiding-room duiding-room--${row.room}`}>{m.rooms[row.room]}</span>
                <br />
                {row.explanation[view.lang]}
                {row.edited ? null : <span class="duiding-monitor__muted"> ({m.standard})</span>}
              </td>
              <td class="utrecht-table__cell">
                {row.opgaven.length === 0
                  ? m.noOpgaven
                  : row.opgaven.map((o, i) => (
                      <>
                        {i > 0 ? ', ' : ''}
                        <a class="utrecht-link utrecht-link--html-a" href={`/monitor/${encodeURIComponent(o.key)}`}>
                          {o.title}
                        </a>
                      </>
                    ))}
              </td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{row.indicators}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                <FigureText view={view} value={row.stories} />
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </Layout>
  );
}
