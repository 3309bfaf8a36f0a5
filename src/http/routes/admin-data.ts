// AVG duties over the API: the audit log and the municipality's full export.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { auditPage } from '../../services/audit.ts';
import { stream } from 'hono/streaming';
import { writeTenantArchive } from '../../services/tenant-data.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentAuditPage } from '../presenters/admin-data.ts';
import { AuditPage } from '../schemas/admin-data.ts';
import { badRequest, guarded } from '../schemas/problem.ts';
import { serviceContext } from '../kit.ts';

export function adminDataRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/audit',
      summary: 'The audit log of the municipality, newest first (50 per page)',
      middleware: [requirePermission('audit.read')] as const,
      request: {
        query: z.object({
          action: z.string().max(100).optional().openapi({ example: 'stories.export' }),
          before: z.coerce.number().int().positive().optional().openapi({ description: 'nextBefore of the previous page' }),
        }),
      },
      responses: {
        200: { description: 'Audit entries', content: { 'application/json': { schema: AuditPage } } },
        ...badRequest,
        ...guarded,
      },
    }),
    async (c) => {
      return c.json(presentAuditPage(await auditPage(serviceContext(c), c.req.valid('query'))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/tenant/export',
      summary: 'All data of the municipality as one ZIP (questionnaires, stories, indicators, every table as JSON); logged',
      middleware: [requirePermission('tenant.manage')] as const,
      responses: { 200: { description: 'The ZIP archive', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } }, ...guarded },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      c.header('content-type', 'application/zip');
      c.header('content-disposition', `attachment; filename="duiding-${c.get('session')!.tenantSlug}.zip"`);
      c.header('cache-control', 'no-store');
      // Straight into the response as it is made: the archive is never held whole. A failure
      // half-way ends the download early (the status is already sent); the ZIP is then unreadable.
      return stream(c, async (out) => {
        await writeTenantArchive(ctx, (chunk) => out.write(chunk).then(() => {}));
      });
    },
  );
  return app;
}
