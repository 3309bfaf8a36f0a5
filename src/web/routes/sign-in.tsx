// Signing in and out, setting a password through a one-time link, and single sign-on (OpenID
// Connect). All public (listed in http/public-routes.ts): the signed-out forms rely on the Origin
// check in app.ts; a signed-in visitor's forms carry the CSRF token as everywhere else.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
// Everything here happens before a municipality is known: sign-in, one-time links and single
// sign-on use the named cross-tenant path identityLookup (services/auth/session-database.ts).
import type { Problem } from '../../domain/problems.ts';
import { orFormAgain } from '../../http/kit.ts';
import { identityLookup } from '../../services/auth/session-database.ts';
import { inspectLink, PASSWORD_MIN, usePasswordLink } from '../../services/auth/one-time-links.ts';
import { finishSso, oidcSettingsOf, ssoChoices, startSso, type PendingSso, type SsoOutcome } from '../../services/auth/oidc.ts';
import { attemptSignIn, SESSION_COOKIE, signOut } from '../../services/auth/sessions.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { demoSignInHint } from '../../services/browse.ts';
import { AccountMessagePage, PasswordPage, type PasswordProps } from '../pages/account/password.tsx';
import { SignInPage, type SignInErrors } from '../pages/sign-in.tsx';

const SSO_COOKIE = 'duiding_sso';
const SSO_COOKIE_PATH = '/inloggen/sso';

export function signInRoutes() {
  const app = new Hono<AppEnv>();
  /** A new session replaces the browser's previous one, which ends (no orphaned sessions). */
  const setSession = async (c: Context<AppEnv>, token: string) => {
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await signOut(identityLookup(c.get('db')), previous);
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: c.var.secureCookies, path: '/' });
  };

  app.get('/inloggen', async (c) => {
    if (c.get('session')) return c.redirect('/', 303);
    return c.html(
      <SignInPage view={c.var.view} demo={await demoSignInHint(identityLookup(c.get('db')))} sso={await ssoChoices(identityLookup(c.get('db')))} />,
    );
  });

  app.post('/inloggen', async (c) => {
    const v = c.var.view;
    const form = await c.req.parseBody();
    const email = typeof form.email === 'string' ? form.email.trim().slice(0, 320) : '';
    const password = typeof form.password === 'string' ? form.password.slice(0, 1000) : '';
    const tenant = typeof form.tenant === 'string' && form.tenant ? form.tenant.slice(0, 100) : undefined;
    const errors: SignInErrors = {};
    if (!email) errors.email = v.t.signIn.emailMissing;
    if (!password) errors.password = v.t.signIn.passwordMissing;
    const page = async (status: 400 | 401 | 409 | 429, choices?: { slug: string; name: string }[]) =>
      c.html(
        <SignInPage
          view={v}
          email={email}
          errors={errors}
          demo={await demoSignInHint(identityLookup(c.get('db')))}
          sso={await ssoChoices(identityLookup(c.get('db')))}
          choices={choices}
        />,
        status,
      );
    if (errors.email || errors.password) {
      return page(400);
    }
    const result = await attemptSignIn(identityLookup(c.get('db')), { email, password, tenantSlug: tenant, address: c.var.clientAddress });
    // The password fits accounts in several municipalities: only those are offered (the visitor
    // has just proved the password of each), and the password is asked again, never echoed.
    if (!result.ok && result.reason === 'choose') {
      errors.form = v.t.accounts.chooseTenant;
      return page(409, result.tenants);
    }
    if (!result.ok) {
      const throttled = result.reason === 'throttled';
      errors.form = throttled ? v.t.accounts.throttled(result.minutes) : v.t.signIn.failed;
      if (throttled) c.header('Retry-After', String(result.minutes * 60));
      return page(throttled ? 429 : 401);
    }
    await setSession(c, result.token);
    return c.redirect('/', 303);
  });

  // requireCsrf (app.ts) has already checked the form's _csrf against the session.
  app.post('/uitloggen', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token && c.get('session')) await signOut(identityLookup(c.get('db')), token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/inloggen', 303);
  });

  const invalidLink = (c: Context<AppEnv>) => {
    const v = c.var.view;
    const p = v.t.accounts.password;
    return c.html(<AccountMessagePage view={v} title={p.invalidTitle} message={p.invalid} link={{ href: '/inloggen', text: p.toSignIn }} />, 404);
  };

  app.get('/wachtwoord/:token', async (c) => {
    const token = c.req.param('token');
    const info = await inspectLink(identityLookup(c.get('db')), token);
    if (!info) return invalidLink(c);
    return c.html(<PasswordPage view={c.var.view} token={token} email={info.email} asksIdentity={info.asksIdentity} minLength={PASSWORD_MIN} />);
  });

  app.post('/wachtwoord/:token', async (c) => {
    const v = c.var.view;
    const token = c.req.param('token');
    const info = await inspectLink(identityLookup(c.get('db')), token);
    if (!info) return invalidLink(c);
    const form = await c.req.parseBody();
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const input = { password: text('password'), repeat: text('repeat'), email: text('email'), displayName: text('name') };
    const again = (problems: Problem[]) => {
      const errors: PasswordProps['errors'] = {};
      for (const problem of problems) errors[problem.field as keyof NonNullable<PasswordProps['errors']>] = v.lang === 'nl' ? problem.nl : problem.en;
      const values = { email: input.email, name: input.displayName };
      return c.html(
        <PasswordPage view={v} token={token} email={info.email} asksIdentity={info.asksIdentity} values={values} errors={errors} minLength={PASSWORD_MIN} />,
        400,
      );
    };
    return orFormAgain(async () => {
      const done = await usePasswordLink(identityLookup(c.get('db')), token, input);
      if (!done) return invalidLink(c);
      // Every session of this person has ended: if the visitor was signed in as them, so is theirs.
      const ownSessionEnded = c.get('session')?.userId === done.userId;
      if (ownSessionEnded) deleteCookie(c, SESSION_COOKIE, { path: '/' });
      const p = v.t.accounts.password;
      const shown = ownSessionEnded ? { ...v, session: null } : v;
      return c.html(<AccountMessagePage view={shown} title={p.doneTitle} message={p.done} link={{ href: '/inloggen', text: p.toSignIn }} />);
    }, again);
  });

  const ssoMessage = (c: Context<AppEnv>, title: string, message: string, status: 400 | 403 | 404 | 502, slug?: string) => {
    const v = c.var.view;
    const link = slug ? { href: `/inloggen/sso/${slug}`, text: v.t.accounts.sso.tryAgain } : { href: '/inloggen', text: v.t.accounts.sso.toSignIn };
    return c.html(<AccountMessagePage view={v} title={title} message={message} link={link} />, status);
  };

  app.get('/inloggen/sso/:slug', async (c) => {
    const slug = c.req.param('slug');
    const s = c.var.view.t.accounts.sso;
    const found = await oidcSettingsOf(identityLookup(c.get('db')), slug);
    if (!found) return ssoMessage(c, s.notConfiguredTitle, s.notConfigured, 404);
    const callback = `${new URL(c.req.url).origin}/inloggen/sso/${slug}/callback`;
    let started: Awaited<ReturnType<typeof startSso>>;
    try {
      started = await startSso(found.settings, slug, callback);
    } catch {
      return ssoMessage(c, s.refusedTitle, s.unavailable, 502, slug);
    }
    // Verifier, state and nonce stay in this browser only (never in a log or a URL of ours).
    setCookie(c, SSO_COOKIE, Buffer.from(JSON.stringify(started.pending)).toString('base64url'), {
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.var.secureCookies,
      path: SSO_COOKIE_PATH,
      maxAge: 600,
    });
    return c.redirect(started.url, 302);
  });

  app.get('/inloggen/sso/:slug/callback', async (c) => {
    const slug = c.req.param('slug');
    const s = c.var.view.t.accounts.sso;
    const pending = readPending(getCookie(c, SSO_COOKIE));
    deleteCookie(c, SSO_COOKIE, { path: SSO_COOKIE_PATH });
    const found = await oidcSettingsOf(identityLookup(c.get('db')), slug);
    if (!found) return ssoMessage(c, s.notConfiguredTitle, s.notConfigured, 404);
    if (!pending || pending.slug !== slug) return ssoMessage(c, s.refusedTitle, s.failed, 400, slug);
    const current = new URL(pending.callback);
    current.search = new URL(c.req.url).search;
    let outcome: SsoOutcome;
    try {
      outcome = await finishSso(identityLookup(c.get('db')), found.tenantId, found.settings, current, pending);
    } catch {
      // The provider could not be reached (discovery); protocol errors come back as 'failed'.
      return ssoMessage(c, s.refusedTitle, s.unavailable, 502, slug);
    }
    if (!outcome.ok)
      return ssoMessage(c, s.refusedTitle, s[outcome.reason], outcome.reason === 'failed' ? 400 : 403, outcome.reason === 'failed' ? slug : undefined);
    await setSession(c, outcome.token);
    return c.redirect('/', 303);
  });

  return app;
}

function readPending(value: string | undefined): PendingSso | null {
  if (!value || value.length > 4000) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PendingSso>;
    const fields = [parsed.slug, parsed.verifier, parsed.state, parsed.nonce, parsed.callback];
    return fields.every((f) => typeof f === 'string' && f.length > 0 && f.length < 1000) ? (parsed as PendingSso) : null;
  } catch {
    return null;
  }
}
