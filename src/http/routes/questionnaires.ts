import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { listQuestionnaires } from '../../db/repositories/questionnaires.repository.ts';
import { exportQuestionnaire, importQuestionnaire } from '../../services/import-questionnaire.ts';
import { exportStories } from '../../services/export-stories.ts';
import { importStories } from '../../services/import-stories.ts';
import { scanQuestionnaire } from '../../services/patterns.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { withUploadedFile } from '../upload.ts';
import { serviceContext } from './context.ts';

const Key = z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) });
const problem = { description: 'Problem (application/problem+json)' };

export function questionnaireRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires',
      summary: 'List questionnaires',
      middleware: [requirePermission('questionnaires.read')] as const,
      responses: { 200: { description: 'Questionnaire keys', content: { 'application/json': { schema: z.object({ questionnaires: z.array(z.object({ key: z.string() })) }) } } } },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const rows = await listQuestionnaires(ctx.db, ctx.tenantId);
      return c.json({ questionnaires: rows.map((r) => ({ key: r.key })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/questionnaires',
      summary: 'Import a questionnaire (duiding.questionnaire/v1); an existing key with changes makes a new version',
      middleware: [requirePermission('questionnaires.write')] as const,
      request: { body: { content: { 'application/json': { schema: z.object({ format: z.literal('duiding.questionnaire/v1') }).passthrough() } }, required: true } },
      responses: {
        200: { description: 'Imported', content: { 'application/json': { schema: z.object({ key: z.string(), version: z.number(), outcome: z.enum(['created', 'new-version', 'unchanged']) }) } } },
        400: problem,
      },
    }),
    async (c) => c.json(await importQuestionnaire(serviceContext(c), c.req.valid('json'), 'questionnaire.json'), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}',
      summary: 'Export the latest version (duiding.questionnaire/v1)',
      middleware: [requirePermission('questionnaires.read')] as const,
      request: { params: Key },
      responses: { 200: { description: 'duiding.questionnaire/v1', content: { 'application/json': { schema: z.object({}).passthrough() } } }, 400: problem },
    }),
    async (c) => c.json((await exportQuestionnaire(serviceContext(c), c.req.valid('param').key)) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/questionnaires/{key}/stories',
      summary: 'Import stories (duiding.stories/v1 CSV body); all or nothing',
      middleware: [requirePermission('stories.import')] as const,
      request: {
        params: Key,
        query: z.object({ collection: z.string().max(100).optional() }),
        body: { content: { 'text/csv': { schema: z.string() } }, required: true },
      },
      responses: {
        200: { description: 'Imported', content: { 'application/json': { schema: z.object({ stories: z.number(), replaced: z.number(), collectionsCreated: z.array(z.string()) }) } } },
        400: problem,
      },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const { collection } = c.req.valid('query');
      const result = await withUploadedFile(c.req.raw.body, 'stories.csv', (source) =>
        importStories(serviceContext(c), { source, questionnaireKey: key, collectionSlug: collection }),
      );
      return c.json(result, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/stories',
      summary: 'Export stories (duiding.stories/v1 CSV)',
      middleware: [requirePermission('stories.export')] as const,
      request: { params: Key },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, 400: problem },
    }),
    async (c) => {
      const chunks = await exportStories(serviceContext(c), c.req.valid('param').key);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${c.req.valid('param').key}-stories.csv"`);
      return stream(c, async (s) => {
        for await (const chunk of chunks) await s.write(chunk);
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/patterns',
      summary: 'Pattern scan over all published stories (duiding.patterns/v1)',
      middleware: [requirePermission('patterns.read')] as const,
      request: { params: Key },
      responses: { 200: { description: 'duiding.patterns/v1', content: { 'application/json': { schema: z.object({}).passthrough() } } }, 400: problem },
    }),
    async (c) => c.json((await scanQuestionnaire(serviceContext(c), c.req.valid('param').key)) as never, 200),
  );
  return app;
}
