// OpenAPI description of the public story endpoints. The handlers validate the body themselves
// (services/collect), so that every problem names its field in Dutch and English.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../middleware/session.ts';
import { StoryStored, StorySubmission, Withdrawal } from '../schemas/collect.ts';
import { problem, publicErrors } from '../schemas/problem.ts';

const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

/** Both endpoints: JSON from this site's own pages only, and one budget of requests per address. */
const sameSiteJson = {
  400: problem('The body is not valid JSON or a field is wrong; `errors` names each field'),
  403: problem('Sent from another site (Origin, Sec-Fetch-Site), by staff without the CSRF token, or by staff whose role may not enter stories here'),
  413: problem('The request body is too large (256 KB)'),
  415: problem('Not sent as application/json'),
  429: problem('Too many requests from this address; see Retry-After'),
  ...publicErrors,
};

export function registerCollectDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/collections/{slug}/stories',
    summary: 'Tell a story through a public collection link (no sign-in; same origin only)',
    request: {
      params: z.object({ slug: z.string().openapi({ example: 'voorbeeld-zo-thuis' }) }),
      body: { content: { 'application/json': { schema: StorySubmission } }, required: true },
    },
    responses: {
      201: json('Stored (pending moderation)', StoryStored),
      200: json('The same submission again: the same story and code', StoryStored),
      ...sameSiteJson,
      401: problem('An interview or signal collection: only signed-in staff may enter its stories'),
      404: problem('No collection has this link'),
      409: problem('The collection is not open yet, or the submission id was used for another story'),
      410: problem('The collection is closed'),
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'delete',
    path: '/api/v1/stories/withdraw',
    summary: 'Withdraw a story with its withdrawal code: the story is deleted, not hidden',
    request: { body: { content: { 'application/json': { schema: Withdrawal } }, required: true } },
    responses: { 204: { description: 'Deleted' }, ...sameSiteJson, 404: problem('Unknown withdrawal code') },
  });
}
