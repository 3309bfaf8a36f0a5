// Issue 14, items 1, 9 and 10, as the outside test found them, through the real app (HTTP API and
// pages) on PGlite and PostgreSQL. Each of these failed on the global-account model:
// - beheerder A adds consultant@…, sets its password through the link, beheerder B adds the same
//   e-mail, and A signs in with the known password and reads B's stories;
// - A pre-registers beheer@derde…, and `tenant create --admin-email beheer@derde…` attaches it;
// - adding an e-mail that has an account elsewhere shows that account's display name;
// - POST /api/v1/session leaves the caller's previous session alive;
// - a signed-in user of another municipality sees this municipality's interview and signal forms.
import { hash } from '@node-rs/argon2';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findUserByEmail, upsertUser, addMembership } from '../../src/db/repositories/users.repository.ts';
import { createApp } from '../../src/http/app.ts';
import { textSource } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { attemptSignIn, findSession } from '../../src/services/auth/sessions.ts';
import { createTenantWithAdmin } from '../../src/services/auth/tenant-setup.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const ORIGIN = 'http://localhost';
const KNOWN = 'a-kent-dit-wachtwoord';
const B_PASSWORD = 'wachtwoord-van-beheerder-b';
const SECRET = 'Geheim verhaal van gemeente B';
const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'geheim',
  title: { nl: 'Geheim' },
  languages: ['nl'],
  prompts: [],
  questions: [{ key: 'cijfer', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10 }],
};

type Who = { cookie: string; csrfToken: string };

describe.each(testDatabaseTargets())('no account takeover across municipalities on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let beta: string;

  async function apiSignIn(email: string, password: string, extra: { tenant?: string; who?: Who } = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    // A signed-in caller sends its CSRF token, as every signed-in API client does.
    if (extra.who) Object.assign(headers, { cookie: extra.who.cookie, 'x-csrf-token': extra.who.csrfToken });
    return app.request('/api/v1/session', { method: 'POST', headers, body: JSON.stringify({ email, password, tenant: extra.tenant }) });
  }
  async function signIn(email: string, password: string): Promise<Who> {
    const response = await apiSignIn(email, password);
    expect(response.status, `sign in ${email}`).toBe(200);
    return { cookie: response.headers.get('set-cookie')!.split(';')[0], csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
  }
  const get = (path: string, who?: Who) => app.request(path, { headers: who ? { cookie: who.cookie } : {} });
  function post(path: string, fields: Record<string, string>, who?: Who) {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN };
    if (who) headers.cookie = who.cookie;
    return app.request(path, { method: 'POST', headers, body: new URLSearchParams(who ? { ...fields, _csrf: who.csrfToken } : fields).toString() });
  }
  const linkIn = (html: string) => /\/wachtwoord\/([A-Za-z0-9_-]{40,})/.exec(html)?.[1] ?? null;

  /** Everything the holder of a session can try to reach B's stories. */
  async function expectNoWayIntoB(who: Who) {
    expect(await (await get('/account', who)).text()).not.toContain('Gemeente beta');
    expect((await post('/account/gemeente', { tenant: 'beta' }, who)).status).toBe(400);
    const stories = await get('/api/v1/questionnaires/geheim/stories', who);
    expect(await stories.text()).not.toContain(SECRET);
    expect(await (await get('/verhalen', who)).text()).not.toContain(SECRET);
  }

  beforeAll(async () => {
    handle = await create();
    // A: the demo municipality (its beheerder, interview and signal channels); B: beta.
    await seedDemo(handle.db, { stories: 20 });
    const b = await createTestTenant(handle, 'beta');
    beta = b.tenantId;
    await importQuestionnaire(b, QUESTIONNAIRE);
    await importStories(b, {
      source: textSource('s.csv', `story_id,collected_at,collection,language,prompt,title,text,cijfer\nx1,2026-01-01,k,nl,,Titel,${SECRET},7\n`),
      questionnaireKey: 'geheim',
    });
    const adminB = await upsertUser(handle.db, {
      email: 'beheer@beta.example',
      displayName: 'Beheer B',
      passwordHash: await hash(B_PASSWORD),
      homeTenantId: beta,
    });
    await addMembership(handle.db, { tenantId: beta, userId: adminB, role: 'beheerder' });
    const interviewerB = await upsertUser(handle.db, {
      email: 'interviewer@beta.example',
      displayName: 'Interviewer B',
      passwordHash: await hash(B_PASSWORD),
      homeTenantId: beta,
    });
    await addMembership(handle.db, { tenantId: beta, userId: interviewerB, role: 'interviewer' });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
  });
  afterAll(async () => handle?.close());

  it('A adds consultant@, sets its password, B adds the same e-mail: A still cannot reach B', async () => {
    const adminA = await signIn('beheerder@voorbeeld.example', DEMO_PASSWORD);
    const addedByA = await post('/beheer/gebruikers', { email: 'consultant@adviesbureau.example', name: 'Consultant', role: 'raad', provider: '' }, adminA);
    expect(addedByA.status).toBe(200);
    const linkA = linkIn(await addedByA.text())!;
    expect((await post(`/wachtwoord/${linkA}`, { password: KNOWN, repeat: KNOWN })).status).toBe(200);

    const adminB = await signIn('beheer@beta.example', B_PASSWORD);
    const addedByB = await post(
      '/beheer/gebruikers',
      { email: 'consultant@adviesbureau.example', name: 'Consultant Beta', role: 'analist', provider: '' },
      adminB,
    );
    expect(addedByB.status).toBe(200);

    // A signs in with the password A chose: only A's account opens, and nothing of B.
    const attacker = await signIn('consultant@adviesbureau.example', KNOWN);
    expect(await (await get('/account', attacker)).text()).toContain('Gemeente Voorbeeld');
    await expectNoWayIntoB(attacker);
    const pageB = await addedByB.text();
    expect(pageB).toContain('Consultant Beta is toegevoegd.');
    // B's account is new and B's own: it gets its own link, for B's beheerder to pass on.
    expect(linkIn(pageB)).not.toBeNull();
    expect((await apiSignIn('consultant@adviesbureau.example', KNOWN, { tenant: 'beta' })).status).toBe(401);
    // B's account has no password until B's link is used.
    expect((await findUserByEmail(handle.db, 'consultant@adviesbureau.example', beta))?.hasPassword).toBe(false);
  });

  it('tenant create never attaches an account that someone else pre-registered', async () => {
    const adminA = await signIn('beheerder@voorbeeld.example', DEMO_PASSWORD);
    const added = await post('/beheer/gebruikers', { email: 'beheer@derde.example', name: 'Vooraf', role: 'raad', provider: '' }, adminA);
    const link = linkIn(await added.text())!;
    expect((await post(`/wachtwoord/${link}`, { password: KNOWN, repeat: KNOWN })).status).toBe(200);

    // What `npx duiding tenant create --slug derde --admin-email beheer@derde.example` runs.
    const created = await createTenantWithAdmin(handle.db, { slug: 'derde', name: 'Gemeente Derde', adminEmail: 'beheer@derde.example' });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const derdeAdmin = await findUserByEmail(handle.db, 'beheer@derde.example', created.tenantId);
    expect(derdeAdmin?.hasPassword).toBe(false);
    expect(derdeAdmin?.id).not.toBe(
      (await findUserByEmail(handle.db, 'beheer@derde.example', (await findSession(handle.db, adminA.cookie.split('=')[1]))!.tenantId))?.id,
    );

    expect(await attemptSignIn(handle.db, { email: 'beheer@derde.example', password: KNOWN, tenantSlug: 'derde' })).toEqual({ ok: false, reason: 'wrong' });
    const attacker = await signIn('beheer@derde.example', KNOWN);
    expect((await findSession(handle.db, attacker.cookie.split('=')[1]))?.tenantSlug).toBe('voorbeeld');
    expect((await post('/account/gemeente', { tenant: 'derde' }, attacker)).status).toBe(400);
  });

  it('tells a beheerder nothing about accounts of other municipalities (no display-name probe)', async () => {
    const adminB = await signIn('beheer@beta.example', B_PASSWORD);
    // The demo's analyst has an account in Voorbeeld: B adds the address without a name.
    const probe = await post('/beheer/gebruikers', { email: 'analist@voorbeeld.example', name: '', role: 'raad', provider: '' }, adminB);
    expect(probe.status).toBe(400);
    const text = await probe.text();
    expect(text).toContain('Vul de naam in.');
    const demoName = (await findUserByEmail(handle.db, 'analist@voorbeeld.example'))!.displayName;
    expect(text).not.toContain(demoName);
    const named = await post('/beheer/gebruikers', { email: 'analist@voorbeeld.example', name: 'Eigen Naam', role: 'raad', provider: '' }, adminB);
    expect(named.status).toBe(200);
    const page = await named.text();
    expect(page).toContain('Eigen Naam is toegevoegd.');
    expect(page).not.toContain(demoName);
    expect(await (await get('/beheer/gebruikers', adminB)).text()).not.toContain(demoName);
    // And the demo analyst's password does not open B's new account.
    expect((await apiSignIn('analist@voorbeeld.example', DEMO_PASSWORD, { tenant: 'beta' })).status).toBe(401);
  });

  it('ends the previous session of the caller on POST /api/v1/session (item 9)', async () => {
    const first = await signIn('beheerder@voorbeeld.example', DEMO_PASSWORD);
    expect((await get('/account', first)).status).toBe(200);
    const again = await apiSignIn('beheerder@voorbeeld.example', DEMO_PASSWORD, { who: first });
    expect(again.status).toBe(200);
    expect(again.headers.get('set-cookie')!.split(';')[0]).not.toBe(first.cookie);
    expect(await findSession(handle.db, first.cookie.split('=')[1])).toBeNull();
    expect((await get('/account', first)).status).toBe(303);
  });

  it('answers 404 to a user of another municipality on the interview and signal forms (item 10)', async () => {
    const interviewerB = await signIn('interviewer@beta.example', B_PASSWORD);
    for (const slug of ['voorbeeld-gesprek', 'voorbeeld-signaal']) {
      const page = await get(`/vertel/${slug}`, interviewerB);
      expect(page.status, slug).toBe(404);
      expect(await page.text()).not.toContain('Gemeente Voorbeeld');
      expect((await post(`/vertel/${slug}`, { title: 'x' }, interviewerB)).status, slug).toBe(404);
    }
    // This municipality's own staff still get the forms their role may use.
    const interviewerA = await signIn('interviewer@voorbeeld.example', DEMO_PASSWORD);
    expect((await get('/vertel/voorbeeld-gesprek', interviewerA)).status).toBe(200);
    const council = await signIn('raad@voorbeeld.example', DEMO_PASSWORD);
    expect((await get('/vertel/voorbeeld-signaal', council)).status).toBe(200);
    expect((await get('/vertel/voorbeeld-gesprek', council)).status).toBe(404);
    expect((await get('/vertel/voorbeeld-gesprek')).status).toBe(404);
  });
});
