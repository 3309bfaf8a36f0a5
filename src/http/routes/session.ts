import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { identityLookup } from '../../services/auth/session-database.ts';
import { attemptSignIn, findSession, signOut } from '../../services/auth/sessions.ts';
import { SESSION_COOKIE, type AppEnv } from '../middleware/session.ts';
import { problemResponse } from '../problem.ts';

export function sessionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const SignIn = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1000), tenant: z.string().max(100).optional() });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/session',
      summary: 'Sign in (sets the session cookie)',
      request: { body: { content: { 'application/json': { schema: SignIn } }, required: true } },
      responses: {
        200: { description: 'Signed in', content: { 'application/json': { schema: z.object({ csrfToken: z.string() }) } } },
        401: { description: 'Wrong e-mail or password' },
        409: { description: 'The password fits accounts in several municipalities: `tenants` lists them; sign in again with `tenant`' },
        429: { description: 'Too many failed attempts for this account or address; see Retry-After' },
      },
    }),
    async (c) => {
      const { email, password, tenant } = c.req.valid('json');
      const result = await attemptSignIn(identityLookup(c.get('db')), { email, password, tenantSlug: tenant, address: c.get('clientAddress') });
      if (!result.ok && result.reason === 'throttled') {
        c.header('Retry-After', String(result.minutes * 60));
        const minutes = result.minutes === 1 ? 'minuut' : 'minuten';
        return problemResponse(c, 429, 'too-many-attempts', {
          en: `Too many attempts. Try again in ${result.minutes} minute${result.minutes === 1 ? '' : 's'}.`,
          nl: `Te veel pogingen. Probeer het over ${result.minutes} ${minutes} opnieuw.`,
        }) as never;
      }
      if (!result.ok && result.reason === 'choose') {
        // RFC 9457 extension member; only the municipalities whose account this password opened.
        const body = {
          type: 'https://duiding.nl/problems/choose-tenant',
          title: 'Choose a municipality',
          status: 409,
          detail: 'This password belongs to accounts in several municipalities. Sign in again with "tenant" set to one of them.',
          detail_nl: 'Dit wachtwoord hoort bij accounts in meer dan één gemeente. Log opnieuw in met "tenant" ingevuld.',
          tenants: result.tenants,
        };
        return c.body(JSON.stringify(body), 409, { 'content-type': 'application/problem+json; charset=utf-8' }) as never;
      }
      if (!result.ok) {
        return problemResponse(c, 401, 'sign-in-failed', { en: 'Wrong e-mail address or password.', nl: 'E-mailadres of wachtwoord klopt niet.' }) as never;
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
    createRoute({ method: 'delete', path: '/api/v1/session', summary: 'Sign out', responses: { 204: { description: 'Signed out' } } }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await signOut(identityLookup(c.get('db')), token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );
  return app;
}
