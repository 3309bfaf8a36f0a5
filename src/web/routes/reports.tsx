// Pages of the council reports: /rapporten (list, make, download links) and publishing with a
// confirmation. Thin: guard → one service → page; writes post/redirect/get.
import { Hono, type Context } from 'hono';
import { formatProblem, InputRejected } from '../../domain/problems.ts';
import { allows } from '../../services/auth/policy.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import { listOpgaven } from '../../services/opgaven.ts';
import { generateReport, listReports, publishReport, reportItemOf } from '../../services/reports.ts';
import { requirePage } from '../guards.tsx';
import { MessagePage } from '../pages/message.tsx';
import { ConfirmPublishPage } from '../pages/reports/confirm-publish.tsx';
import { ReportsPage, type ReportsPageProps } from '../pages/reports/reports-page.tsx';
import { serviceContextOf, viewOf } from '../view.ts';

type C = Context<AppEnv>;
const text = (value: unknown, max = 100) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

export function reportPageRoutes(options: { secureCookies: boolean }) {
  const app = new Hono<AppEnv>();
  const view = (c: C) => viewOf(c, options.secureCookies);

  const page = async (c: C, extra: Pick<ReportsPageProps, 'notice' | 'problems' | 'form'> = {}, status: 200 | 400 | 404 = 200) => {
    const v = view(c);
    const ctx = serviceContextOf(c);
    const selected = c.req.query('opgave') || extra.form?.opgave || null;
    const opgaven = await listOpgaven(ctx);
    const known = selected && opgaven.some((o) => o.key === selected) ? selected : null;
    const reports = await listReports(ctx);
    const canWrite = allows(v.session!.roles, 'reports.write');
    return c.html(<ReportsPage view={v} opgaven={opgaven} reports={reports} selected={known} canWrite={canWrite} {...extra} />, status);
  };

  app.get('/rapporten', requirePage('reports.read', options.secureCookies), async (c) => {
    const t = view(c).t.reports;
    const notice = c.req.query('gemaakt') ? t.make.done : c.req.query('gepubliceerd') ? t.publishedDone : undefined;
    return page(c, { notice });
  });

  // requireCsrf (app.ts) has already checked the form's _csrf against the session.
  app.post('/rapporten/maken', requirePage('reports.write', options.secureCookies), async (c) => {
    const body = await c.req.parseBody();
    const form = { opgave: text(body.opgave), period: text(body.period, 20), lang: body.lang === 'en' ? 'en' : 'nl' };
    try {
      const made = await generateReport(serviceContextOf(c), form.opgave, { period: form.period || null, lang: form.lang as 'nl' | 'en' });
      return c.redirect(`/rapporten?opgave=${encodeURIComponent(form.opgave)}&gemaakt=${made.item.id}`, 303);
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      const v = view(c);
      return page(c, { problems: error.problems.map((p) => formatProblem(p, v.lang)), form }, 400);
    }
  });

  const withReport = async (c: C, render: (item: NonNullable<Awaited<ReturnType<typeof reportItemOf>>>) => Promise<Response> | Response) => {
    const item = await reportItemOf(serviceContextOf(c), c.req.param('id') ?? '');
    if (!item) {
      const v = view(c);
      return c.html(<MessagePage view={v} title={v.t.reports.title} message={v.t.reports.notFound} />, 404);
    }
    return render(item);
  };

  app.get('/rapporten/:id/publiceren', requirePage('reports.write', options.secureCookies), (c) =>
    withReport(c, (item) => (item.status === 'published' ? c.redirect(`/rapporten?opgave=${encodeURIComponent(item.opgave.key)}`, 303) : c.html(<ConfirmPublishPage view={view(c)} item={item} />))),
  );

  app.post('/rapporten/:id/publiceren', requirePage('reports.write', options.secureCookies), (c) =>
    withReport(c, async (item) => {
      try {
        await publishReport(serviceContextOf(c), item.id);
      } catch (error) {
        if (!(error instanceof InputRejected)) throw error;
        return page(c, { problems: error.problems.map((p) => formatProblem(p, view(c).lang)) }, 400);
      }
      return c.redirect(`/rapporten?opgave=${encodeURIComponent(item.opgave.key)}&gepubliceerd=1`, 303);
    }),
  );

  return app;
}
