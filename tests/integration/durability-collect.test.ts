// Durability of the collection API: stories posted under load to a real `duiding serve` process,
// which is killed with SIGKILL mid-load and started again. Every story the server acknowledged
// (201) must be there afterwards, whole (with its answers) — on PGlite and on a PostgreSQL server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '../../src/db/connection.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { createServerDatabaseUrl, postgresConfigured } from '../support/databases.ts';
import { postJson, startServer } from '../support/server-process.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const WORKERS = 8;
const KILL_AFTER_ACKNOWLEDGED = 40;
const cleanups: (() => Promise<unknown> | undefined)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Installation {
  target: DatabaseTarget;
  env: Record<string, string>;
}

async function pgliteInstallation(): Promise<Installation> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-durability-'));
  cleanups.push(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    return undefined;
  });
  return { target: { kind: 'pglite', dataDir }, env: { DATABASE_URL: '', DUIDING_DATA_DIR: dataDir } };
}

async function postgresInstallation(): Promise<Installation> {
  const database = (await createServerDatabaseUrl())!;
  cleanups.push(() => database.drop());
  return { target: { kind: 'postgres', url: database.url }, env: { DATABASE_URL: database.url } };
}

const installations: [string, () => Promise<Installation>][] = [['pglite', pgliteInstallation]];
if (postgresConfigured()) installations.push(['postgres', postgresInstallation]);

describe.each(installations)('kill -9 under load on %s', (_name, make) => {
  it('keeps every acknowledged story, whole, after the server is killed and restarted', { timeout: 300_000 }, async () => {
    const { target, env } = await make();
    const setup = await openDatabase(target);
    await setup.migrate();
    await seedDemo(setup.db, { stories: 5 });
    await setup.close();

    const server = await startServer(env);
    const endpoint = `${server.url}/api/v1/collections/${DEMO_SLUG}/stories`;
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let dead = false;
    // Each worker posts from its own loopback address (see postJson): concurrent load that the
    // per-address intake limit lets through.
    const workers = Array.from({ length: WORKERS }, async (_, i) => {
      while (!dead) {
        try {
          const response = await postJson(endpoint, demoSubmission({ title: `Onder belasting ${i}` }), `127.0.0.${10 + i}`);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 201) acknowledged.push((response.json as { id: string }).id);
        } catch {
          // the connection broke: the server is gone (an unacknowledged story may or may not be stored)
        }
      }
    });
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < KILL_AFTER_ACKNOWLEDGED && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await server.kill9();
    dead = true;
    await Promise.all(workers);
    expect(acknowledged.length, `statuses: ${JSON.stringify([...statuses])}\n${server.output()}`).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

    const restarted = await startServer(env);
    try {
      expect((await fetch(`${restarted.url}/health`)).status).toBe(200);
      const after = await postJson(`${restarted.url}/api/v1/collections/${DEMO_SLUG}/stories`, demoSubmission(), '127.0.0.99');
      expect(after.status).toBe(201);
    } finally {
      await restarted.stop();
    }

    const check = await openDatabase(target);
    try {
      const ids = JSON.stringify(acknowledged);
      const found = (await check.db.execute(sql`select count(*) as n,
          count(*) filter (where exists (select 1 from story_answers a where a.tenant_id = s.tenant_id and a.story_id = s.id)) as whole
        from stories s where s.id::text in (select jsonb_array_elements_text(${ids}::jsonb))`)) as unknown as { rows: { n: string; whole: string }[] };
      expect(Number(found.rows[0].n)).toBe(acknowledged.length);
      expect(Number(found.rows[0].whole)).toBe(acknowledged.length);
    } finally {
      await check.close();
    }
  });
});
