// Coding (issue 11): a questionnaire's codebook and the codes on a story. Thin: validate →
// authorize → one service. Request and response shapes are zod schemas, so the OpenAPI document
// describes them; semantic checks (slug, parent, span, overlap) are the services', in Dutch and
// English.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import { applyCode, removeCode } from '../../services/coding/apply.ts';
import { codingAgreement } from '../../services/coding/agreement.ts';
import { addCode, deleteCode, editCode, listCodebook } from '../../services/coding/codebook.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { serviceContext } from '../kit.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';

const Key = z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) });
const CodeParams = z.object({ key: z.string().max(100), slug: z.string().max(200).openapi({ example: 'eenzaamheid' }) });
const StoryCode = z.object({ id: z.string().max(100).openapi({ example: '6f1c…' }), slug: z.string().max(200).openapi({ example: 'eenzaamheid' }) });

const CodeSchema = z
  .object({
    slug: z.string().openapi({ description: 'Stable name; the analysis variable is `code:{slug}`', example: 'eenzaamheid' }),
    label: z.string().openapi({ example: 'Eenzaamheid' }),
    description: z.string().openapi({ example: 'De verteller voelt zich alleen staan.' }),
    parent: z.string().nullable().openapi({ description: 'Slug of the parent (two levels at most)', example: null }),
  })
  .openapi('Code');
const NewCode = z
  .object({
    slug: z.string().max(1000),
    label: z.string().max(1000),
    description: z.string().max(10_000).optional(),
    parent: z.string().max(1000).nullable().optional(),
  })
  .openapi({ example: { slug: 'eenzaamheid', label: 'Eenzaamheid', parent: null } });
const CodeChange = NewCode.omit({ slug: true }).openapi({ example: { label: 'Eenzaamheid', description: '', parent: 'welzijn' } });
const Span = z
  .object({
    start: z.number().int().min(0).optional().openapi({ description: 'First UTF-16 code unit of the passage', example: 12 }),
    end: z.number().int().min(0).optional().openapi({ description: 'One past the last code unit', example: 48 }),
  })
  .openapi({ description: 'Leave out (or {}) for the whole story' });

const AnalystSchema = z
  .object({ id: z.string(), name: z.string(), stories: z.number().int().openapi({ description: 'Stories this analyst coded with any code' }) })
  .openapi('CodingAnalyst');
const AgreementSchema = z
  .object({
    analysts: z.array(AnalystSchema),
    pair: z.array(z.string()).nullable().openapi({ description: 'The ids of the two analysts compared; null when no two analysts coded a shared story' }),
    n: z.number().int().openapi({ description: 'Stories both analysts coded' }),
    codes: z.array(
      z.object({
        slug: z.string(),
        label: z.string(),
        n: z.number().int(),
        first: z.number().int().openapi({ description: 'Shared stories the first analyst gave this code' }),
        second: z.number().int(),
        both: z.number().int(),
        kappa: z.number().nullable().openapi({ description: "Cohen's κ; null when undefined (the code was used on all or none of the stories by both)" }),
      }),
    ),
    alpha: z.number().nullable().openapi({ description: "Krippendorff's α (nominal) over every story × code decision" }),
    decisions: z.number().int(),
  })
  .openapi('CodingAgreement');
const AgreementQuery = z.object({
  first: z.string().max(100).optional().openapi({ description: 'Analyst id; default: the two who coded most shared stories' }),
  second: z.string().max(100).optional(),
});

/** Body validation failures in both languages, naming the field (the default hook's Dutch is English). */
function invalidBody(result: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } }, _c: Context): undefined {
  if (result.success || !result.error) return undefined;
  const problems: Problem[] = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(body)';
    const number = field === 'start' || field === 'end';
    return number
      ? {
          field,
          code: 'not-an-offset',
          nl: 'dit moet een positie in de tekst zijn: een geheel getal vanaf 0',
          en: 'this must be a position in the text: a whole number from 0',
        }
      : { field, code: 'invalid', nl: 'dit veld ontbreekt, is geen tekst of is te lang', en: 'this field is missing, not text, or too long' };
  });
  throw new InputRejected(problems);
}

export function codingRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/codebook',
      summary: "The questionnaire's codebook: parents first, each followed by its children",
      middleware: [requirePermission('codes.read')] as const,
      request: { params: Key },
      responses: {
        200: { description: 'The codebook', content: { 'application/json': { schema: z.object({ codes: z.array(CodeSchema) }) } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => c.json(await listCodebook(serviceContext(c), c.req.valid('param').key), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/questionnaires/{key}/codebook',
      summary: 'Add a code (slug: lower-case letters, digits, - and _; parent: a top-level code)',
      middleware: [requirePermission('codes.write')] as const,
      request: { params: Key, body: { content: { 'application/json': { schema: NewCode } }, required: true } },
      responses: { 201: { description: 'Added', content: { 'application/json': { schema: CodeSchema } } }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(await addCode(serviceContext(c), c.req.valid('param').key, c.req.valid('json')), 201),
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/questionnaires/{key}/codebook/{slug}',
      summary: "Change a code's label, description or parent (the slug stays)",
      middleware: [requirePermission('codes.write')] as const,
      request: { params: CodeParams, body: { content: { 'application/json': { schema: CodeChange } }, required: true } },
      responses: { 200: { description: 'Changed', content: { 'application/json': { schema: CodeSchema } } }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { key, slug } = c.req.valid('param');
      return c.json(await editCode(serviceContext(c), key, slug, c.req.valid('json')), 200);
    },
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/questionnaires/{key}/codebook/{slug}',
      summary: 'Remove a code from the codebook, with every coding of it by every analyst',
      description: 'A code that still has sub-codes is refused (400 `code-has-children`): move or remove those first.',
      middleware: [requirePermission('codes.write')] as const,
      request: { params: CodeParams },
      responses: { 204: { description: 'Removed' }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { key, slug } = c.req.valid('param');
      await deleteCode(serviceContext(c), key, slug);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/stories/{id}/codes/{slug}',
      summary: 'Code a story as yourself: the whole story (no body), or a passage {start, end} of its text (UTF-16 offsets, end exclusive)',
      description: 'Repeating the same coding changes nothing. A passage that overlaps one of your own passages with the same code is refused (400).',
      middleware: [requirePermission('codes.write')] as const,
      request: { params: StoryCode, body: { content: { 'application/json': { schema: Span } }, required: false } },
      responses: { 204: { description: 'Coded' }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { id, slug } = c.req.valid('param');
      await applyCode(serviceContext(c), id, slug, (c.req.valid('json') as z.infer<typeof Span> | undefined) ?? null);
      return c.body(null, 204);
    },
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/stories/{id}/codes/{slug}',
      summary: 'Remove your coding: the whole-story one (no body), or the passage {start, end}',
      middleware: [requirePermission('codes.write')] as const,
      request: { params: StoryCode, body: { content: { 'application/json': { schema: Span } }, required: false } },
      responses: { 204: { description: 'Removed' }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { id, slug } = c.req.valid('param');
      await removeCode(serviceContext(c), id, slug, (c.req.valid('json') as z.infer<typeof Span> | undefined) ?? null);
      return c.body(null, 204);
    },
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/agreement',
      summary: "Inter-coder agreement of two analysts on the stories both coded: Cohen's κ per code and Krippendorff's α over the codebook, with n",
      middleware: [requirePermission('codes.read')] as const,
      request: { params: Key, query: AgreementQuery },
      responses: { 200: { description: 'Agreement', content: { 'application/json': { schema: AgreementSchema } } }, ...notFound, ...guarded },
    }),
    async (c) => {
      const { first, second } = c.req.valid('query');
      const data = await codingAgreement(serviceContext(c), c.req.valid('param').key, { first, second });
      return c.json({ ...data, pair: data.pair ? data.pair.map((a) => a.id) : null }, 200);
    },
  );

  return app;
}
