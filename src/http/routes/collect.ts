// Public story endpoints: a teller's page (same origin) posts a story and may withdraw it later.
// No sign-in needed (see public-routes.ts); staff entering interview or signal stories are
// recognised by their session, whose CSRF token the global middleware has already checked.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { publicLinkLookup } from '../../services/auth/session-database.ts';
import { InputRejected } from '../../domain/problems.ts';
import { submitStory, withdrawStory, type StorySubmission, type Submitter } from '../../services/collect-story.ts';
import type { AppEnv } from '../middleware/session.ts';
import { problemResponse } from '../problem.ts';
import { registerCollectDocs } from './collect-docs.ts';

export interface CollectRouteOptions {
  publicUrl: string;
  /** The per-address limit on both endpoints (http/rate-limit.ts, shared with the teller's forms); null only for benchmarks. */
  limit: MiddlewareHandler | null;
}

export function collectRoutes(options: CollectRouteOptions) {
  const app = new OpenAPIHono<AppEnv>();
  const limit = options.limit;
  const guard = sameOriginJson(options.publicUrl);
  for (const path of ['/api/v1/collections/:slug/stories', '/api/v1/stories/withdraw']) {
    if (limit) app.use(path, limit);
    app.use(path, guard);
  }

  app.post('/api/v1/collections/:slug/stories', async (c) => {
    const body = await readJson(c);
    const session = c.get('session');
    const submitter: Submitter | undefined = session ? { userId: session.userId, tenantId: session.tenantId, roles: session.roles } : undefined;
    // Any JSON value: submitStory checks every field itself and names each wrong one. A closed collection, staff only, an id sent before: a CollectRefused, answered by app.onError.
    const result = await submitStory(publicLinkLookup(c.get('db')), c.req.param('slug') ?? '', body as StorySubmission, submitter);
    return c.json({ id: result.id, withdrawalCode: result.withdrawalCode }, result.created ? 201 : 200);
  });

  app.delete('/api/v1/stories/withdraw', async (c) => {
    const body = (await readJson(c)) as { code?: unknown } | null;
    const code = body && typeof body === 'object' ? body.code : undefined;
    if (typeof code !== 'string' || code.trim() === '') {
      throw new InputRejected([{ field: 'code', code: 'required', nl: 'Vul uw intrekcode in.', en: 'code is required.' }]);
    }
    if (!(await withdrawStory(publicLinkLookup(c.get('db')), code))) {
      throw new InputRejected(
        [{ field: 'code', code: 'unknown-code', nl: 'Deze code kennen we niet. Kijk of u hem goed hebt overgenomen.', en: 'Unknown withdrawal code.' }],
        404,
      );
    }
    return c.body(null, 204);
  });

  registerCollectDocs(app);
  return app;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new InputRejected([{ field: '(body)', code: 'invalid-json', nl: 'Het verzoek is geen geldige JSON.', en: 'The body is not valid JSON.' }]);
  }
}

/**
 * JSON only, and never from another site: a cross-site page can send a "simple" request
 * (form or text/plain) without asking, but not application/json without a CORS preflight,
 * which this server never grants. Origin and Sec-Fetch-Site are checked as well, in case a
 * CORS rule is ever added.
 */
function sameOriginJson(publicUrl: string) {
  const allowed = new URL(publicUrl).origin;
  return async (c: Context, next: () => Promise<void>) => {
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return problemResponse(c, 415, 'unsupported-media-type', {
        en: 'Send the request as application/json.',
        nl: 'Het verzoek moet JSON zijn (application/json).',
      });
    }
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const sameOrigin = origin === undefined || origin === allowed || origin === new URL(c.req.url).origin;
    if (!sameOrigin || site === 'cross-site' || site === 'same-site') {
      return problemResponse(c, 403, 'cross-origin', {
        en: 'Stories can only be sent from this site’s own pages.',
        nl: 'Een verhaal kan alleen via de pagina’s van deze site worden verstuurd.',
      });
    }
    await next();
  };
}
