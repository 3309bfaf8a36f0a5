import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { identityLookup } from '../../services/auth/session-database.ts';
import { attemptSignIn, findSession, signOut } from '../../services/auth/sessions.ts';
import { SESSION_COOKIE, type AppEnv } from '../middleware/session.ts';
import { PROBLEM_HEADERS, problemDocument } from '../problem.ts';
import { ChooseTenantProblem, guarded, invalidInput, problem, PROBLEM_CONTENT_TYPE, publicErrors } from '../schemas/problem.ts';
import { SessionStarted, SignIn } from '../schemas/session.ts';

export function sessionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/session',
      summary: 'Sign in (sets the session cookie)',
      request: { body: { content: { 'application/json': { schema: SignIn } }, required: true } },
      responses: {
        200: { description: 'Signed in', content: { 'application/json': { schema: SessionStarted } } },
        ...invalidInput,
        401: problem('Wrong e-mail or password'),
        403: problem('A session cookie was sent without its CSRF token, or the request came from another site'),
        409: {
          description: 'The password fits accounts in several municipalities: `tenants` lists them; sign in again with `tenant`',
          content: { [PROBLEM_CONTENT_TYPE]: { schema: ChooseTenantProblem } },
        },
        429: problem('Too many failed attempts for this account or address; see Retry-After'),
        ...publicErrors,
      },
    }),
    async (c) => {
      const { email, password, tenant } = c.req.valid('json');
      const result = await attemptSignIn(identityLookup(c.get('db')), { email, password, tenantSlug: tenant, address: c.get('clientAddress') });
      if (!result.ok && result.reason === 'throttled') {
        c.header('Retry-After', String(result.minutes * 60));
        const minutes = result.minutes === 1 ? 'minuut' : 'minuten';
        const text = {
          en: `Too many attempts. Try again in ${result.minutes} minute${result.minutes === 1 ? '' : 's'}.`,
          nl: `Te veel pogingen. Probeer het over ${result.minutes} ${minutes} opnieuw.`,
        };
        return c.json(problemDocument(429, 'too-many-attempts', text), 429, PROBLEM_HEADERS);
      }
      if (!result.ok && result.reason === 'choose') {
        // RFC 9457 extension member; only the municipalities whose account this password opened.
        const text = {
          en: 'This password belongs to accounts in several municipalities. Sign in again with "tenant" set to one of them.',
          nl: 'Dit wachtwoord hoort bij accounts in meer dan één gemeente. Log opnieuw in met "tenant" ingevuld.',
        };
        const body = { ...problemDocument(409, 'choose-tenant', text), title: 'Choose a municipality', tenants: result.tenants };
        return c.json(body, 409, PROBLEM_HEADERS);
      }
      if (!result.ok) {
        const text = { en: 'Wrong e-mail address or password.', nl: 'E-mailadres of wachtwoord klopt niet.' };
        return c.json(problemDocument(401, 'sign-in-failed', text), 401, PROBLEM_HEADERS);
      }
      const token = result.token;
      // Like the sign-in form: the browser's previous session ends, it does not linger for 7 days.
      const previous = getCookie(c, SESSION_COOKIE);
      if (previous) await signOut(identityLookup(c.get('db')), previous);
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: c.get('secureCookies'), path: '/' });
      const session = await findSession(identityLookup(c.get('db')), token);
      return c.json({ csrfToken: session!.csrfToken }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/session',
      summary: 'Sign out',
      responses: { 204: { description: 'Signed out' }, 403: guarded[403], ...publicErrors },
    }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await signOut(identityLookup(c.get('db')), token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );
  return app;
}
