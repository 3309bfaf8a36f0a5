// Council reports. Thin: validate → authorize → one service call → present. Reports are always
// built with the council's view (services/reports.ts), whoever asks.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { InputRejected } from '../../domain/problems.ts';
import { generateReport, listReports, openReport, publishReport, reportItemOf, type OpenedReport, type ReportItem } from '../../services/reports.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { serviceContext } from '../kit.ts';

const problem = { description: 'Problem (application/problem+json)' };
const json = (description: string) => ({ description, content: { 'application/json': { schema: z.any() } } });
const Id = z.object({ id: z.string().uuid() });
const File = z.object({ file: z.string().regex(/^[0-9a-f-]{36}(\.(pdf|html))?$/i).openapi({ example: '5f0c…-….pdf' }) });
const GenerateBody = z.object({
  period: z.string().max(20).optional().openapi({ example: '2026' }),
  lang: z.enum(['nl', 'en']).optional(),
});

export function presentReport(item: ReportItem) {
  return {
    id: item.id,
    opgave: item.opgave,
    period: item.period,
    title: item.title,
    status: item.status,
    created_at: item.createdAt.toISOString(),
    published_at: item.publishedAt?.toISOString() ?? null,
    summary: item.summary,
    pdf_bytes: item.pdfBytes,
    withdrawn_since_publication: item.status === 'published' ? item.withdrawnSince : null,
    quoted_stories_gone: item.status === 'published' ? item.quotedGone : null,
    links: { pdf: `/api/v1/reports/${item.id}.pdf`, html: `/api/v1/reports/${item.id}.html` },
  };
}

/** File name of a download: raadsrapportage-zo-thuis-2026.pdf */
export function reportFileName(item: ReportItem, ext: 'pdf' | 'html'): string {
  return `raadsrapportage-${item.opgave.key}-${item.period}.${ext}`.replace(/[^a-z0-9.-]/gi, '-');
}

/** The document as an attachment: never rendered inside the app (its own inline CSS meets our CSP nowhere). */
export function reportDownload(c: Context, opened: OpenedReport, ext: 'pdf' | 'html') {
  const headers: Record<string, string> = {
    'content-type': ext === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8',
    'content-disposition': `attachment; filename="${reportFileName(opened.item, ext)}"`,
    'cache-control': 'private, no-store',
    'x-duiding-report-status': opened.item.status,
  };
  if (opened.item.status === 'published') {
    headers['x-duiding-withdrawn-since'] = String(opened.item.withdrawnSince);
    headers['x-duiding-quoted-gone'] = String(opened.item.quotedGone);
  }
  const body = ext === 'pdf' ? new Uint8Array(opened.pdf) : opened.html;
  return c.body(body, 200, headers);
}

export function reportRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports',
      summary: 'Council reports (drafts and published snapshots), optionally of one opgave',
      middleware: [requirePermission('reports.read')] as const,
      request: { query: z.object({ opgave: z.string().max(100).optional() }) },
      responses: { 200: json('Reports'), 404: problem },
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
      responses: { 201: json('The draft'), 400: problem, 404: problem },
    }),
    async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as unknown;
      const parsed = GenerateBody.safeParse(body ?? {});
      if (!parsed.success) {
        throw new InputRejected(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', code: 'invalid', nl: `ongeldige waarde: ${i.message}`, en: i.message })));
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
      responses: { 200: json('The published report'), 400: problem, 404: problem },
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
      responses: { 200: { description: 'JSON, or application/pdf or text/html (attachment)' }, 404: problem },
    }),
    async (c) => {
      const [id, ext] = c.req.valid('param').file.split('.') as [string, 'pdf' | 'html' | undefined];
      if (!ext) {
        const item = await reportItemOf(serviceContext(c), id);
        if (!item) throw new InputRejected([{ field: 'id', code: 'unknown-report', nl: 'dit rapport bestaat niet (meer)', en: 'this report does not exist' }], 404);
        return c.json(presentReport(item), 200);
      }
      const opened = await openReport(serviceContext(c), id);
      return reportDownload(c, opened, ext.toLowerCase() as 'pdf' | 'html');
    },
  );
  return app;
}
