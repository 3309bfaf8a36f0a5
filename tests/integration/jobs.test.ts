// Long work as jobs (issue 12) on both databases, through the real pg-boss queue and the pages:
// a job runs and its progress is visible; the full export's ZIP is downloadable by the same
// municipality's beheerder only; a report job; a failed import shows a plain Dutch message;
// another municipality (or a role that may not start the kind) gets 404 for the job and its
// result; pg-boss's rows hold ids only and are out of duiding_app's reach.
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { tenantDatabase } from '../../src/db/tenant-scope.ts';
import { createApp } from '../../src/http/app.ts';
import { startJobQueue } from '../../src/services/jobs/queue.ts';
import type { JobQueue } from '../../src/services/jobs/jobs.ts';
import { createServerDatabaseUrl, testDatabaseTargets } from '../support/databases.ts';
import { seedTwoTenants, type Caller, type TwoTenants } from '../support/two-tenants.ts';

async function openTarget(name: 'pglite' | 'postgres'): Promise<{ handle: DatabaseHandle; url: string | null; drop(): Promise<unknown> }> {
  if (name === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    await handle.migrate();
    return { handle, url: null, drop: async () => {} };
  }
  const server = (await createServerDatabaseUrl())!;
  const handle = await openDatabase({ kind: 'postgres', url: server.url, appUrl: server.appUrl });
  await handle.migrate();
  return { handle, url: server.url, drop: server.drop };
}

describe.each(testDatabaseTargets().map((t) => t.name))('jobs on %s', (name) => {
  let target: Awaited<ReturnType<typeof openTarget>>;
  let world: TwoTenants;
  let queue: JobQueue;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    target = await openTarget(name);
    world = await seedTwoTenants(target.handle, { stories: 30 });
    const { handle, url } = target;
    queue = await startJobQueue(handle.db, {
      database: handle.pglite ? { pglite: handle.pglite } : { url: url! },
      log: () => {},
      pollingSeconds: 0.5,
      stopTimeoutMs: 1000,
    });
    // Every story upload goes through a job here, however small.
    app = createApp({
      db: handle.db,
      logger: pino({ level: 'silent' }),
      secureCookies: false,
      publicUrl: 'http://localhost',
      jobs: queue,
      importInBackgroundFrom: 0,
    });
  }, 240_000);

  afterAll(async () => {
    await queue?.stop();
    await target?.handle.close();
    await target?.drop();
  });

  const get = (path: string, caller: Caller) => app.request(path, { headers: { cookie: caller.cookie } });
  const post = (path: string, caller: Caller, fields: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { cookie: caller.cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: caller.csrfToken, ...fields }).toString(),
    });

  /** Starts a job by its form; returns the job's page address. */
  async function started(response: Response): Promise<string> {
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/taken\/[0-9a-f-]{36}$/);
    return location;
  }

  /** Polls the job's state as the page's script does, until it is over; returns every state seen. */
  async function untilOver(page: string, caller: Caller): Promise<{ state: string; done: number; total: number | null; text: string }[]> {
    const seen = [];
    for (let i = 0; i < 240; i++) {
      const response = await get(`${page}/stand`, caller);
      expect(response.status).toBe(200);
      const state = (await response.json()) as { state: string; done: number; total: number | null; text: string };
      seen.push(state);
      if (state.state === 'done' || state.state === 'failed') return seen;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`job ${page} did not finish`);
  }

  it('exports everything as a ZIP in a job: progress on the page, the file for the same beheerder only', async () => {
    const admin = world.callers.a.beheerder;
    const page = await started(await post('/beheer/gegevens/download', admin));
    const first = await get(page, admin);
    expect(first.status).toBe(200);
    const html = await first.text();
    // Unless it was already over: the bar, its text, the reload link and the poll.
    if (!html.includes('Klaar.')) {
      expect(html).toMatch(/<progress id="job-progress"/);
      expect(html).toContain('Ververs deze pagina');
      expect(html).toContain('/assets/job-progress.js');
    }
    const seen = await untilOver(page, admin);
    // The last progress written: every file of the archive, of as many as it was to hold.
    expect(seen.at(-1)).toMatchObject({ state: 'done', text: 'Klaar.' });
    expect(seen.at(-1)!.done).toBeGreaterThan(10);
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    const done = await (await get(page, admin)).text();
    expect(done).toContain('Het ZIP-bestand is klaar');
    expect(done).not.toContain('<progress');
    const file = await get(`${page}/bestand`, admin);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await file.arrayBuffer()));
    expect(Object.keys(files)).toContain('LEESMIJ.txt');
    const csv = Object.entries(files).find(([n]) => n.startsWith('verhalen/'))![1];
    // 30 stories and a header (story texts may span lines, so count story ids of the demo).
    expect(new TextDecoder().decode(csv).split('\n')[0]).toMatch(/^story_id,/);
    expect(Object.keys(files).some((n) => n === 'tabellen/jobs.json' || n === 'tabellen/job_files.json')).toBe(false);

    // Another municipality's beheerder, and a role of the same one that may not export: 404.
    for (const other of [world.callers.b.beheerder, world.callers.a.analist]) {
      for (const path of [page, `${page}/stand`, `${page}/bestand`]) expect((await get(path, other)).status, path).toBe(404);
    }
    // Row-level security too: B's scope does not see A's job row at all.
    const jobId = page.split('/').at(-1)!;
    const visible = await tenantDatabase(target.handle.db, world.b.tenantId).execute(sql`select count(*)::int as n from jobs where id = ${jobId}`);
    expect((visible as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it('makes a council report in a job and links to it', async () => {
    const analyst = world.callers.a.analist;
    const opgaven = (await target.handle.db.execute(sql`select key from opgaven where tenant_id = ${world.a.tenantId} order by key limit 1`)) as unknown as {
      rows: { key: string }[];
    };
    const key = opgaven.rows[0]!.key;
    // An unknown opgave is refused on the form itself, before any job.
    const unknown = await post('/rapporten/maken', analyst, { opgave: 'bestaat-niet' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('bestaat niet in deze gemeente');
    const page = await started(await post('/rapporten/maken', analyst, { opgave: key }));
    const seen = await untilOver(page, analyst);
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: 4, total: 4 });
    const done = await (await get(page, analyst)).text();
    const link = /href="(\/rapporten\?opgave=[^"]+&amp;gemaakt=[0-9a-f-]{36})"/.exec(done);
    expect(link).not.toBeNull();
    // The council may read reports but not make them: the job is not theirs to see.
    expect((await get(page, world.callers.a.raad)).status).toBe(404);
    expect((await get(page, world.callers.b.analist)).status).toBe(404);
  });

  it('imports stories in a job, and a refused file shows where and why in Dutch, not a stack trace', async () => {
    const analyst = world.callers.b.analist;
    const header = 'story_id,collected_at,collection,language,prompt,title,text,cijfer\n';
    const upload = (csv: string) => {
      const form = new FormData();
      form.set('_csrf', analyst.csrfToken);
      form.set('questionnaire', 'tweede');
      form.set('file', new File([csv], 'verhalen.csv', { type: 'text/csv' }));
      return app.request('/importeren/verhalen', { method: 'POST', headers: { cookie: analyst.cookie, origin: 'http://localhost' }, body: form });
    };
    const good = await started(await upload(`${header}b2,2026-02-01,tweede-2026,nl,,Nog een,Een tweede verhaal,8\n`));
    expect((await untilOver(good, analyst)).at(-1)!.state).toBe('done');
    expect(await (await get(good, analyst)).text()).toContain('1 verhaal ingelezen.');

    const bad = await started(await upload(`${header}b3,2026-02-01,tweede-2026,nl,,Fout,Een verhaal,elf\n`));
    expect((await untilOver(bad, analyst)).at(-1)!.state).toBe('failed');
    const page = await get(bad, analyst);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('Dit is niet gelukt');
    expect(text).toMatch(/verhalen\.csv:2/);
    expect(text).not.toMatch(/\bat [\w.]+ \(|Error:|node_modules/);
    // The upload is gone once the job is over.
    const pieces = (await target.handle.db.execute(sql`select count(*)::int as n from job_files where purpose = 'input'`)) as unknown as {
      rows: { n: number }[];
    };
    expect(pieces.rows[0]!.n).toBe(0);
    expect((await get(bad, world.callers.a.analist)).status).toBe(404);
  });

  it('applies retention for one municipality in a job, and schedules it for all', async () => {
    const admin = world.callers.a.beheerder;
    const page = await started(await post('/beheer/gegevens/bewaartermijn', admin));
    expect((await untilOver(page, admin)).at(-1)!.state).toBe('done');
    expect(await (await get(page, admin)).text()).toMatch(/verhal(en|) verwijderd\./);
    const schedules = (await target.handle.db.execute(sql`select name, cron from pgboss.schedule`)) as unknown as { rows: { name: string; cron: string }[] };
    expect(schedules.rows).toEqual([{ name: 'duiding-retention', cron: '17 */6 * * *' }]);
  });

  it('keeps pg-boss to ids, out of reach of the application role', async () => {
    const rows = (await target.handle.db.execute(sql`select data from pgboss.job where name = 'duiding-jobs'`)) as unknown as { rows: { data: object }[] };
    expect(rows.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows.rows) expect(Object.keys(row.data).sort()).toEqual(['jobId', 'tenantId', 'userId']);
    const refused = await tenantDatabase(target.handle.db, world.a.tenantId)
      .execute(sql`select count(*) from pgboss.job`)
      .then(
        () => null,
        (error: Error) => error,
      );
    expect(String((refused?.cause as Error | undefined)?.message)).toMatch(/permission denied for schema pgboss/);
  });
});
