import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { distinctiveWordsFor, MAX_TOP } from '../../services/words.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { serviceContext } from '../kit.ts';

const Word = z.object({ stem: z.string(), word: z.string(), countA: z.number(), countB: z.number(), delta: z.number(), z: z.number() });
const Group = z.object({ label: z.string(), stories: z.number(), words: z.number() });
const WordsDocument = z
  .object({
    format: z.literal('duiding.words/v1'),
    a: Group,
    b: Group,
    corpus: z.object({ stories: z.number(), words: z.number() }),
    method: z.object({
      prior: z.string(),
      alpha0: z.number(),
      minCount: z.number(),
      stemmer: z.string(),
      languages: z.array(z.object({ language: z.string(), stories: z.number(), stemming: z.enum(['snowball-dutch', 'none']) })).optional(),
      note: z.object({ nl: z.string(), en: z.string() }).optional().openapi({ description: 'Present when some stories are not Dutch: their words are counted without stemming or stop words.' }),
    }),
    topA: z.array(Word),
    topB: z.array(Word),
  })
  .openapi('WordsDocument');

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
        400: { description: 'Problem (application/problem+json)' },
        404: { description: 'Problem (application/problem+json)' },
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
