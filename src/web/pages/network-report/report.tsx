// /netwerken/{slug}/rapporten/{id}: a published report. The snapshot's figures with the
// comparison page's own tables (Comparison), a clear line that it is a snapshot, and — when a
// member in it has left the network since — that it left (by name only if it was named).
import type { PublishedReport } from '../../../services/network-compare/reports.ts';
import { Notice } from '../../components/notice.tsx';
import { formatDate } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Comparison } from '../network-compare/compare-page.tsx';

export function ReportPage({
  view,
  network,
  report,
  published,
}: {
  view: View;
  network: { slug: string; name: string };
  report: PublishedReport;
  published: boolean;
}) {
  const s = view.t.networkReport;
  const date = formatDate(new Date(report.publishedAt), view.lang);
  const unnamedLeft = report.leftSince.count - report.leftSince.named.length;
  return (
    <Layout view={view} title={report.title} current="network">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/netwerken/${encodeURIComponent(network.slug)}/rapporten`}>
          {s.backToList}
        </a>
      </p>
      {published ? <Notice>{s.published}</Notice> : null}
      <h1 class="utrecht-heading-1">{report.title}</h1>
      <p class="utrecht-paragraph">
        <strong>{s.snapshot(date)}</strong>
      </p>
      {report.leftSince.count > 0 ? (
        <Notice kind="warning" paragraph={false}>
          {report.leftSince.named.length ? <p class="utrecht-paragraph">{s.leftNamed(report.leftSince.named)}</p> : null}
          {unnamedLeft > 0 ? <p class="utrecht-paragraph">{s.leftUnnamed(unnamedLeft)}</p> : null}
        </Notice>
      ) : null}
      <p class="utrecht-paragraph">{s.whoSees}</p>
      <p class="utrecht-paragraph">{s.membersAt}</p>
      <ul class="utrecht-unordered-list">
        {report.members.map((m) => (
          <li class="utrecht-unordered-list__item">{m.label}</li>
        ))}
      </ul>
      <Comparison view={view} doc={report.document} />
    </Layout>
  );
}
