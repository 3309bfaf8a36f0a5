// The request kit's one mapping from errors to responses (http/errors.ts): a refusal thrown by a
// service is the same problem+json on every API route and an error page on every page; an
// unexpected error is a 500 that tells nothing of its cause. The mapping does not depend on the
// database engine, so PGlite alone is enough here.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { createApp } from '../../src/http/app.ts';
import { closedRefusal } from '../../src/services/collect/errors.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const ORIGIN = 'http://localhost';
const PROBLEM = 'application/problem+json; charset=utf-8';

describe('one mapping from errors to responses', () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookie: string;

  beforeAll(async () => {
    handle = await testDatabaseTargets()[0]!.create();
    await seedDemo(handle.db, { stories: 3 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
    // Probes: routes whose "service" throws, on both sides of the house, added after the app's own.
    const secret = 'select * from users where password_hash = $1';
    app.get('/api/v1/probe/closed', () => {
      throw closedRefusal('closed', null);
    });
    app.get('/probe/closed', () => {
      throw closedRefusal('closed', null);
    });
    app.get('/api/v1/probe/broken', () => {
      throw new Error(secret);
    });
    app.get('/probe/broken', () => {
      throw new Error(secret);
    });
    app.get('/api/v1/probe/rejected', () => {
      throw new InputRejected([{ field: 'period', code: 'invalid', nl: 'geen periode', en: 'not a period' }]);
    });
    const signIn = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheerder@voorbeeld.example', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  }, 120_000);
  afterAll(async () => handle?.close());

  const get = (path: string) => app.request(path, { headers: { cookie } });

  it('answers a refusal with the same problem+json on every API route', async () => {
    // Real refusals of real services (unknown things), and a thrown CollectRefused.
    const unknown = ['/api/v1/questionnaires/bestaat-niet', '/api/v1/opgaven/bestaat-niet'];
    for (const path of unknown) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe(PROBLEM);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body, path).toMatchObject({ type: 'https://duiding.nl/problems/not-found', status: 404, title: 'Not found.', detail_nl: 'Niet gevonden.' });
    }
    const closed = await get('/api/v1/probe/closed');
    expect(closed.status).toBe(410);
    expect(closed.headers.get('content-type')).toBe(PROBLEM);
    expect(await closed.json()).toEqual({
      type: 'https://duiding.nl/problems/collection-closed',
      title: 'This collection is closed; it no longer accepts stories.',
      status: 410,
      detail: 'This collection is closed; it no longer accepts stories.',
      detail_nl: 'U kunt hier geen verhaal meer vertellen: deze verzameling is gesloten.',
    });
    const rejected = await get('/api/v1/probe/rejected');
    expect(rejected.status).toBe(400);
    const problem = (await rejected.json()) as { type: string; errors: { field: string; message: string; message_nl: string }[] };
    expect(problem.type).toBe('https://duiding.nl/problems/input-rejected');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        field: 'period',
        code: 'invalid',
        message: expect.stringContaining('not a period'),
        message_nl: expect.stringContaining('geen periode'),
      }),
    ]);
  });

  it('answers the same refusals on pages with an error page in the page language', async () => {
    for (const path of ['/vragenlijsten/bestaat-niet', '/monitor/bestaat-niet']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      const html = await response.text();
      expect(html, path).toContain('<h1 class="utrecht-heading-1">Niet gevonden</h1>');
    }
    const closed = await get('/probe/closed?lang=en');
    expect(closed.status).toBe(410);
    expect(closed.headers.get('content-type')).toContain('text/html');
    const html = await closed.text();
    expect(html).toContain('This collection is closed; it no longer accepts stories.');
    expect(html).toContain('lang="en"');
  });

  it('answers an unexpected error with a 500 that tells nothing of its cause', async () => {
    const api = await get('/api/v1/probe/broken');
    expect(api.status).toBe(500);
    expect(api.headers.get('content-type')).toBe(PROBLEM);
    const text = await api.text();
    expect(JSON.parse(text)).toMatchObject({ type: 'https://duiding.nl/problems/internal', status: 500 });
    expect(text).not.toMatch(/password_hash|at .*\.ts|stack/);
    const page = await get('/probe/broken');
    expect(page.status).toBe(500);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Er ging bij ons iets mis');
    expect(html).not.toMatch(/password_hash|at .*\.ts/);
  });
});
