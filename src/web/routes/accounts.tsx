// /account (my account, switch municipality, sign out everywhere) and /beheer/gebruikers (user
// administration for the beheerder). Thin: guard → one service → page.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import { formatProblem, type Problem } from '../../domain/problems.ts';
import { identityLookup } from '../../services/auth/session-database.ts';
import type { Database } from '../../services/context.ts';
import { addMember, grantRole, isRole, listMembers, providerChoices, requireMember, resetLinkForMember, revokeRole } from '../../services/auth/members.ts';
import { linkPath } from '../../services/auth/one-time-links.ts';
import { SESSION_COOKIE, signOutEverywhere, switchTenant, tenantsOfUser } from '../../services/auth/sessions.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { requirePage } from '../guards.tsx';
import { AccountPage } from '../pages/account/account.tsx';
import { LinkPage, RemoveRolePage, UsersPage, type UsersProps } from '../pages/account/users.tsx';
import { orFormAgain, serviceContext } from '../../http/kit.ts';

// Switching municipality (only a single sign-on account can have more than one) writes the
// session row into ANOTHER tenant, which row-level security (scoped to the current tenant)
// rightly refuses. That route uses the named cross-tenant path identityLookup
// (services/auth/session-database.ts); the service still checks the membership itself. User administration
// needs no other municipality at all.
const unscoped = new WeakMap<Request, Database>();
const keepUnscopedDb: MiddlewareHandler<AppEnv> = async (c, next) => {
  unscoped.set(c.req.raw, identityLookup(c.get('db')));
  await next();
};

export function accountRoutes(options: { publicUrl?: string } = {}) {
  const app = new Hono<AppEnv>();
  const text = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
  const problemsOf = (c: Context<AppEnv>, problems: Problem[]) => problems.map((p) => (c.var.view.lang === 'nl' ? p.nl : formatProblem(p, 'en')));
  const linkUrl = (c: Context<AppEnv>, token: string) => `${options.publicUrl ?? new URL(c.req.url).origin}${linkPath(token)}`;

  const accountPage = async (c: Context<AppEnv>, extra: { notice?: string; error?: string } = {}, status: 200 | 400 = 200) => {
    const v = c.var.view;
    return c.html(<AccountPage view={v} tenants={await tenantsOfUser(c.get('db'), v.session!.userId)} {...extra} />, status);
  };

  app.get('/account', requirePage('overview.read'), (c) => accountPage(c));

  app.post('/account/gemeente', keepUnscopedDb, requirePage('overview.read'), async (c) => {
    const session = c.get('session')!;
    const token = getCookie(c, SESSION_COOKIE)!;
    const slug = text(await c.req.parseBody(), 'tenant');
    const db = unscoped.get(c.req.raw) ?? c.get('db');
    if (!(await switchTenant(db, token, session, slug))) return accountPage(c, { error: c.var.view.t.accounts.account.switchFailed }, 400);
    return c.redirect('/', 303);
  });

  app.post('/account/overal-uitloggen', requirePage('overview.read'), async (c) => {
    await signOutEverywhere(c.get('db'), c.get('session')!.userId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/inloggen', 303);
  });

  const usersPage = async (c: Context<AppEnv>, extra: Pick<UsersProps, 'notice' | 'errors' | 'values'> = {}, status: 200 | 400 | 404 = 200) => {
    const ctx = serviceContext(c);
    const [members, providers] = await Promise.all([listMembers(ctx), providerChoices(ctx)]);
    return c.html(<UsersPage view={c.var.view} members={members} providers={providers} {...extra} />, status);
  };
  /** Runs a change; input problems come back on the page instead of an error. */
  const change = (c: Context<AppEnv>, work: () => Promise<Response>, values?: UsersProps['values']) =>
    orFormAgain(work, (problems, refusal) => usersPage(c, { errors: problemsOf(c, problems), values }, refusal.kind === 'not-found' ? 404 : 400), [
      'input',
      'not-found',
    ]);

  app.get('/beheer/gebruikers', requirePage('users.manage'), (c) => usersPage(c));

  app.post('/beheer/gebruikers', requirePage('users.manage'), async (c) => {
    const form = await c.req.parseBody();
    const input = { email: text(form, 'email'), displayName: text(form, 'name'), role: text(form, 'role'), providerCode: text(form, 'provider') };
    return change(
      c,
      async () => {
        const ctx = serviceContext(c);
        const added = await addMember(ctx, input);
        const member = await requireMember(ctx, added.userId);
        const notice = c.var.view.t.accounts.users.added(member.displayName);
        if (!added.token) return usersPage(c, { notice });
        return c.html(<LinkPage view={c.var.view} name={member.displayName} url={linkUrl(c, added.token)} notice={notice} />);
      },
      { email: input.email, name: input.displayName },
    );
  });

  app.post('/beheer/gebruikers/:userId/rollen', requirePage('users.manage'), async (c) => {
    const form = await c.req.parseBody();
    return change(c, async () => {
      await grantRole(serviceContext(c), c.req.param('userId'), text(form, 'role'), text(form, 'provider'));
      return usersPage(c, { notice: c.var.view.t.accounts.users.roleAdded });
    });
  });

  app.get('/beheer/gebruikers/:userId/rol-verwijderen', requirePage('users.manage'), async (c) => {
    const role = c.req.query('rol');
    return change(c, async () => {
      const member = await requireMember(serviceContext(c), c.req.param('userId'));
      if (!isRole(role) || !member.roles.some((r) => r.role === role)) return usersPage(c, {}, 404);
      const v = c.var.view;
      return c.html(<RemoveRolePage view={v} userId={member.userId} role={role} roleName={v.t.accounts.roles[role]} name={member.displayName} />);
    });
  });

  app.post('/beheer/gebruikers/:userId/rol-verwijderen', requirePage('users.manage'), async (c) => {
    const form = await c.req.parseBody();
    return change(c, async () => {
      await requireMember(serviceContext(c), c.req.param('userId'));
      await revokeRole(serviceContext(c), c.req.param('userId'), text(form, 'role'));
      return usersPage(c, { notice: c.var.view.t.accounts.users.roleRemoved });
    });
  });

  app.post('/beheer/gebruikers/:userId/wachtwoordlink', requirePage('users.manage'), async (c) =>
    change(c, async () => {
      const { token, member } = await resetLinkForMember(serviceContext(c), c.req.param('userId'));
      return c.html(<LinkPage view={c.var.view} name={member.displayName} url={linkUrl(c, token)} />);
    }),
  );

  return app;
}
