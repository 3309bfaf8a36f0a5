// Council reports. Thin: validate → authorize → one service call → present. Reports are always
// built with the council's view (services/reports.ts), whoever asks.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { InputRejected } from '../../domain/problems.ts';
import { generateReport, listReports, openReport, publishReport, reportItemOf } from '../../services/reports.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentReport, reportDownload } from '../presenters/reports.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';
import { Report, ReportList } from '../schemas/reports.ts';
import { serviceContext } from '../kit.ts';

const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });
const Id = z.object({ id: z.string().uuid() });
const File = z.object({
  file: z
    .string()
    .regex(/^[0-9a-f-]{36}(\.(pdf|html))?$/i)
    .openapi({ example: '5f0c…-….pdf' }),
});
const GenerateBody = z.object({
  period: z.string().max(20).optional().openapi({ example: '2026' }),
  lang: z.enum(['nl', 'en']).optional(),
});

export function reportRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports',
      summary: 'Council reports (drafts and published snapshots), optionally of one opgave',
      middleware: [requirePermission('reports.read')] as const,
      request: { query: z.object({ opgave: z.string().max(100).optional() }) },
      responses: { 200: json('Reports', ReportList), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      const reports = await listReports(serviceContext(c), { opgaveKey: c.req.valid('query').opgave });
      return c.json({ reports: reports.map(presentReport) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/opgaven/{key}/reports',
      summary: 'Generate a council report (stored as a draft; replaces the draft of the same opgave and period)',
      description: 'Always built from the monitor as the council sees it: figures under the small-cell threshold are never in it.',
      middleware: [requirePermission('reports.write')] as const,
      request: {
        params: z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) }),
        body: { content: { 'application/json': { schema: GenerateBody } }, required: false },
      },
      responses: { 201: json('The draft', Report), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as unknown;
      const parsed = GenerateBody.safeParse(body ?? {});
      if (!parsed.success) {
        throw new InputRejected(
          parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', code: 'invalid', nl: `ongeldige waarde: ${i.message}`, en: i.message })),
        );
      }
      const options = parsed.data;
      const opened = await generateReport(serviceContext(c), c.req.valid('param').key, { period: options.period ?? null, lang: options.lang });
      return c.json(presentReport(opened.item), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/reports/{id}/publish',
      summary: 'Publish a draft: regenerated once more, then frozen as a snapshot (audit: report.publish)',
      middleware: [requirePermission('reports.write')] as const,
      request: { params: Id },
      responses: { 200: json('The published report', Report), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => c.json(presentReport((await publishReport(serviceContext(c), c.req.valid('param').id)).item), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports/{file}',
      summary: 'A report: {id} (its description as JSON), {id}.pdf or {id}.html (the document as an attachment)',
      description:
        'A published report returns exactly the stored bytes, with X-Duiding-Withdrawn-Since (stories withdrawn since publication) and X-Duiding-Quoted-Gone (quoted stories no longer available). A draft is regenerated first, so it is never stale.',
      middleware: [requirePermission('reports.read')] as const,
      request: { params: File },
      responses: {
        200: {
          description: 'JSON ({id}), or the document as an attachment ({id}.pdf, {id}.html)',
          content: {
            'application/json': { schema: Report },
            'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
            'text/html': { schema: z.string() },
          },
        },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const [id, ext] = c.req.valid('param').file.split('.') as [string, 'pdf' | 'html' | undefined];
      if (!ext) {
        const item = await reportItemOf(serviceContext(c), id);
        if (!item)
          throw new InputRejected([{ field: 'id', code: 'unknown-report', nl: 'dit rapport bestaat niet (meer)', en: 'this report does not exist' }], 404);
        return c.json(presentReport(item), 200);
      }
      const opened = await openReport(serviceContext(c), id);
      return reportDownload(c, opened, ext.toLowerCase() as 'pdf' | 'html');
    },
  );
  return app;
}
