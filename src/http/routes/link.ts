import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { linkQuestionnaire } from '../../services/link.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { LinkDocument } from '../schemas/analysis.ts';
import { badRequest, guarded, notFound } from '../schemas/problem.ts';
import { serviceContext } from '../kit.ts';

const Key = z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) });
const Query = z.object({
  indicator: z.string().max(100).optional().openapi({ example: 'wachttijd_weken' }),
  area_question: z.string().max(100).optional().openapi({ example: 'wijk' }),
});

export function linkRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/link',
      summary: 'Warm × cold: story measures per area and year against indicators (duiding.link/v1)',
      middleware: [requirePermission('patterns.read')] as const,
      request: { params: Key, query: Query },
      responses: {
        200: { description: 'duiding.link/v1', content: { 'application/json': { schema: LinkDocument } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const { indicator, area_question } = c.req.valid('query');
      const doc = await linkQuestionnaire(serviceContext(c), c.req.valid('param').key, { indicator, areaQuestion: area_question });
      return c.json(doc, 200);
    },
  );
  return app;
}
