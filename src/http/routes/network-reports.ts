// Published network reports over the API (issue 15, docs/network.md "Published reports"): the
// coordinator publishes the comparison of now (network.manage); every active member reads the
// list and each report (network.read). A municipality that is not an active member gets 404, as
// for every network route.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listNetworkReports, publishReport, readNetworkReport } from '../../services/network-compare/reports.ts';
import { serviceContext } from '../kit.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentNetworkCompare } from '../presenters/network-compare.ts';
import { PublishedReport, PublishReportRequest, ReportList, ReportSummary } from '../schemas/network-reports.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';

const Slug = z.object({ slug: z.string().max(60).openapi({ example: 'voorbeeldland' }) });
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

export function networkReportRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/networks/{slug}/reports',
      summary: 'The network’s published reports, newest first',
      middleware: [requirePermission('network.read')] as const,
      request: { params: Slug },
      responses: { 200: json('Published reports', ReportList), ...notFound, ...guarded },
    }),
    async (c) => c.json(await listNetworkReports(serviceContext(c), c.req.valid('param').slug), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/networks/{slug}/reports',
      summary: 'Publish the network comparison of now (for a period) as a report that keeps its snapshot',
      description:
        'Stores the comparison as a reader sees it who sees only the members that opted to be named, so every member may read it. A member that leaves later stays in the report; the report says so.',
      middleware: [requirePermission('network.manage')] as const,
      request: { params: Slug, body: { content: { 'application/json': { schema: PublishReportRequest } }, required: true } },
      responses: { 201: json('Published', ReportSummary), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(await publishReport(serviceContext(c), c.req.valid('param').slug, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/networks/{slug}/reports/{reportId}',
      summary: 'A published report: its snapshot of the comparison, the members at publication, and who has left since',
      middleware: [requirePermission('network.read')] as const,
      request: { params: Slug.extend({ reportId: z.string().max(100) }) },
      responses: { 200: json('Published report', PublishedReport), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      const { slug, reportId } = c.req.valid('param');
      const { network, report } = await readNetworkReport(serviceContext(c), slug, reportId);
      return c.json({ network, report: { ...report, document: presentNetworkCompare(report.document) } }, 200);
    },
  );

  return app;
}
