// The page side of the policy layer: every page route is guarded here (the API's counterpart is
// http/middleware/session.ts requirePermission).
import type { MiddlewareHandler } from 'hono';
import { admit } from '../http/kit.ts';
import { tagGuard } from '../http/middleware/guard-tag.ts';
import { databaseForSession } from '../services/auth/session-database.ts';
import { allows, type Permission } from '../services/auth/policy.ts';
import { MessagePage } from './pages/message.tsx';
import type { PageEnv } from './view.ts';

/** Signed out → the sign-in page; signed in without the right role → a 403 page in Dutch. */
export function requirePage(permission: Permission): MiddlewareHandler<PageEnv> {
  return tagGuard<MiddlewareHandler<PageEnv>>(
    async (c, next) => {
      const session = c.get('session');
      if (!session) return c.redirect('/inloggen', 303);
      if (!allows(session.roles, permission)) {
        const v = c.get('view');
        return c.html(<MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.forbidden} />, 403);
      }
      // Row-level security: from here on the request's queries run within its tenant.
      admit(c, databaseForSession(c.get('db'), session), session);
      await next();
    },
    { permission, kind: 'page' },
  );
}
