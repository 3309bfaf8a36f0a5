import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { exportDefinitions, exportObservationsCsv, importDefinitionsJson, importIndicators, indicatorSheets } from '../../services/indicators.ts';
import { XLSX_CONTENT_TYPE } from '../../services/tables/xlsx-write.ts';
import { uploadName, wantsXlsx, workbookResponse } from '../spreadsheets.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { withUploadedFile } from '../upload.ts';
import { IndicatorDefinition, IndicatorsImported } from '../schemas/indicators.ts';
import { badRequest, guarded, invalidInput } from '../schemas/problem.ts';
import { serviceContext } from '../kit.ts';

export function indicatorRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/indicators',
      summary:
        'Import observations and/or definitions (duiding.indicators/v1: CSV in any recognised dialect, XLSX, or definitions as JSON); unknown indicator keys refuse the file',
      middleware: [requirePermission('indicators.write')] as const,
      request: {
        body: {
          // Not validated here: the importers check CSV and JSON and report every problem with its place.
          content: {
            'text/csv': { schema: z.string() },
            [XLSX_CONTENT_TYPE]: { schema: z.string() },
            'application/json': {
              schema: z.unknown().openapi({ description: 'Definitions only: an array of IndicatorDefinition, or {"definitions": [...]}' }),
            },
          },
          required: true,
        },
      },
      responses: { 200: { description: 'Imported', content: { 'application/json': { schema: IndicatorsImported } } }, ...invalidInput, ...guarded },
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
      responses: {
        200: {
          description: 'CSV or XLSX',
          content: { 'text/csv': { schema: z.string() }, [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...badRequest,
        ...guarded,
      },
    }),
    async (c) => {
      if (wantsXlsx(c)) {
        return workbookResponse(c, 'cijfers.xlsx', await indicatorSheets(serviceContext(c), { indicator: c.req.valid('query').indicator }));
      }
      const csv = await exportObservationsCsv(serviceContext(c), c.req.valid('query').indicator);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' });
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/indicators/definitions',
      summary: 'Indicator definitions',
      middleware: [requirePermission('indicators.read')] as const,
      responses: { 200: { description: 'Definitions', content: { 'application/json': { schema: z.array(IndicatorDefinition) } } }, ...guarded },
    }),
    async (c) => c.json(await exportDefinitions(serviceContext(c)), 200),
  );
  return app;
}
