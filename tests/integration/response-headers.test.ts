// Headers that keep data where it belongs (issue 14, items 7 and 8): every response that may
// carry story text or personal data says Cache-Control: no-store (the whole sweep over every
// route is in authorization-matrix.test.ts), and in production only the public URL's origin may
// post a form — a page on the visitor's own machine (localhost) cannot sign anyone in.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { stories } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const ORIGIN = 'http://localhost';

describe.each(testDatabaseTargets())('response headers on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookie: string;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 5 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
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

  it('sends no-store with story pages, moderation, stories-behind, CSV exports and everything else not meant for a cache', async () => {
    const [story] = await handle.db.select({ id: stories.id }).from(stories).limit(1);
    const paths = [
      '/verhalen',
      `/verhalen/${story!.id}`,
      '/moderatie',
      '/api/v1/questionnaires/zo-thuis/stories-behind?var=gehoord&min=0&max=100',
      '/api/v1/questionnaires/zo-thuis/stories',
      '/api/v1/questionnaires',
      '/beheer/gebruikers',
      '/account',
      '/',
    ];
    for (const path of paths) {
      const response = await get(path);
      await response.arrayBuffer();
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toContain('no-store');
    }
    const csv = await get('/api/v1/questionnaires/zo-thuis/stories');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('cache-control')).toBe('no-store');
    await csv.arrayBuffer();
    // Signed out, errors and the teller's pages too (the thanks page shows a withdrawal code).
    for (const path of ['/inloggen', '/bestaat-niet', `/vertel/${DEMO_PUBLIC_SLUG}`, '/intrekken']) {
      const response = await app.request(path);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
    const posted = await app.request(`/api/v1/collections/${DEMO_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify(demoSubmission()),
    });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    // What may be cached says so itself: stylesheets and scripts carry no personal data.
    const css = await app.request('/assets/duiding.css');
    expect(css.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('in production, refuses form posts from localhost and 127.0.0.1 origins; only the public URL’s origin passes', async () => {
    const publicUrl = 'https://duiding.gemeente.example';
    const production = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: true, publicUrl, production: true });
    const development = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl });
    const signIn = (target: typeof app, origin: string) =>
      target.request('/inloggen', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: new URLSearchParams({ email: 'beheerder@voorbeeld.example', password: 'fout-wachtwoord' }).toString(),
      });
    for (const origin of ['http://localhost:3000', 'http://localhost', 'http://127.0.0.1:8080', 'https://elders.example']) {
      const refused = await signIn(production, origin);
      expect(refused.status, origin).toBe(403);
      // A page, so the refusal is an error page (http/errors.ts), saying why.
      expect(await refused.text(), origin).toContain('Een verzoek vanaf een andere website wordt geweigerd.');
    }
    // The public origin reaches the sign-in check (a wrong password: 401), as does localhost in development.
    expect((await signIn(production, publicUrl)).status).toBe(401);
    expect((await signIn(development, 'http://localhost:3000')).status).toBe(401);
    expect((await signIn(development, 'https://elders.example')).status).toBe(403);
  });
});
