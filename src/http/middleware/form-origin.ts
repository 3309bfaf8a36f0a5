// The Origin check for cross-site form posts (hono/csrf), with one exception: a request that
// carries its session's CSRF token in the `x-csrf-token` header.
//
// hono/csrf treats a state-changing request without a Content-Type as a form post (it reads a
// missing type as text/plain, which a cross-site <form> can send), so an API client's
// `DELETE /api/v1/observations/{id}` or a bodyless `PUT …/codes/{slug}` — no body, hence no
// Content-Type, and no Origin outside a browser — was refused even with a valid token. A header is
// what a cross-site form cannot send, and a cross-site script cannot add one without a CORS
// preflight, which this app never grants; the token in it must also be this session's (the token
// is on pages of this origin only). So such a request needs no Origin. Every other unsafe request
// keeps hono/csrf's check, and requireCsrf (session.ts) still demands the token of every request
// that carries a session cookie.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from './session.ts';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Runs after loadSession: the session decides whether the header's token is valid. */
export function formOrigin(allowed: (origin: string) => boolean): MiddlewareHandler<AppEnv> {
  const originCheck = csrf({ origin: allowed });
  return async (c, next) => {
    const token = c.req.header('x-csrf-token');
    const session = c.get('session');
    if (token && session && sameToken(token, session.csrfToken)) return next();
    return originCheck(c, next);
  };
}
