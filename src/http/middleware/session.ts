import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../../services/context.ts';
import { appDatabase, databaseForSession } from '../../services/auth/session-database.ts';
import { admit } from '../kit.ts';
import { tagGuard } from './guard-tag.ts';
import { allows, type Permission } from '../../services/auth/policy.ts';
import { findSessionForRequest } from '../../services/auth/remembered-sessions.ts';
import type { RequestEnv } from '../request-env.ts';
import { problemResponse } from '../problem.ts';

export { SESSION_COOKIE } from '../../services/auth/sessions.ts';
import { SESSION_COOKIE } from '../../services/auth/sessions.ts';

export type AppEnv = RequestEnv;

/**
 * Loads the session from its cookie, if any; never rejects on its own. The request's database is
 * the application role without a municipality (it sees no tenant rows) until a guard scopes it.
 */
export function loadSession(db: Database): MiddlewareHandler<AppEnv> {
  const app = appDatabase(db);
  return async (c, next) => {
    c.set('db', app);
    const token = getCookie(c, SESSION_COOKIE);
    c.set('session', token ? await findSessionForRequest(db, token, c.req.path) : null);
    await next();
  };
}

/**
 * Cookie-authenticated state-changing requests must carry the session's CSRF token (header
 * x-csrf-token, or form field _csrf); cross-site pages cannot read it.
 */
export function requireCsrf(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (session && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      let token = c.req.header('x-csrf-token');
      const type = c.req.header('content-type') ?? '';
      if (!token && (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data'))) {
        const form = await c.req.parseBody();
        token = typeof form._csrf === 'string' ? form._csrf : undefined;
      }
      if (token !== session.csrfToken) {
        return problemResponse(c, 403, 'csrf', {
          en: 'Missing or wrong CSRF token (x-csrf-token header).',
          nl: 'Deze actie is geweigerd omdat de beveiligingscode ontbreekt of niet klopt. Laad de pagina opnieuw.',
        });
      }
    }
    await next();
  };
}

/** The single place where an API request is checked against the role table. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return tagGuard<MiddlewareHandler<AppEnv>>(
    async (c, next) => {
      const session = c.get('session');
      if (!session) {
        return problemResponse(c, 401, 'unauthenticated', { en: 'Sign in first.', nl: 'Log eerst in.' });
      }
      if (!allows(session.roles, permission)) {
        return problemResponse(c, 403, 'forbidden', {
          en: `Your role may not do this (${permission}).`,
          nl: `Uw rol mag dit niet (${permission}).`,
        });
      }
      // Row-level security: from here on the request's queries run within its tenant.
      admit(c, databaseForSession(c.get('db'), session), session);
      await next();
    },
    { permission, kind: 'api' },
  );
}
