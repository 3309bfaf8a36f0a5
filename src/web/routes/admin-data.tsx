// The beheerder's AVG pages: the audit log and the municipality's data (export, retention).
import { Hono } from 'hono';
import type { PageEnv as AppEnv } from '../view.ts';
import { auditPage } from '../../services/audit.ts';
import { retentionOverview } from '../../services/retention.ts';
import { startJob, type JobQueue } from '../../services/jobs/jobs.ts';
import { requirePage } from '../guards.tsx';
import { AdminHomePage } from '../pages/admin/admin-home.tsx';
import { AuditLogPage } from '../pages/admin/audit-log.tsx';
import { TenantDataPage } from '../pages/admin/tenant-data.tsx';
import { serviceContext } from '../../http/kit.ts';

export function adminDataRoutes(queue: JobQueue) {
  const app = new Hono<AppEnv>();

  app.get('/beheer', requirePage('tenant.manage'), (c) => c.html(<AdminHomePage view={c.var.view} />));

  app.get('/beheer/logboek', requirePage('audit.read'), async (c) => {
    const action = c.req.query('actie') || undefined;
    const before = c.req.query('voor') ? Number(c.req.query('voor')) : undefined;
    const page = await auditPage(serviceContext(c), { action, before });
    return c.html(<AuditLogPage view={c.var.view} page={page} action={action} />);
  });

  app.get('/beheer/gegevens', requirePage('tenant.manage'), async (c) => {
    return c.html(<TenantDataPage view={c.var.view} collections={await retentionOverview(serviceContext(c))} />);
  });

  // POST, not GET: the export is logged and must not be started by a link from elsewhere. It runs
  // as a job (the ZIP streams into the database); its page offers the file when it is ready.
  app.post('/beheer/gegevens/download', requirePage('tenant.manage'), async (c) => {
    return c.redirect(`/taken/${await startJob(serviceContext(c), queue, 'tenant-export', {})}`, 303);
  });

  app.post('/beheer/gegevens/bewaartermijn', requirePage('tenant.manage'), async (c) => {
    return c.redirect(`/taken/${await startJob(serviceContext(c), queue, 'retention', {})}`, 303);
  });

  return app;
}
