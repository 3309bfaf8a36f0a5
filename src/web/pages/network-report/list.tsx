// /netwerken/{slug}/rapporten: the network's published reports, newest first (network.read).
import type { ReportSummary } from '../../../services/network-compare/reports.ts';
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { formatDate } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function ReportsPage({ view, network, reports }: { view: View; network: { slug: string; name: string }; reports: ReportSummary[] }) {
  const s = view.t.networkReport;
  const base = `/netwerken/${encodeURIComponent(network.slug)}`;
  return (
    <Layout view={view} title={s.listTitle(network.name)} current="network">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={base}>
          {s.back(network.name)}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{s.listTitle(network.name)}</h1>
      <p class="utrecht-paragraph">{s.listIntro}</p>
      {reports.length === 0 ? (
        <>
          <p class="utrecht-paragraph duiding-empty">{s.none}</p>
          <p class="utrecht-paragraph">{s.noneHint}</p>
        </>
      ) : (
        <TableRegion caption={s.caption}>
          <TableHead columns={[s.colTitle, s.colPeriod, s.colPublished]} />
          <tbody class="utrecht-table__body">
            {reports.map((r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link utrecht-link--html-a" href={`${base}/rapporten/${r.id}`}>
                    {r.title}
                  </a>
                </th>
                <td class="utrecht-table__cell">{s.period(r.period.from, r.period.to)}</td>
                <td class="utrecht-table__cell">{formatDate(new Date(r.publishedAt), view.lang)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </Layout>
  );
}
