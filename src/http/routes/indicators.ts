import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { exportDefinitions, exportObservationsCsv, importDefinitionsJson, importIndicators, indicatorSheets } from '../../services/indicators.ts';
import { XLSX_CONTENT_TYPE } from '../../services/tables/xlsx-write.ts';
import { ReadSchema, uploadName, wantsXlsx, workbookResponse } from '../spreadsheets.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { withUploadedFile } from '../upload.ts';
import { serviceContext } from '../kit.ts';

const Result = z.object({
  kind: z.enum(['observations', 'definitions']),
  rows: z.number(),
  definitions: z.number(),
  definitionsCreated: z.array(z.string()),
  read: ReadSchema,
});

export function indicatorRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/indicators',
      summary: 'Import observations and/or definitions (duiding.indicators/v1: CSV in any recognised dialect, XLSX, or definitions as JSON); unknown indicator keys refuse the file',
      middleware: [requirePermission('indicators.write')] as const,
      request: {
        body: {
          // Not validated here: the importers check CSV and JSON and report every problem with its place.
          content: { 'text/csv': { schema: z.string() }, [XLSX_CONTENT_TYPE]: { schema: z.string() }, 'application/json': { schema: z.any() } },
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
      return c.json(await withUploadedFile(c.req.raw.body, uploadName(c, 'indicators'), (source) => importIndicators(ctx, source)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/indicators',
      summary: 'Export observations (CSV; `format=xlsx`: a workbook with the sheets "definities" and "waarnemingen")',
      middleware: [requirePermission('indicators.read')] as const,
      request: { query: z.object({ indicator: z.string().max(100).optional(), format: z.enum(['csv', 'xlsx']).optional() }) },
      responses: { 200: { description: 'CSV or XLSX', content: { 'text/csv': { schema: z.string() }, [XLSX_CONTENT_TYPE]: { schema: z.string() } } } },
    }),
    async (c) => {
      if (wantsXlsx(c)) {
        return workbookResponse(c, 'cijfers.xlsx', await indicatorSheets(serviceContext(c), { indicator: c.req.valid('query').indicator })) as never;
      }
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
