// GET /api/v1/questionnaires/{key}/compare?a=FILTER&b=FILTER[&c=…&d=…] → duiding.compare/v1.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { compareSubsets } from '../../services/compare.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { serviceContext } from '../kit.ts';
import { WordsMethod } from '../schemas/analysis.ts';
import { badRequest, guarded, notFound } from '../schemas/problem.ts';

const Filter = z.string().max(500);
const Effect = z.object({ name: z.enum(['rho', 'rank-biserial', 'epsilon2', 'cramers-v']), value: z.number().nullable() });
const Group = z.object({
  subset: z.string(),
  n: z.number().int(),
  counts: z.array(z.number().int()).openapi({ description: 'Stories per category (or bin), in the order of `categories`' }),
  median: z.number().nullable().optional().openapi({ description: 'Numeric variables only' }),
});
const Bin = z.object({
  from: z.number(),
  to: z.number(),
  min: z.number().nullable().openapi({ description: 'Smallest observed value in the bin: `range=KEY:min:max` finds exactly its stories' }),
  max: z.number().nullable(),
});
const Question = z.object({
  key: z.string().openapi({ description: 'Analysis variable: gehoord, wie_hielp.2, wat_hielp=luisteren' }),
  question: z.string(),
  kind: z.enum(['numeric', 'categorical']),
  test: z.enum(['mann-whitney', 'kruskal-wallis', 'chi-square']).nullable(),
  statistic: z.number().nullable(),
  df: z.number().int().optional(),
  p: z.number().nullable(),
  q: z.number().nullable().openapi({ description: 'Benjamini–Hochberg over the questions of this comparison' }),
  n: z.number().int(),
  effect: Effect.nullable(),
  low_expected: z.boolean().optional(),
  categories: z.array(z.string()),
  bins: z.array(Bin).optional(),
  groups: z.array(Group),
});
const Word = z.object({ stem: z.string(), word: z.string(), countA: z.number(), countB: z.number(), delta: z.number(), z: z.number() });
const CompareDocument = z
  .object({
    format: z.literal('duiding.compare/v1'),
    questionnaire: z.string(),
    stories: z.number().int(),
    subsets: z.array(z.object({ name: z.string(), filter: z.string(), stories: z.number().int() })),
    defining: z.array(z.string()).openapi({ description: 'Questions a subset is filtered on; not tested' }),
    questions: z.array(Question),
    words: z.object({
      method: WordsMethod,
      subsets: z.array(z.object({ subset: z.string(), stories: z.number().int(), words: z.number().int(), top: z.array(Word) })),
    }),
  })
  .openapi('CompareDocument');

export function compareRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/compare',
      summary: 'Compare 2 to 4 subsets of the published stories per question (duiding.compare/v1)',
      description:
        'Each of `a`, `b`, `c`, `d` is a FILTER in the syntax of the pattern scan: `wijk=WK059901`, `rol=jongere,ouder`, ' +
        '`period=2026`, `collection=SLUG`, several joined by `;` (`wijk=WK059901;period=2026`); `rest` is every story in none ' +
        'of the other subsets. Subsets must not overlap (400 `overlapping-subsets`). Per analysis variable: the counts per ' +
        'subset and Mann–Whitney (2 subsets) or Kruskal–Wallis for numbers, chi-square for choices, with Benjamini–Hochberg q ' +
        'over the questions; questions a subset is filtered on are not tested. Distinctive words per subset against the others.',
      middleware: [requirePermission('compare.read')] as const,
      request: {
        params: z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) }),
        query: z.object({
          a: Filter.optional().openapi({ example: 'wijk=WK999901' }),
          b: Filter.optional().openapi({ example: 'wijk=WK999902' }),
          c: Filter.optional(),
          d: Filter.optional(),
        }),
      },
      responses: {
        200: { description: 'duiding.compare/v1', content: { 'application/json': { schema: CompareDocument } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      // Every parameter goes to the service, so that one past d (e=…) is refused by name, not ignored.
      const given = Object.fromEntries(Object.entries(c.req.queries()).map(([name, values]) => [name, values.join(';')]));
      const document = await compareSubsets(serviceContext(c), key, { ...given, ...c.req.valid('query') });
      return c.json(document, 200);
    },
  );
  return app;
}
