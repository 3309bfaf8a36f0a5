// Pages of the network's published reports (/netwerken/{slug}/rapporten, issue 15,
// docs/network.md "Published reports"). Thin: read the form → the service → redirect (303), or the
// form again with its problems (400). Read: network.read; publish: network.manage (the
// coordinator). A non-member gets the 404 page.
import { type Context, Hono } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { memberNetwork } from '../../services/network/membership.ts';
import { listNetworkReports, publishReport, readNetworkReport } from '../../services/network-compare/reports.ts';
import { requirePage } from '../guards.tsx';
import { networkReportEn, networkReportNl } from '../i18n/network-report.ts';
import { ReportsPage } from '../pages/network-report/list.tsx';
import { PublishPage, type PublishValues } from '../pages/network-report/publish-form.tsx';
import { ReportPage } from '../pages/network-report/report.tsx';
import type { PageEnv } from '../view.ts';

type C = Context<PageEnv>;

export function networkReportPageRoutes() {
  const app = new Hono<PageEnv>();
  const read = requirePage('network.read');
  const slug = (c: C) => c.req.param('slug')!;

  app.get('/netwerken/:slug/rapporten', read, async (c) => {
    const { network, reports } = await listNetworkReports(serviceContext(c), slug(c));
    return c.html(<ReportsPage view={c.var.view} network={network} reports={reports} />);
  });

  app.post('/netwerken/:slug/rapporten', requirePage('network.manage'), async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const values: PublishValues = { title: field('title'), from: field('from'), to: field('to') };
    const again = async (problems: Problem[]) => {
      const { network } = await memberNetwork(serviceContext(c), slug(c));
      return c.html(<PublishPage view={c.var.view} network={network} values={values} problems={problems} />, 400);
    };
    // The confirmation belongs to the page (the API's caller confirms by calling).
    if (field('confirm') !== 'ja')
      return again([{ field: 'confirm', code: 'confirm-required', nl: networkReportNl.confirmMissing, en: networkReportEn.confirmMissing }]);
    return orFormAgain(
      async () => {
        const { id } = await publishReport(serviceContext(c), slug(c), { title: values.title, from: values.from || null, to: values.to || null });
        return c.redirect(`/netwerken/${encodeURIComponent(slug(c))}/rapporten/${id}?gepubliceerd=1`, 303);
      },
      (problems) => again(problems),
    );
  });

  app.get('/netwerken/:slug/rapporten/:reportId', read, async (c) => {
    const { network, report } = await readNetworkReport(serviceContext(c), slug(c), c.req.param('reportId')!);
    return c.html(<ReportPage view={c.var.view} network={network} report={report} published={c.req.query('gepubliceerd') === '1'} />);
  });

  return app;
}
