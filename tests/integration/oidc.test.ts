// Single sign-on against a REAL OpenID Connect provider (oidc-provider on loopback): the full
// authorization code flow with PKCE, state and nonce, linking by (issuer, subject), role mapping,
// refusal of unmapped roles, a tampered state, and accounts of other municipalities left alone.
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { updateTenantSettings } from '../../src/db/repositories/accounts.repository.ts';
import { listAudit } from '../../src/db/repositories/audit.repository.ts';
import { addMembership, findUserByEmail, rolesInTenant, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { userIdentities } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { createSession, findSession } from '../../src/services/auth/sessions.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { loginAtProvider, ROLE_CLAIM, startOidcProvider, type TestAccount, type TestProvider } from '../support/oidc-provider.ts';
import { createTestTenant } from '../support/tenant.ts';

const APP = 'http://localhost';
const callbackOf = (slug: string) => `${APP}/inloggen/sso/${slug}/callback`;
const CALLBACK = callbackOf('sso-stad');

describe.each(testDatabaseTargets())('single sign-on on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let provider: TestProvider;
  let tenantId: string;
  let elsewhere: string;

  const jan: TestAccount = {
    sub: 'jan-123',
    email: 'jan@sso-stad.example',
    email_verified: true,
    name: 'Jan Jansen',
    [ROLE_CLAIM]: ['medewerkers', 'team-analyse'],
  };

  beforeAll(async () => {
    handle = await create();
    provider = await startOidcProvider({
      redirectUris: [CALLBACK, callbackOf('sso-dorp')],
      accounts: [
        { sub: 'piet-456', email: 'piet@sso-stad.example', email_verified: true, name: 'Piet', [ROLE_CLAIM]: 'kantine' },
        { sub: 'bestaand-789', email: 'bestaand@sso-stad.example', email_verified: true, name: 'Bestaand', [ROLE_CLAIM]: 'raadsleden' },
        { sub: 'elders-1', email: 'elders@sso-stad.example', email_verified: true, name: 'Elders', [ROLE_CLAIM]: 'team-analyse' },
        jan,
      ],
    });
    tenantId = (await createTestTenant(handle, 'sso-stad')).tenantId;
    await updateTenantSettings(handle.db, tenantId, {
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        roleClaim: ROLE_CLAIM,
        roleMap: { 'team-analyse': 'analist', raadsleden: 'raad' },
        scope: 'openid email profile duiding',
      },
    });
    // Someone who already has a local account with an interviewer role: linked by verified e-mail.
    const existing = await upsertUser(handle.db, {
      email: 'bestaand@sso-stad.example',
      displayName: 'Bestaand',
      passwordHash: await hash('een-bekend-wachtwoord'),
      homeTenantId: tenantId,
    });
    await addMembership(handle.db, { tenantId, userId: existing, role: 'interviewer' });
    // Someone with the same verified address who works for another municipality: never taken over.
    elsewhere = (await createTestTenant(handle, 'elders')).tenantId;
    const other = await upsertUser(handle.db, {
      email: 'elders@sso-stad.example',
      displayName: 'Elders',
      passwordHash: await hash('wachtwoord-van-elders'),
      homeTenantId: elsewhere,
    });
    await addMembership(handle.db, { tenantId: elsewhere, userId: other, role: 'beheerder' });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: APP });
  });
  afterAll(async () => {
    await provider?.close();
    await handle?.close();
  });

  /** Start at our app, sign in at the provider, come back: the callback's response. */
  async function ssoAs(login: string, tamper?: (callback: URL) => void, slug = 'sso-stad') {
    const start = await app.request(`/inloggen/sso/${slug}`);
    expect(start.status).toBe(302);
    const ssoCookie = start.headers.get('set-cookie')!;
    expect(ssoCookie).toMatch(/duiding_sso=.*HttpOnly/i);
    expect(ssoCookie).toMatch(/SameSite=Lax/i);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const callback = await loginAtProvider(authorize.href, login, callbackOf(slug));
    tamper?.(callback);
    return app.request(callback.pathname + callback.search, { headers: { cookie: ssoCookie.split(';')[0] } });
  }

  it('signs in through the provider with the mapped role, and links the person by issuer and subject', async () => {
    const done = await ssoAs('jan-123');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/');
    const session = done.headers.getSetCookie().find((c) => c.startsWith('duiding_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    const account = await (await app.request('/account', { headers: { cookie: session.split(';')[0] } })).text();
    expect(account).toContain('Jan Jansen');
    expect(account).toContain('Analist');
    const user = await findUserByEmail(handle.db, 'jan@sso-stad.example');
    const [identity] = await handle.db.select().from(userIdentities).where(eq(userIdentities.userId, user!.id));
    expect(identity).toMatchObject({ issuer: provider.issuer, subject: 'jan-123' });
    // A second sign-in finds the same person by (issuer, subject).
    expect((await ssoAs('jan-123')).status).toBe(303);
    expect(await handle.db.select().from(userIdentities).where(eq(userIdentities.userId, user!.id))).toHaveLength(1);
  });

  it('refuses a person whose role claim maps to no role, with a clear Dutch page', async () => {
    const refused = await ssoAs('piet-456');
    expect(refused.status).toBe(403);
    const page = await refused.text();
    expect(page).toContain('Inloggen is niet gelukt');
    expect(page).toContain('u heeft geen rol in Duiding voor deze gemeente');
    expect(refused.headers.getSetCookie().some((c) => c.startsWith('duiding_session='))).toBe(false);
    expect(await findUserByEmail(handle.db, 'piet@sso-stad.example')).toBeNull();
  });

  it('links an existing account by verified e-mail and lets the provider decide the roles', async () => {
    const before = await createSession(handle.db, (await findUserByEmail(handle.db, 'bestaand@sso-stad.example', tenantId))!.id, tenantId);
    const done = await ssoAs('bestaand-789');
    expect(done.status).toBe(303);
    const session = done.headers
      .getSetCookie()
      .find((c) => c.startsWith('duiding_session='))!
      .split(';')[0];
    expect((await app.request('/verhalen', { headers: { cookie: session } })).status).toBe(403); // raad
    const user = await findUserByEmail(handle.db, 'bestaand@sso-stad.example');
    // From now on only the provider signs this person in: the old password (which the beheerder
    // may know from its link) and the sessions made with it end.
    expect(user).toMatchObject({ homeTenantId: null, hasPassword: false });
    expect(await findSession(handle.db, before)).toBeNull();
    const changes = (await listAudit(handle.db, tenantId)).filter((e) => e.action === 'membership.change' && e.subject === user!.id);
    expect(changes.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        { change: 'remove', role: 'interviewer', by: 'sso' },
        { change: 'add', role: 'raad', by: 'sso' },
      ]),
    );
  });

  it('refuses a callback whose state does not match, and one without the browser cookie', async () => {
    const tampered = await ssoAs('jan-123', (callback) => callback.searchParams.set('state', 'vervalst'));
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain('mislukt of verlopen');
    const noCookie = await app.request('/inloggen/sso/sso-stad/callback?code=x&state=y');
    expect(noCookie.status).toBe(400);
  });

  it('never links or changes an account of another municipality with the same address', async () => {
    const done = await ssoAs('elders-1');
    expect(done.status).toBe(303);
    const local = await findUserByEmail(handle.db, 'elders@sso-stad.example', elsewhere);
    expect(local?.hasPassword).toBe(true);
    expect(await rolesInTenant(handle.db, local!.id, tenantId)).toEqual([]);
    expect(await rolesInTenant(handle.db, local!.id, elsewhere)).toEqual(['beheerder']);
    expect(await handle.db.select().from(userIdentities).where(eq(userIdentities.userId, local!.id))).toHaveLength(0);
    // The provider's person got a single sign-on account of its own, with the mapped role here.
    const [identity] = await handle.db.select().from(userIdentities).where(eq(userIdentities.subject, 'elders-1'));
    expect(identity.userId).not.toBe(local!.id);
    expect(await rolesInTenant(handle.db, identity.userId, tenantId)).toEqual(['analist']);
  });

  it('ends the roles of a linked person when the provider no longer maps them', async () => {
    const user = await findUserByEmail(handle.db, 'jan@sso-stad.example');
    expect(await rolesInTenant(handle.db, user!.id, tenantId)).toEqual(['analist']);
    jan[ROLE_CLAIM] = ['medewerkers'];
    try {
      expect((await ssoAs('jan-123')).status).toBe(403);
      expect(await rolesInTenant(handle.db, user!.id, tenantId)).toEqual([]);
    } finally {
      jan[ROLE_CLAIM] = ['medewerkers', 'team-analyse'];
    }
  });

  it('is one account in two municipalities that trust the same provider, and switches between them', async () => {
    const dorp = (await createTestTenant(handle, 'sso-dorp')).tenantId;
    const stad = (await handle.db.query.tenants.findFirst({ where: (t, { eq: equals }) => equals(t.id, tenantId) }))!.settings as {
      oidc: Record<string, unknown>;
    };
    await updateTenantSettings(handle.db, dorp, { oidc: { ...stad.oidc, roleMap: { 'team-analyse': 'raad' } } });
    expect((await ssoAs('jan-123')).status).toBe(303); // analist in sso-stad (again)
    const first = await ssoAs('jan-123', undefined, 'sso-dorp');
    expect(first.status).toBe(303);
    const [identity] = await handle.db.select().from(userIdentities).where(eq(userIdentities.subject, 'jan-123'));
    expect(await rolesInTenant(handle.db, identity.userId, dorp)).toEqual(['raad']);
    expect(await rolesInTenant(handle.db, identity.userId, tenantId)).toEqual(['analist']);
    const cookie = first.headers
      .getSetCookie()
      .find((c) => c.startsWith('duiding_session='))!
      .split(';')[0];
    const csrf = (await findSession(handle.db, cookie.split('=')[1]))!.csrfToken;
    const switched = await app.request('/account/gemeente', {
      method: 'POST',
      headers: { cookie, origin: APP, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ tenant: 'sso-stad', _csrf: csrf }).toString(),
    });
    expect(switched.status).toBe(303);
    expect((await findSession(handle.db, cookie.split('=')[1]))?.roles).toEqual(['analist']);
  });

  it('answers a municipality without SSO with a Dutch page', async () => {
    const none = await app.request('/inloggen/sso/bestaat-niet');
    expect(none.status).toBe(404);
    expect(await none.text()).toContain('niet ingesteld');
  });
});
