// A job's page, its state for the page's script, and its result file. Thin: guard → one service →
// page. Any signed-in role may ask; the service answers only for a job of this municipality whose
// kind this role may start (reports.write, stories.import, tenant.manage), else it is a 404.
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { jobResultFile, readJob } from '../../services/jobs/jobs.ts';
import { requirePage } from '../guards.tsx';
import { JobPage } from '../pages/jobs/job-page.tsx';
import { MessagePage } from '../pages/message.tsx';
import type { PageEnv as AppEnv } from '../view.ts';
import { serviceContext } from '../../http/kit.ts';

export function jobPageRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/taken/:id', requirePage('overview.read'), async (c) => {
    const v = c.var.view;
    const job = await readJob(serviceContext(c), v.session!.roles, c.req.param('id'));
    if (!job) return c.html(<MessagePage view={v} title={v.t.errors.notFoundTitle} message={v.t.jobs.notFound} />, 404);
    return c.html(<JobPage view={v} job={job} />);
  });

  // What job-progress.js polls: the state and the sentence the page shows, nothing else.
  app.get('/taken/:id/stand', requirePage('overview.read'), async (c) => {
    const v = c.var.view;
    const job = await readJob(serviceContext(c), v.session!.roles, c.req.param('id'));
    if (!job) return c.json({ status: 404 }, 404);
    const t = v.t.jobs;
    const text = job.state === 'queued' ? t.queued : job.state === 'running' ? t.running(job.done, job.total) : t.done;
    return c.json({ state: job.state, done: job.done, total: job.total, text });
  });

  app.get('/taken/:id/bestand', requirePage('overview.read'), async (c) => {
    const v = c.var.view;
    const file = await jobResultFile(serviceContext(c), v.session!.roles, c.req.param('id'));
    if (!file) return c.html(<MessagePage view={v} title={v.t.errors.notFoundTitle} message={v.t.jobs.notFound} />, 404);
    const name = `duiding-${v.session!.tenantSlug}-${new Date().toISOString().slice(0, 10)}.zip`;
    c.header('content-type', 'application/zip');
    c.header('content-disposition', `attachment; filename="${name}"`);
    c.header('cache-control', 'no-store');
    // A piece at a time from the database: the ZIP is never held whole.
    return stream(c, async (out) => {
      for await (const piece of file) await out.write(piece);
    });
  });

  return app;
}
