// Hostile input against the real app (issue 6, hardening): stored XSS in story titles and texts,
// SQL metacharacters, huge and deeply nested JSON, malformed cookies, replayed and foreign CSRF
// tokens, and the security headers on every kind of response. All harmless, never a 500.
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import * as schema from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { csvRow } from '../../src/domain/csv/writer.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { seedTwoTenants, type TwoTenants } from '../support/two-tenants.ts';

const SCRIPT = '<script>alert("xss")</script>';
const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
const SEARCH_WORD = 'geheimzoekwoord';
const SQL_BITS = ["' OR '1'='1", "'; DROP TABLE stories; --", '%_\\', '$1', 'x") OR ("a"="a', '\u0000', '∅ \' " ; -- /*'];

function expectSecurityHeaders(response: Response, what: string) {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).not.toContain('unsafe-inline');
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
}

describe.each(testDatabaseTargets())('hostile input on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let tenants: TwoTenants;
  let app: ReturnType<typeof createApp>;
  let xssStoryId: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    handle = await create();
    tenants = await seedTwoTenants(handle, { stories: 10 });
    app = createApp({
      db: handle.db,
      logger: pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) }),
      secureCookies: false,
      publicUrl: 'http://localhost',
    });
    // The story arrives through the ordinary import API, as an attacker with an import file would send it.
    const analist = tenants.callers.b.analist;
    const csv =
      csvRow(['story_id', 'collected_at', 'collection', 'language', 'prompt', 'title', 'text', 'cijfer']) +
      csvRow(['xss1', '2026-02-01', 'tweede-2026', 'nl', '', `Titel ${ATTRIBUTE}`, `Tekst ${SCRIPT} en ${ATTRIBUTE} </textarea><svg onload=alert(2)>`, '5']);
    const imported = await app.request('/api/v1/questionnaires/tweede/stories', {
      method: 'POST',
      headers: { cookie: analist.cookie, 'x-csrf-token': analist.csrfToken, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    const [story] = await handle.db.select().from(schema.stories).where(eq(schema.stories.ref, 'xss1'));
    xssStoryId = story!.id;
  }, 120_000);
  afterAll(async () => handle?.close());

  const as = (role: 'analist' | 'beheerder' = 'analist') => ({ cookie: tenants.callers.b[role].cookie });

  it('stores the payload as given but renders it escaped on the story page and in the list', async () => {
    const page = await (await app.request(`/verhalen/${xssStoryId}`, { headers: as() })).text();
    expect(page).toContain('&lt;script&gt;alert(');
    expect(page).not.toContain(SCRIPT);
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<svg onload');
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/i); // only external scripts, never inline ones
    const list = await (await app.request('/verhalen', { headers: as() })).text();
    expect(list).toContain('Titel &quot;&gt;&lt;img');
    expect(list).not.toContain('<img src=x');
    const found = await (await app.request(`/verhalen?zoek=${encodeURIComponent('<script>')}`, { headers: as() })).text();
    expect(found).not.toContain(SCRIPT);
  });

  it('treats SQL metacharacters in search and keys as plain text', async () => {
    for (const bit of SQL_BITS) {
      const search = await app.request(`/verhalen?zoek=${encodeURIComponent(bit)}`, { headers: as() });
      // A NUL byte cannot be stored or searched in PostgreSQL text: refused as input (400), never a 500.
      expect(search.status, bit).toBe(bit.includes('\u0000') ? 400 : 200);
      const key = await app.request(`/api/v1/questionnaires/${encodeURIComponent(bit)}`, { headers: as() });
      expect([400, 404], bit).toContain(key.status);
      const story = await app.request(`/verhalen/${encodeURIComponent(bit)}`, { headers: as() });
      expect([400, 404], bit).toContain(story.status);
      const behind = await app.request(`/api/v1/questionnaires/tweede/stories-behind?filter=${encodeURIComponent(bit)}`, { headers: as() });
      expect(behind.status, bit).toBeLessThan(500);
    }
    expect((await app.request(`/verhalen?zoek=${SEARCH_WORD}`, { headers: as() })).status).toBe(200);
    // Still all there.
    expect((await handle.db.select().from(schema.stories)).length).toBeGreaterThan(10);
  });

  it('refuses a huge JSON body with 413 and deeply nested or broken JSON with 400, as problem+json', async () => {
    const beheerder = tenants.callers.b.beheerder;
    const post = (body: string) =>
      app.request('/api/v1/questionnaires', {
        method: 'POST',
        headers: { cookie: beheerder.cookie, 'x-csrf-token': beheerder.csrfToken, 'content-type': 'application/json' },
        body,
      });
    const huge = await post(JSON.stringify({ key: 'x', title: { nl: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toContain('application/problem+json');
    for (const body of ['['.repeat(50_000) + ']'.repeat(50_000), '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), '{"key": ', '\u0000{}', 'null', '[]']) {
      const response = await post(body);
      expect(response.status, body.slice(0, 20)).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('ignores malformed session cookies (signed out, never a 500)', async () => {
    const cookies = [
      'duiding_session=',
      'duiding_session=%E0%A4%A',
      'duiding_session="unterminated',
      `duiding_session=${'a'.repeat(5000)}`,
      "duiding_session=' OR 1=1 --",
      'duiding_session=a; duiding_session=b',
      ';;;=;',
    ];
    for (const cookie of cookies) {
      const api = await app.request('/api/v1/questionnaires', { headers: { cookie } });
      expect(api.status, cookie).toBe(401);
      const page = await app.request('/verhalen', { headers: { cookie } });
      expect(page.status, cookie).toBe(303);
    }
  });

  it('refuses a CSRF token of another session, a missing one, and one replayed after sign-out', async () => {
    const mine = tenants.callers.b.beheerder;
    const other = tenants.callers.b.analist;
    const body = JSON.stringify({ format: 'duiding.questionnaire/v1', key: 'csrf', title: { nl: 'C' }, languages: ['nl'], prompts: [], questions: [] });
    const send = (token: string | undefined, cookie = mine.cookie) =>
      app.request('/api/v1/questionnaires', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(token === undefined ? {} : { 'x-csrf-token': token }) },
        body,
      });
    expect((await send(other.csrfToken)).status).toBe(403);
    expect((await send(undefined)).status).toBe(403);
    expect((await send('')).status).toBe(403);
    // A form post with another session's token, from the page side.
    const form = await app.request('/uitloggen', {
      method: 'POST',
      headers: { cookie: mine.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: `_csrf=${encodeURIComponent(other.csrfToken)}`,
    });
    expect(form.status).toBe(403);
    // Sign out, then replay the old cookie and token: the session is gone.
    const fresh = await tenants.freshCaller('b', 'beheerder');
    const out = await app.request('/api/v1/session', {
      method: 'DELETE',
      headers: { cookie: fresh.cookie, 'x-csrf-token': fresh.csrfToken, origin: 'http://localhost' },
    });
    expect(out.status, await out.clone().text()).toBeLessThan(400);
    expect((await send(fresh.csrfToken, fresh.cookie)).status).toBe(401);
    expect((await handle.db.select().from(schema.questionnaires).where(eq(schema.questionnaires.key, 'csrf'))).length).toBe(0);
  });

  it('lets an API client with a valid x-csrf-token PUT and DELETE without Content-Type or Origin; a cross-site form post stays refused', async () => {
    const analist = tenants.callers.b.analist;
    const made = await app.request('/api/v1/questionnaires/tweede/codebook', {
      method: 'POST',
      headers: { cookie: analist.cookie, 'x-csrf-token': analist.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'zonder-type', label: 'Zonder type' }),
    });
    expect(made.status, await made.clone().text()).toBe(201);
    const codings = async () => (await handle.db.select().from(schema.codeApplications).where(eq(schema.codeApplications.storyId, xssStoryId))).length;
    const path = `/api/v1/stories/${xssStoryId}/codes/zonder-type`;
    // No body, so no Content-Type; no Origin, as curl or a script outside a browser sends it.
    const bare = (method: string, headers: Record<string, string>) => app.request(path, { method, headers });
    const put = await bare('PUT', { cookie: analist.cookie, 'x-csrf-token': analist.csrfToken });
    expect(put.status, await put.clone().text()).toBe(204);
    expect(await codings()).toBe(1);

    // Still refused: no token, another session's token, a token without its session.
    expect((await bare('DELETE', { cookie: analist.cookie })).status).toBe(403);
    expect((await bare('DELETE', { cookie: analist.cookie, 'x-csrf-token': tenants.callers.b.beheerder.csrfToken })).status).toBe(403);
    expect((await bare('DELETE', { 'x-csrf-token': analist.csrfToken })).status).toBe(403);
    expect(await codings()).toBe(1);
    const removed = await bare('DELETE', { cookie: analist.cookie, 'x-csrf-token': analist.csrfToken });
    expect(removed.status, await removed.clone().text()).toBe(204);
    expect(await codings()).toBe(0);

    // A cross-site form: the right cookie and even the right _csrf in the body, but a foreign Origin (or none).
    for (const origin of ['https://elders.example', undefined]) {
      const form = await app.request('/uitloggen', {
        method: 'POST',
        headers: { cookie: analist.cookie, 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
        body: `_csrf=${encodeURIComponent(analist.csrfToken)}`,
      });
      expect(form.status, origin).toBe(403);
    }
    // Signing in from another site (login CSRF) has no session yet: a header token does not help it.
    const signIn = await app.request('/inloggen', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elders.example', 'x-csrf-token': 'iets' },
      body: 'email=a%40b.example&password=x',
    });
    expect(signIn.status).toBe(403);
    // The session is still there: none of the refused posts signed the analyst out.
    expect((await app.request('/api/v1/observations', { headers: { cookie: analist.cookie } })).status).toBe(200);
  });

  it('sends the security headers on every kind of response', async () => {
    const responses: [string, Response][] = [
      ['page', await app.request('/verhalen', { headers: as() })],
      ['redirect', await app.request('/verhalen')],
      ['api 401', await app.request('/api/v1/questionnaires')],
      ['api 200', await app.request('/api/v1/questionnaires', { headers: as() })],
      ['not found', await app.request('/bestaat-niet')],
      ['asset', await app.request('/assets/duiding.css')],
      ['sign-in', await app.request('/inloggen')],
      ['health', await app.request('/health')],
      ['413', await app.request('/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(300_000) })],
    ];
    for (const [what, response] of responses) {
      expect(response.status, what).toBeLessThan(500);
      expectSecurityHeaders(response, what);
    }
  });

  it('logs none of the hostile input: no search words, story text or query parameters', () => {
    expect(logLines.length).toBeGreaterThan(20);
    const log = logLines.join('');
    // Paths are logged (they name resources, not people); query strings and bodies never.
    for (const needle of ['alert(', 'Tekst ', SEARCH_WORD, 'zoek=', tenants.callers.b.analist.csrfToken]) expect(log).not.toContain(needle);
  });
});
