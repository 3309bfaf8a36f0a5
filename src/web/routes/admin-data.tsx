// The beheerder's AVG pages: the audit log and the municipality's data (export, retention).
import { Hono } from 'hono';
import type { PageEnv as AppEnv } from '../view.ts';
import { auditPage } from '../../services/audit.ts';
import { applyRetention, retentionOverview } from '../../services/retention.ts';
import { exportTenantArchive } from '../../services/tenant-data.ts';
import { requirePage } from '../guards.tsx';
import { AdminHomePage } from '../pages/admin/admin-home.tsx';
import { AuditLogPage } from '../pages/admin/audit-log.tsx';
import { TenantDataPage } from '../pages/admin/tenant-data.tsx';
import { serviceContext } from '../../http/kit.ts';

export function adminDataRoutes() {
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

  // POST, not GET: the download is logged and must not be triggered by a link from elsewhere.
  app.post('/beheer/gegevens/download', requirePage('tenant.manage'), async (c) => {
    const ctx = serviceContext(c);
    const { archive } = await exportTenantArchive(ctx);
    const name = `duiding-${c.get('session')!.tenantSlug}-${new Date().toISOString().slice(0, 10)}.zip`;
    return c.body(new Uint8Array(archive), 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });

  app.post('/beheer/gegevens/bewaartermijn', requirePage('tenant.manage'), async (c) => {
    const ctx = serviceContext(c);
    const run = await applyRetention(ctx.db, new Date(), ctx.tenantId);
    return c.html(<TenantDataPage view={c.var.view} collections={await retentionOverview(ctx)} deleted={run.deleted} />);
  });

  return app;
}
