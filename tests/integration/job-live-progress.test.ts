// A story import's progress is visible on its page while it writes, on PGlite too (issue 12). On
// PGlite the import writes in one transaction on the one connection, and every query — the
// session lookup of the page's poll first — waits for it to commit; the state endpoint then
// answers from this process's memory of the running job (services/jobs/live-progress.ts,
// services/auth/remembered-sessions.ts), still only to the municipality and roles that may see it.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';
import { seedTwoTenants, type TwoTenants } from '../support/two-tenants.ts';

const STORIES = 6000;

describe('a running import job on PGlite', () => {
  let handle: DatabaseHandle;
  let world: TwoTenants;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await handle.migrate();
    world = await seedTwoTenants(handle, { stories: 10 });
    // No queue given: jobs run in this process, after the request; every upload is a job.
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost', importInBackgroundFrom: 0 });
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('shows rows written of the total before the import commits, to its own municipality only', async () => {
    const analyst = world.callers.b.analist;
    const rows = Array.from({ length: STORIES }, (_, i) => `live${i},2026-02-01,tweede-2026,nl,,Verhaal ${i},Een verhaal met nummer ${i},${(i % 10) + 1}`);
    const form = new FormData();
    form.set('_csrf', analyst.csrfToken);
    form.set('questionnaire', 'tweede');
    form.set(
      'file',
      new File([`story_id,collected_at,collection,language,prompt,title,text,cijfer\n${rows.join('\n')}\n`], 'verhalen.csv', { type: 'text/csv' }),
    );
    // A page once each, before the job takes the connection: the sessions are then confirmed.
    for (const caller of [analyst, world.callers.a.analist, world.callers.b.raad]) {
      expect((await app.request('/taken/00000000-0000-4000-8000-000000000000', { headers: { cookie: caller.cookie } })).status).toBe(404);
    }
    const response = await app.request('/importeren/verhalen', { method: 'POST', headers: { cookie: analyst.cookie, origin: 'http://localhost' }, body: form });
    expect(response.status).toBe(303);
    const page = response.headers.get('location')!;

    const seen: { state: string; done: number; total: number | null }[] = [];
    const outsiders: number[] = [];
    let pageWhileWriting = '';
    for (let i = 0; i < 1200; i++) {
      const state = (await (await app.request(`${page}/stand`, { headers: { cookie: analyst.cookie } })).json()) as (typeof seen)[number];
      seen.push(state);
      if (state.state === 'running' && state.total === STORIES && state.done < STORIES && outsiders.length === 0) {
        // While it writes: another municipality's analyst, and a role that may not import, see nothing.
        for (const other of [world.callers.a.analist, world.callers.b.raad]) {
          outsiders.push((await app.request(`${page}/stand`, { headers: { cookie: other.cookie } })).status);
        }
        // The page itself too, with its bar, while the transaction is open.
        pageWhileWriting = await (await app.request(page, { headers: { cookie: analyst.cookie } })).text();
      }
      if (state.state === 'done' || state.state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (seen.at(-1)!.state === 'failed')
      throw new Error(
        (await (await app.request(page, { headers: { cookie: analyst.cookie } })).text())
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 3000),
      );
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: STORIES, total: STORIES });
    // Written rows of the total, seen while the transaction was still open (2,000 a batch).
    expect(seen.some((s) => s.state === 'running' && s.total === STORIES && s.done > 0 && s.done < STORIES)).toBe(true);
    expect(outsiders).toEqual([404, 404]);
    expect(pageWhileWriting).toMatch(/<progress id="job-progress"[^>]*value="\d+"/);
  }, 240_000);
});
