import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { exportDefinitions, exportObservationsCsv, importDefinitionsJson, importIndicatorsCsv } from '../../services/indicators.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { withUploadedFile } from '../upload.ts';
import { serviceContext } from './context.ts';

const Result = z.object({ kind: z.enum(['observations', 'definitions']), rows: z.number(), definitionsCreated: z.array(z.string()) });

export function indicatorRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/indicators',
      summary: 'Import observations or definitions (duiding.indicators/v1: CSV, or definitions as JSON)',
      middleware: [requirePermission('indicators.write')] as const,
      request: {
        body: {
          // Not validated here: the importers check CSV and JSON and report every problem with its place.
          content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.any() } },
          required: true,
        },
      },
      responses: { 200: { description: 'Imported', content: { 'application/json': { schema: Result } } }, 400: { description: 'Problem' } },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      if ((c.req.header('content-type') ?? '').includes('json')) {
        return c.json(await importDefinitionsJson(ctx, await c.req.json(), 'definitions.json'), 200);
      }
      return c.json(await withUploadedFile(c.req.raw.body, 'indicators.csv', (source) => importIndicatorsCsv(ctx, source)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/indicators',
      summary: 'Export observations (CSV) ',
      middleware: [requirePermission('indicators.read')] as const,
      request: { query: z.object({ indicator: z.string().max(100).optional() }) },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
    }),
    async (c) => {
      const csv = await exportObservationsCsv(serviceContext(c), c.req.valid('query').indicator);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' }) as never;
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/indicators/definitions',
      summary: 'Indicator definitions',
      middleware: [requirePermission('indicators.read')] as const,
      responses: { 200: { description: 'Definitions', content: { 'application/json': { schema: z.array(z.object({ key: z.string() }).passthrough()) } } } },
    }),
    async (c) => c.json(await exportDefinitions(serviceContext(c)), 200),
  );
  return app;
}
