// Pages of the council reports: /rapporten (list, make, download links) and publishing with a
// confirmation. Thin: guard → one service → page; writes post/redirect/get.
import { Hono, type Context } from 'hono';
import { formatProblem } from '../../domain/problems.ts';
import { allows } from '../../services/auth/policy.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { listOpgaven } from '../../services/opgaven.ts';
import { checkReportOpgave, listReports, publishReport, reportItemOf } from '../../services/reports.ts';
import { requirePage } from '../guards.tsx';
import { MessagePage } from '../pages/message.tsx';
import { ConfirmPublishPage } from '../pages/reports/confirm-publish.tsx';
import { ReportsPage, type ReportsPageProps } from '../pages/reports/reports-page.tsx';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { startJob, type JobQueue } from '../../services/jobs/jobs.ts';

type C = Context<AppEnv>;
const text = (value: unknown, max = 100) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

export function reportPageRoutes(queue: JobQueue) {
  const app = new Hono<AppEnv>();

  const page = async (c: C, extra: Pick<ReportsPageProps, 'notice' | 'problems' | 'form'> = {}, status: 200 | 400 | 404 = 200) => {
    const v = c.var.view;
    const ctx = serviceContext(c);
    const selected = c.req.query('opgave') || extra.form?.opgave || null;
    const opgaven = await listOpgaven(ctx);
    const known = selected && opgaven.some((o) => o.key === selected) ? selected : null;
    const reports = await listReports(ctx);
    const canWrite = allows(v.session!.roles, 'reports.write');
    return c.html(<ReportsPage view={v} opgaven={opgaven} reports={reports} selected={known} canWrite={canWrite} {...extra} />, status);
  };

  app.get('/rapporten', requirePage('reports.read'), async (c) => {
    const t = c.var.view.t.reports;
    const notice = c.req.query('gemaakt') ? t.make.done : c.req.query('gepubliceerd') ? t.publishedDone : undefined;
    return page(c, { notice });
  });

  // requireCsrf (app.ts) has already checked the form's _csrf against the session.
  app.post('/rapporten/maken', requirePage('reports.write'), async (c) => {
    const body = await c.req.parseBody();
    const form = { opgave: text(body.opgave), period: text(body.period, 20), lang: body.lang === 'en' ? 'en' : 'nl' };
    return orFormAgain(
      async () => {
        // Checked now, so an unknown opgave is shown on the form; the making itself is a job.
        const ctx = serviceContext(c);
        await checkReportOpgave(ctx, form.opgave);
        const params = { opgave: form.opgave, period: form.period || null, lang: form.lang as 'nl' | 'en' };
        return c.redirect(`/taken/${await startJob(ctx, queue, 'report', params)}`, 303);
      },
      (problems) => page(c, { problems: problems.map((p) => formatProblem(p, c.var.view.lang)), form }, 400),
      ['input', 'not-found'],
    );
  });

  const withReport = async (c: C, render: (item: NonNullable<Awaited<ReturnType<typeof reportItemOf>>>) => Promise<Response> | Response) => {
    const item = await reportItemOf(serviceContext(c), c.req.param('id') ?? '');
    if (!item) {
      const v = c.var.view;
      return c.html(<MessagePage view={v} title={v.t.reports.title} message={v.t.reports.notFound} />, 404);
    }
    return render(item);
  };

  app.get('/rapporten/:id/publiceren', requirePage('reports.write'), (c) =>
    withReport(c, (item) =>
      item.status === 'published'
        ? c.redirect(`/rapporten?opgave=${encodeURIComponent(item.opgave.key)}`, 303)
        : c.html(<ConfirmPublishPage view={c.var.view} item={item} />),
    ),
  );

  app.post('/rapporten/:id/publiceren', requirePage('reports.write'), (c) =>
    withReport(c, async (item) => {
      return orFormAgain(
        async () => {
          await publishReport(serviceContext(c), item.id);
          return c.redirect(`/rapporten?opgave=${encodeURIComponent(item.opgave.key)}&gepubliceerd=1`, 303);
        },
        (problems) => page(c, { problems: problems.map((p) => formatProblem(p, c.var.view.lang)) }, 400),
        ['input', 'not-found'],
      );
    }),
  );

  return app;
}
