// GET /api/v1/networks/{slug}/compare → duiding.network-compare/v1 (issue 15, docs/network.md).
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { compareNetwork } from '../../services/network-compare/compare.ts';
import { serviceContext } from '../kit.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentNetworkCompare } from '../presenters/network-compare.ts';
import { NetworkCompareDocument } from '../schemas/network-compare.ts';
import { badRequest, guarded, notFound } from '../schemas/problem.ts';

export function networkCompareRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/networks/{slug}/compare',
      summary: 'The members of a network side by side on the shared instrument (duiding.network-compare/v1)',
      description:
        'Per shared question the distribution in the network, in the rest of the network and per member, with a test of ' +
        'heterogeneity across members; patterns that hold in every member against those that differ; the shared indicators ' +
        'per member. A member is shown by name only when it opted to be named; an aggregate of fewer than 3 members is ' +
        '`{"tooFewMembers": true}`; counts are rounded by each member’s own disclosure engine. A municipality that is not a ' +
        'member gets 404. `question` (repeatable) restricts to shared questions; a local question is refused (400 `local-question`). ' +
        '`from` and `to` (months, 2026-03; a year or quarter means its months) count only the stories of that period in every member; ' +
        'a period that does not parse is refused naming the field (400 `invalid-period`), so is `to` before `from` (400 `period-order`). ' +
        'Number × choice patterns are tested for heterogeneity by the member × category interaction of a two-way ANOVA (`anova-interaction`, F with `df` and `dfError`).',
      middleware: [requirePermission('network.compare')] as const,
      request: {
        params: z.object({ slug: z.string().max(60).openapi({ example: 'voorbeeldland' }) }),
        query: z.object({
          questionnaire: z.string().max(100).optional().openapi({ description: 'The shared questionnaire’s key (default: the first)' }),
          question: z.union([z.string().max(200), z.array(z.string().max(200)).max(50)]).optional(),
          from: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: 'First month whose stories count: 2026-03 (a year or quarter means its first month)', example: '2026-01' }),
          to: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: 'Last month whose stories count (a year or quarter means its last month)', example: '2026-06' }),
        }),
      },
      responses: {
        200: { description: 'duiding.network-compare/v1', content: { 'application/json': { schema: NetworkCompareDocument } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { questionnaire, from, to } = c.req.valid('query');
      const document = await compareNetwork(serviceContext(c), slug, { questionnaire, questions: c.req.queries('question') ?? [], from, to });
      return c.json(presentNetworkCompare(document), 200);
    },
  );
  return app;
}
