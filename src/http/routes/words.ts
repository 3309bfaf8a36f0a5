import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { distinctiveWordsFor, MAX_TOP } from '../../services/words.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { WordsDocument } from '../schemas/analysis.ts';
import { badRequest, guarded, notFound } from '../schemas/problem.ts';
import { serviceContext } from '../kit.ts';

export function wordsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/words',
      summary: 'Words that set group A apart from group B (weighted log-odds, informative Dirichlet prior; duiding.words/v1)',
      middleware: [requirePermission('patterns.read')] as const,
      request: {
        params: z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) }),
        query: z.object({
          a: z.string().min(1).max(300).openapi({ example: 'gevoel=boos', description: 'question=answer (choice, area) or question=option (multichoice)' }),
          b: z.string().min(1).max(300).optional().openapi({ description: 'a second filter; absent: all other published stories' }),
          top: z.coerce.number().int().min(1).max(MAX_TOP).optional().openapi({ example: 20 }),
        }),
      },
      responses: {
        200: { description: 'duiding.words/v1', content: { 'application/json': { schema: WordsDocument } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const { a, b, top } = c.req.valid('query');
      return c.json(await distinctiveWordsFor(serviceContext(c), { questionnaireKey: key, a, b, top }), 200);
    },
  );
  return app;
}
