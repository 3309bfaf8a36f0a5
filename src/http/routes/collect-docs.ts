// OpenAPI description of the public story endpoints. The handlers validate the body themselves
// (services/collect), so that every problem names its field in Dutch and English.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../middleware/session.ts';

const problem = { description: 'Problem (application/problem+json) naming each field' };

const Submission = z
  .object({
    id: z.string().uuid().optional().openapi({ description: 'Client-made id: a retry with the same id and content never makes a second story' }),
    language: z.string().openapi({ example: 'nl' }),
    prompt: z.string().openapi({ example: 'moment' }),
    title: z.string().max(200),
    text: z.string().max(20_000),
    answers: z.record(z.string(), z.unknown()).openapi({
      example: { gehoord: 72, wie_hielp: [0.2, 0.5, 0.3], rol: 'ouder', wijk: 'WK047901', stenen: { school: [20, 80] }, uitleg: 'NA' },
    }),
    consent: z.object({ share: z.boolean(), quote: z.boolean() }),
    website: z.string().optional().openapi({ description: 'Honeypot: leave empty' }),
  })
  .openapi('StorySubmission');

const Created = z.object({ id: z.string().uuid(), withdrawalCode: z.string().openapi({ example: 'K7QM-4XRT-9PZW-HC3N' }) });

export function registerCollectDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/collections/{slug}/stories',
    summary: 'Tell a story through a public collection link (no sign-in; same origin only)',
    request: {
      params: z.object({ slug: z.string().openapi({ example: 'voorbeeld-zo-thuis' }) }),
      body: { content: { 'application/json': { schema: Submission } }, required: true },
    },
    responses: {
      201: { description: 'Stored (pending moderation)', content: { 'application/json': { schema: Created } } },
      200: { description: 'The same submission again: the same story and code', content: { 'application/json': { schema: Created } } },
      400: problem,
      401: problem,
      403: problem,
      404: problem,
      409: problem,
      410: problem,
      413: problem,
      415: problem,
      429: problem,
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'delete',
    path: '/api/v1/stories/withdraw',
    summary: 'Withdraw a story with its withdrawal code: the story is deleted, not hidden',
    request: { body: { content: { 'application/json': { schema: z.object({ code: z.string() }) } }, required: true } },
    responses: { 204: { description: 'Deleted' }, 400: problem, 404: problem, 429: problem },
  });
}
