// The request limit of the public story endpoints over real connections (issue 14, items 2 and
// 3): keyed on the one client address, not on what a client writes in X-Forwarded-For; the same
// budget for the collection API, the teller's form without JavaScript and /intrekken; and kept in
// the database, so two app servers on one database give one limit, not two.
import { count, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { stories } from '../../src/db/schema/index.ts';
import { createApp, type AppOptions } from '../../src/http/app.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { createServerDatabaseUrl, postgresConfigured, testDatabaseTargets } from '../support/databases.ts';
import { listen, type Listening } from '../support/listen.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const ORIGIN = 'http://localhost';
const silent = pino({ level: 'silent' });

function postStory(base: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/v1/collections/${DEMO_SLUG}/stories`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify(demoSubmission()),
  });
}

function postForm(base: string, path: string, fields: Record<string, string>) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

const tally = (statuses: number[]) => {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

describe.each(testDatabaseTargets())('request limits on $name', ({ create }) => {
  let handle: DatabaseHandle;
  const open: Listening[] = [];
  const serveApp = async (options: Partial<AppOptions> = {}) => {
    const server = await listen(createApp({ db: handle.db, logger: silent, secureCookies: false, publicUrl: ORIGIN, ...options }));
    open.push(server);
    return server.url;
  };
  const storyCount = async () => Number((await handle.db.select({ n: count() }).from(stories))[0]!.n);

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 5 });
  }, 120_000);
  afterAll(async () => {
    for (const server of open) await server.close();
    await handle?.close();
  });

  // Each test starts with an empty limit table: the counts of one test are not the next one's.
  const resetLimits = () => handle.db.execute(sql`delete from rate_limits`);

  it('limits 60 posts with a rotating X-Forwarded-For from a private peer: the header is ignored by default', async () => {
    await resetLimits();
    const base = await serveApp();
    const before = await storyCount();
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await postStory(base, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(tally(statuses)).toEqual({ 201: 30, 429: 30 });
    expect(await storyCount()).toBe(before + 30);
  }, 60_000);

  it('behind a trusted proxy: "spoof, real" counts for the real client, and each real client has its own budget', async () => {
    await resetLimits();
    const base = await serveApp({ trustedProxies: { kind: 'list', entries: ['127.0.0.0/8', '::1/128'] }, collectRateLimit: { limit: 5, windowMs: 60_000 } });
    const statuses: number[] = [];
    // As nginx appends the address it saw to what the client sent.
    for (let i = 0; i < 12; i++) statuses.push((await postStory(base, { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` })).status);
    expect(tally(statuses)).toEqual({ 201: 5, 429: 7 });
    const limited = await postStory(base, { 'x-forwarded-for': '203.0.113.7' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    // Another client behind the same proxy is not affected.
    expect((await postStory(base, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(201);
    // No address is stored, only keyed hashes.
    const rows = JSON.stringify((await handle.db.execute(sql`select * from rate_limits`)) as unknown);
    expect(rows).not.toMatch(/203\.0\.113|198\.51\.100|127\.0\.0\.1/);
    expect(rows).toContain('collect:addr.');
  }, 60_000);

  it('puts the teller’s form without JavaScript and /intrekken through the same budget as the API', async () => {
    await resetLimits();
    const base = await serveApp({ collectRateLimit: { limit: 6, windowMs: 60_000 } });
    const before = await storyCount();
    const form = (i: number) => ({
      id: `3b241101-e2bb-4255-8caf-4136c566a9${String(i).padStart(2, '0')}`,
      language: 'nl',
      website: '',
      'consent.share': 'ja',
      prompt: 'moment',
      text: `Verhaal zonder JavaScript nummer ${i}.`,
      'q.gevoel': 'opgelucht',
      'q.rol': 'jongere',
      'q.wijk': 'WK999902',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await postStory(base)).status);
    for (let i = 0; i < 3; i++) statuses.push((await postForm(base, `/vertel/${DEMO_PUBLIC_SLUG}`, form(i))).status);
    statuses.push((await postForm(base, '/intrekken', { stap: 'controleer', code: 'AAAA-AAAA-AAAA-AAAA' })).status);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    const stored = (await storyCount()) - before;
    // The budget is spent: the form, /intrekken and the API all answer 429 now.
    const page = await postForm(base, `/vertel/${DEMO_PUBLIC_SLUG}`, form(10));
    expect(page.status).toBe(429);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toMatch(/Er is vanaf uw adres in korte tijd veel verstuurd\. Wacht \d+ seconden/);
    expect((await postForm(base, '/intrekken', { stap: 'verwijder', code: 'AAAA-AAAA-AAAA-AAAA' })).status).toBe(429);
    expect((await postStory(base)).status).toBe(429);
    expect((await storyCount()) - before).toBe(stored);
    // The English page for an English teller.
    const english = await fetch(`${base}/vertel/${DEMO_PUBLIC_SLUG}?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams(form(11)).toString(),
    });
    expect(await english.text()).toContain('A lot has been sent from your address in a short time.');
  }, 60_000);

  it('gives two app servers on one database one limit and one session store', async () => {
    await resetLimits();
    const first = await serveApp({ collectRateLimit: { limit: 10, windowMs: 60_000 } });
    const second = await serveApp({ collectRateLimit: { limit: 10, windowMs: 60_000 } });
    await expectSharedState(first, second);
  }, 60_000);
});

/** Posts alternate between the two servers: together they allow the limit once, not twice. */
async function expectSharedState(first: string, second: string) {
  const statuses: number[] = [];
  for (let i = 0; i < 20; i++) statuses.push((await postStory(i % 2 ? second : first)).status);
  expect(tally(statuses)).toEqual({ 201: 10, 429: 10 });
  // A session made on one server is valid on the other; signing out on the other ends it on both.
  const signIn = await fetch(`${first}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'analist@voorbeeld.example', password: DEMO_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  expect((await fetch(`${second}/verhalen`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200);
  expect((await fetch(`${second}/api/v1/session`, { method: 'DELETE', headers: { cookie, origin: ORIGIN, 'x-csrf-token': csrfToken } })).status).toBe(204);
  const after = await fetch(`${first}/verhalen`, { headers: { cookie }, redirect: 'manual' });
  expect(after.status).toBe(303);
}

// Two app servers as they run in production: two processes' worth of connection pools on one
// PostgreSQL server (here two handles in one test), each with its own app and HTTP server.
describe.runIf(postgresConfigured())('two app servers on one PostgreSQL server', () => {
  it('share one limit and one session store', async (context) => {
    const database = await createServerDatabaseUrl();
    if (!database) return context.skip();
    const one = await openDatabase({ kind: 'postgres', url: database.url });
    const two = await openDatabase({ kind: 'postgres', url: database.url });
    const servers: Listening[] = [];
    try {
      // Both start together, as app servers do: migrations are serialised by an advisory lock.
      await Promise.all([one.migrate(), two.migrate()]);
      await seedDemo(one.db, { stories: 5 });
      for (const handle of [one, two]) {
        servers.push(
          await listen(
            createApp({ db: handle.db, logger: silent, secureCookies: false, publicUrl: ORIGIN, collectRateLimit: { limit: 10, windowMs: 60_000 } }),
          ),
        );
      }
      await expectSharedState(servers[0]!.url, servers[1]!.url);
    } finally {
      for (const server of servers) await server.close();
      await one.close();
      await two.close();
      await database.drop();
    }
  }, 120_000);
});
