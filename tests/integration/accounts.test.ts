// Accounts against the real app and database: password links, sign out everywhere, one account
// per municipality (and switching only for a single sign-on account), user administration with its
// audit trail, and setting up a municipality (tenant create, first start). Sign-in throttling is in
// sign-in-throttle.test.ts.
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { listAudit } from '../../src/db/repositories/audit.repository.ts';
import { upsertProviders } from '../../src/db/repositories/tenants.repository.ts';
import { addMembership, findUserByEmail, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { userTokens } from '../../src/db/schema/index.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { createApp } from '../../src/http/app.ts';
import { inspectLink, resetLinkForEmail, usePasswordLink } from '../../src/services/auth/one-time-links.ts';
import { attemptSignIn, createSession, findSession } from '../../src/services/auth/sessions.ts';
import { createTenantWithAdmin, prepareFirstStart } from '../../src/services/auth/tenant-setup.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const PASSWORD = 'een-goed-wachtwoord';
const ORIGIN = 'http://localhost';

describe.each(testDatabaseTargets())('accounts on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let alfa: string;
  let beta: string;

  /** A local account: it belongs to the municipality of its roles (one account per municipality). */
  async function person(email: string, memberships: { tenantId: string; role: 'beheerder' | 'analist' | 'raad' }[], password = PASSWORD) {
    const userId = await upsertUser(handle.db, {
      email,
      displayName: email.split('@')[0],
      passwordHash: await hash(password),
      homeTenantId: memberships[0].tenantId,
    });
    for (const m of memberships) await addMembership(handle.db, { ...m, userId });
    return userId;
  }

  async function signIn(email: string, password = PASSWORD) {
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie, csrfToken };
  }

  const get = (path: string, who?: { cookie: string }) => app.request(path, { headers: who ? { cookie: who.cookie } : {} });
  function post(path: string, fields: Record<string, string>, who?: { cookie: string; csrfToken: string }) {
    const body = new URLSearchParams(who ? { ...fields, _csrf: who.csrfToken } : fields);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN };
    if (who) headers.cookie = who.cookie;
    return app.request(path, { method: 'POST', headers, body: body.toString() });
  }

  beforeAll(async () => {
    handle = await create();
    alfa = (await createTestTenant(handle, 'alfa')).tenantId;
    beta = (await createTestTenant(handle, 'beta')).tenantId;
    await upsertProviders(handle.db, alfa, [{ code: 'P01', name: 'Aanbieder Een' }]);
    await person('beheer@alfa.example', [{ tenantId: alfa, role: 'beheerder' }]);
    await person('analist@alfa.example', [{ tenantId: alfa, role: 'analist' }]);
    // The same e-mail in two municipalities: two accounts, two passwords.
    await person('twee@gemeenten.example', [{ tenantId: alfa, role: 'analist' }]);
    await person('twee@gemeenten.example', [{ tenantId: beta, role: 'raad' }], 'het-wachtwoord-van-beta');
    await person('slot@alfa.example', [{ tenantId: alfa, role: 'analist' }]);
    await person('beheer@beta.example', [{ tenantId: beta, role: 'beheerder' }]);
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
  });
  afterAll(async () => handle?.close());

  it('sets a password through a one-time link: rules in Dutch, once only, expires, ends all sessions', async () => {
    const before = await signIn('analist@alfa.example');
    const token = await resetLinkForEmail(handle.db, 'analist@alfa.example');
    const form = await get(`/wachtwoord/${token}`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('analist@alfa.example');
    const short = await post(`/wachtwoord/${token}`, { password: 'kort', repeat: 'kort' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('Het wachtwoord is te kort. Gebruik minstens 12 tekens.');
    const mismatch = await post(`/wachtwoord/${token}`, { password: 'nieuw-wachtwoord-1', repeat: 'nieuw-wachtwoord-2' });
    expect(await mismatch.text()).toContain('De twee wachtwoorden zijn niet gelijk.');
    const done = await post(`/wachtwoord/${token}`, { password: 'nieuw-wachtwoord-1', repeat: 'nieuw-wachtwoord-1' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Wachtwoord opgeslagen');
    // The old session ended; the new password works; the link does not work twice.
    expect((await get('/account', before)).headers.get('location')).toBe('/inloggen');
    await signIn('analist@alfa.example', 'nieuw-wachtwoord-1');
    const again = await post(`/wachtwoord/${token}`, { password: 'nog-een-wachtwoord', repeat: 'nog-een-wachtwoord' });
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('Deze link werkt niet meer');
    // Expired after 24 hours; only a hash of the token is stored.
    const late = await resetLinkForEmail(handle.db, 'analist@alfa.example');
    const rows = await handle.db.select().from(userTokens);
    expect(JSON.stringify(rows)).not.toContain(late);
    await handle.db.update(userTokens).set({ expiresAt: sql`now() - interval '1 second'` });
    expect(await inspectLink(handle.db, late)).toBeNull();
    expect((await get(`/wachtwoord/${late}`)).status).toBe(404);
    await expect(resetLinkForEmail(handle.db, 'onbekend@alfa.example')).rejects.toThrow(InputRejected);
    // Back to the shared password for the next tests.
    const reset = await resetLinkForEmail(handle.db, 'analist@alfa.example');
    await usePasswordLink(handle.db, reset, { password: PASSWORD, repeat: PASSWORD });
  });

  it('signs out everywhere: every session of the person ends', async () => {
    const one = await signIn('twee@gemeenten.example');
    const two = await signIn('twee@gemeenten.example');
    expect((await get('/account', two)).status).toBe(200);
    const out = await post('/account/overal-uitloggen', {}, one);
    expect(out.status).toBe(303);
    expect((await get('/account', one)).status).toBe(303);
    expect((await get('/account', two)).status).toBe(303);
    // Without the CSRF field the form is refused.
    const three = await signIn('twee@gemeenten.example');
    const forged = await app.request('/account/overal-uitloggen', {
      method: 'POST',
      headers: { cookie: three.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(forged.status).toBe(403);
  });

  it('signs a person with accounts in two municipalities into the one whose password matched', async () => {
    const inAlfa = await signIn('twee@gemeenten.example');
    expect(await (await get('/account', inAlfa)).text()).toContain('Gemeente alfa');
    expect((await get('/verhalen', inAlfa)).status).toBe(200); // analist in alfa
    const inBeta = await signIn('twee@gemeenten.example', 'het-wachtwoord-van-beta');
    expect((await get('/verhalen', inBeta)).status).toBe(403); // raad in beta
    expect(await (await get('/account', inBeta)).text()).toContain('Raadslid');
    // No switching between two local accounts: beta is not alfa's account's municipality.
    const toBeta = await post('/account/gemeente', { tenant: 'beta' }, inAlfa);
    expect(toBeta.status).toBe(400);
    expect(await toBeta.text()).toContain('U bent geen lid van die gemeente.');
    // A password of alfa's account never opens beta, not even when beta is asked for.
    const forced = await attemptSignIn(handle.db, { email: 'twee@gemeenten.example', password: PASSWORD, tenantSlug: 'beta' });
    expect(forced).toEqual({ ok: false, reason: 'wrong' });
  });

  it('asks which municipality when one password opens accounts in two, and offers only those', async () => {
    await person('zelfde@gemeenten.example', [{ tenantId: alfa, role: 'analist' }]);
    await person('zelfde@gemeenten.example', [{ tenantId: beta, role: 'raad' }]);
    const api = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'zelfde@gemeenten.example', password: PASSWORD }),
    });
    expect(api.status).toBe(409);
    expect(((await api.json()) as { tenants: { slug: string }[] }).tenants.map((t) => t.slug)).toEqual(['alfa', 'beta']);
    expect(api.headers.get('set-cookie')).toBeNull();
    const page = await post('/inloggen', { email: 'zelfde@gemeenten.example', password: PASSWORD });
    expect(page.status).toBe(409);
    const html = await page.text();
    expect(html).toContain('Kies de gemeente waarin u wilt werken');
    expect(html).toContain('value="beta"');
    expect(html).not.toContain(PASSWORD);
    const chosen = await post('/inloggen', { email: 'zelfde@gemeenten.example', password: PASSWORD, tenant: 'beta' });
    expect(chosen.status).toBe(303);
    const cookie = chosen.headers.get('set-cookie')!.split(';')[0];
    expect(await (await get('/account', { cookie })).text()).toContain('Raadslid');
  });

  it('switches municipality for a single sign-on account: the session moves, the roles follow', async () => {
    const userId = await upsertUser(handle.db, { email: 'sso@gemeenten.example', displayName: 'Via SSO', passwordHash: null, homeTenantId: null });
    await addMembership(handle.db, { tenantId: alfa, userId, role: 'analist' });
    await addMembership(handle.db, { tenantId: beta, userId, role: 'raad' });
    const token = await createSession(handle.db, userId, alfa);
    const who = { cookie: `duiding_session=${token}`, csrfToken: (await findSession(handle.db, token))!.csrfToken };
    const page = await (await get('/account', who)).text();
    expect(page).toContain('Gemeente alfa');
    expect(page).toContain('Gemeente beta');
    const toBeta = await post('/account/gemeente', { tenant: 'beta' }, who);
    expect(toBeta.status).toBe(303);
    expect((await get('/verhalen', who)).status).toBe(403); // raad in beta
    expect(await (await get('/account', who)).text()).toContain('Raadslid');
    expect((await post('/account/gemeente', { tenant: 'alfa' }, who)).status).toBe(303);
    expect((await get('/verhalen', who)).status).toBe(200); // analist in alfa
    const nowhere = await post('/account/gemeente', { tenant: 'voorbeeld' }, who);
    expect(nowhere.status).toBe(400);
    expect(await nowhere.text()).toContain('U bent geen lid van die gemeente.');
    // A single sign-on account never gets a password, so no beheerder's link can open it.
    const admin = await signIn('beheer@alfa.example');
    const refused = await post(`/beheer/gebruikers/${userId}/wachtwoordlink`, {}, admin);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('single sign-on');
  });

  it('lets the beheerder add people, change and remove roles, with every change in the audit log', async () => {
    const admin = await signIn('beheer@alfa.example');
    expect((await get('/beheer/gebruikers', await signIn('analist@alfa.example'))).status).toBe(403);
    const list = await (await get('/beheer/gebruikers', admin)).text();
    expect(list).toContain('analist@alfa.example');
    expect(list).not.toContain('beheer@beta.example');

    const added = await post('/beheer/gebruikers', { email: 'Nieuw@Alfa.example', name: 'Nieuwe Collega', role: 'interviewer', provider: '' }, admin);
    expect(added.status).toBe(200);
    const addedText = await added.text();
    expect(addedText).toContain('Nieuwe Collega is toegevoegd.');
    const link = /\/wachtwoord\/([A-Za-z0-9_-]+)/.exec(addedText)![1];
    expect((await inspectLink(handle.db, link))?.email).toBe('nieuw@alfa.example');
    const newId = (await findUserByEmail(handle.db, 'nieuw@alfa.example', alfa))!.id;

    const noProvider = await post(`/beheer/gebruikers/${newId}/rollen`, { role: 'aanbieder', provider: '' }, admin);
    expect(noProvider.status).toBe(400);
    expect(await noProvider.text()).toContain('Kies de aanbieder bij de rol aanbieder.');
    expect((await post(`/beheer/gebruikers/${newId}/rollen`, { role: 'aanbieder', provider: 'P01' }, admin)).status).toBe(200);

    const confirm = await get(`/beheer/gebruikers/${newId}/rol-verwijderen?rol=interviewer`, admin);
    expect(await confirm.text()).toContain('Weet u zeker dat u de rol Interviewer van Nieuwe Collega wilt verwijderen?');
    expect((await post(`/beheer/gebruikers/${newId}/rol-verwijderen`, { role: 'interviewer' }, admin)).status).toBe(200);

    const beheerId = (await findUserByEmail(handle.db, 'beheer@alfa.example', alfa))!.id;
    const last = await post(`/beheer/gebruikers/${beheerId}/rol-verwijderen`, { role: 'beheerder' }, admin);
    expect(last.status).toBe(400);
    expect(await last.text()).toContain('Dit is de laatste beheerder van de gemeente.');

    const audit = (await listAudit(handle.db, alfa)).filter((e) => e.action === 'membership.change' && e.subject === newId);
    expect(audit.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        { change: 'add', role: 'interviewer' },
        { change: 'add', role: 'aanbieder', providerCode: 'P01' },
        { change: 'remove', role: 'interviewer' },
      ]),
    );
    expect(audit.every((e) => e.actorUserId === beheerId)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('nieuw@alfa.example');

    // Alfa's account of someone who also has an account in beta is alfa's own: a link is fine,
    // and it sets only alfa's password.
    const tweeId = (await findUserByEmail(handle.db, 'twee@gemeenten.example', alfa))!.id;
    expect(await (await post(`/beheer/gebruikers/${tweeId}/wachtwoordlink`, {}, admin)).text()).toMatch(/\/wachtwoord\/[A-Za-z0-9_-]{40,}/);
    const own = await post(`/beheer/gebruikers/${newId}/wachtwoordlink`, {}, admin);
    expect(await own.text()).toMatch(/\/wachtwoord\/[A-Za-z0-9_-]{40,}/);
    // Not a member of alfa: 404, nothing changes.
    const betaAdmin = (await findUserByEmail(handle.db, 'beheer@beta.example', beta))!.id;
    expect((await post(`/beheer/gebruikers/${betaAdmin}/wachtwoordlink`, {}, admin)).status).toBe(404);
    expect((await post(`/beheer/gebruikers/${betaAdmin}/rol-verwijderen`, { role: 'beheerder' }, admin)).status).toBe(404);
  });

  it('creates a municipality with its administrator and a one-time link', async () => {
    const created = await createTenantWithAdmin(handle.db, { slug: 'gamma', name: 'Gemeente Gamma', adminEmail: 'Beheer@Gamma.example' });
    expect(created.token).toBeTruthy();
    expect(await inspectLink(handle.db, created.token!)).toMatchObject({ email: 'beheer@gamma.example', purpose: 'first-admin', asksIdentity: false });
    await expect(createTenantWithAdmin(handle.db, { slug: 'gamma', name: 'Nog een', adminEmail: 'x@y.example' })).rejects.toThrow(/bestaat al|already exists/);
    await expect(createTenantWithAdmin(handle.db, { slug: 'Fout Slug', name: 'X', adminEmail: 'geen-adres' })).rejects.toThrow(InputRejected);
    // An e-mail with an account elsewhere gets a NEW account of delta, with its own link; the
    // password of alfa's account does not open delta.
    const existing = await createTenantWithAdmin(handle.db, { slug: 'delta', name: 'Gemeente Delta', adminEmail: 'analist@alfa.example' });
    expect(await inspectLink(handle.db, existing.token)).toMatchObject({ email: 'analist@alfa.example', homeTenantId: existing.tenantId });
    expect(await attemptSignIn(handle.db, { email: 'analist@alfa.example', password: PASSWORD, tenantSlug: 'delta' })).toEqual({ ok: false, reason: 'wrong' });
  });
});

describe.each(testDatabaseTargets())('first start on $name', ({ create }) => {
  it('creates a first administrator on an empty installation; with only the demo it gives a hint', async () => {
    const handle = await create();
    try {
      const first = await prepareFirstStart(handle.db);
      expect(first.kind).toBe('link');
      const token = (first as { token: string }).token;
      expect(await inspectLink(handle.db, token)).toMatchObject({ asksIdentity: true, purpose: 'first-admin' });
      // A restart before the link was used prints a new link; the old one stops working.
      const second = await prepareFirstStart(handle.db);
      expect(second.kind).toBe('link');
      expect(await inspectLink(handle.db, token)).toBeNull();
      const fresh = (second as { token: string }).token;
      await expect(usePasswordLink(handle.db, fresh, { password: PASSWORD, repeat: PASSWORD, email: 'geen', displayName: '' })).rejects.toThrow(InputRejected);
      const done = await usePasswordLink(handle.db, fresh, {
        password: PASSWORD,
        repeat: PASSWORD,
        email: 'Eerste@Gemeente.nl',
        displayName: 'Eerste Beheerder',
      });
      expect(done).not.toBeNull();
      const user = await findUserByEmail(handle.db, 'eerste@gemeente.nl');
      expect(user?.displayName).toBe('Eerste Beheerder');
      expect((await attemptSignIn(handle.db, { email: 'eerste@gemeente.nl', password: PASSWORD })).ok).toBe(true);
      expect(await prepareFirstStart(handle.db)).toEqual({ kind: 'none' });
    } finally {
      await handle.close();
    }
    const demo = await create();
    try {
      // Only the fictional demo municipality with its demo beheerder (what seed-demo makes).
      const voorbeeld = await createTestTenant(demo, 'voorbeeld');
      const userId = await upsertUser(demo.db, {
        email: 'beheerder@voorbeeld.example',
        displayName: 'Demo',
        passwordHash: null,
        homeTenantId: voorbeeld.tenantId,
      });
      await addMembership(demo.db, { tenantId: voorbeeld.tenantId, userId, role: 'beheerder' });
      expect(await prepareFirstStart(demo.db)).toEqual({ kind: 'hint' });
    } finally {
      await demo.close();
    }
  });
});
