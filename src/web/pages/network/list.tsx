// /netwerken: the networks of the own municipality (active and left), and the way to join one.
import { Notice } from '../../components/notice.tsx';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import type { NetworkSummary } from '../../../services/network/overview.ts';

export function NetworkListPage({
  view,
  networks,
  done,
}: {
  view: View;
  networks: { active: NetworkSummary[]; ended: (NetworkSummary & { leftAt: Date })[] };
  done?: string;
}) {
  const n = view.t.network;
  return (
    <Layout view={view} title={n.listTitle} current="network">
      <h1 class="utrecht-heading-1">{n.listTitle}</h1>
      {done ? <Notice>{done}</Notice> : null}
      <p class="utrecht-paragraph">{n.listIntro}</p>
      {networks.active.length === 0 ? (
        <p class="utrecht-paragraph">{n.noNetworks}</p>
      ) : (
        <TableRegion caption={n.activeCaption}>
          <TableHead columns={[n.network, n.since, n.shownByName]} />
          <tbody class="utrecht-table__body">
            {networks.active.map((m) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${m.slug}`}>
                    {m.name}
                  </a>
                </th>
                <td class="utrecht-table__cell">{n.date(m.joinedAt)}</td>
                <td class="utrecht-table__cell">{m.named ? n.yes : n.no}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {view.may('network.join') ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href="/netwerken/aansluiten">
            {n.joinLink}
          </a>
        </p>
      ) : null}
      {networks.ended.length > 0 ? (
        <TableRegion caption={n.endedCaption}>
          <TableHead columns={[n.network, n.since, n.leftOn]} />
          <tbody class="utrecht-table__body">
            {networks.ended.map((m) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {m.name || n.unknownNetworkName}
                </th>
                <td class="utrecht-table__cell">{n.date(m.joinedAt)}</td>
                <td class="utrecht-table__cell">{n.date(m.leftAt)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
    </Layout>
  );
}
