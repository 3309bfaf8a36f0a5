// `duiding backup` and `duiding restore` while `duiding serve` runs on the embedded database
// (src/cli/serve-maintenance.ts): the server makes the dump and swaps the database itself, asked
// over its control channel. A real server process, real CLI processes, stories posted under load.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.ts';
import { restoreDataDir } from '../../src/db/embedded-backup.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { postJson, startServer, type ServerProcess } from '../support/server-process.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const BIN = path.resolve('bin/duiding.mjs');
let work: string;
let dataDir: string;
let server: ServerProcess;
const backupFile = () => path.join(work, 'live.tar.gz');

function duiding(args: string[], dir = dataDir): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dir } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

async function signIn(): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'analist@voorbeeld.example', password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0];
}

const signedIn = async (cookie: string) => (await fetch(`${server.url}/api/v1/questionnaires`, { headers: { cookie } })).status;

async function storyIds(dir: string, ids: string[]): Promise<number> {
  const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    const found = (await handle.db.execute(
      sql`select count(*) as n from stories where id::text in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
    )) as unknown as { rows: { n: string }[] };
    return Number(found.rows[0].n);
  } finally {
    await handle.close();
  }
}

// Shared by the steps below, in order: the session and stories of before the backup, and after.
let sessionInBackup: string;
let ackedBeforeBackup: string[] = [];
let postedAfterBackup: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-live-backup-'));
  dataDir = path.join(work, 'data');
  const setup = await openDatabase({ kind: 'pglite', dataDir });
  await setup.migrate();
  await seedDemo(setup.db, { stories: 5 });
  await setup.close();
  server = await startServer({ DATABASE_URL: '', DUIDING_DATA_DIR: dataDir });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('backup and restore while the server runs (PGlite)', { timeout: 300_000 }, () => {
  it('backup: made by the server under load, holding every story acknowledged before it started', async () => {
    sessionInBackup = await signIn();
    const endpoint = `${server.url}/api/v1/collections/${DEMO_SLUG}/stories`;
    const acknowledged: string[] = [];
    let stop = false;
    let posts = 0;
    const workers = Array.from({ length: 4 }, async (_, i) => {
      while (!stop) {
        // A new loopback address every few posts: the intake limit (30 a minute per address) stays out of the way.
        const from = `127.0.${1 + (Math.floor(posts++ / 10) % 200)}.${20 + i}`;
        const response = await postJson(endpoint, demoSubmission({ title: `Tijdens de back-up ${i}` }), from);
        if (response.status === 201) acknowledged.push((response.json as { id: string }).id);
      }
    });
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    ackedBeforeBackup = [...acknowledged];
    const backup = await duiding(['backup', '--out', backupFile()]);
    const duringAndAfter = acknowledged.length;
    // Keep posting a moment after the backup: the server is still taking stories.
    while (acknowledged.length === duringAndAfter && Date.now() < deadline + 30_000) await new Promise((r) => setTimeout(r, 20));
    stop = true;
    await Promise.all(workers);

    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toContain(`De server (pid ${server.child.pid}) maakt de back-up`);
    expect(backup.stdout).toContain(`gemaakt door de draaiende server (pid ${server.child.pid})`);
    expect(ackedBeforeBackup.length).toBeGreaterThanOrEqual(10);
    expect(acknowledged.length).toBeGreaterThan(duringAndAfter);

    // The backup opens (as `duiding restore` would load it) and holds every story acknowledged before it began.
    const opened = path.join(work, 'opened');
    expect((await restoreDataDir(opened, backupFile())).tenants).toBe(1);
    expect(await storyIds(opened, ackedBeforeBackup)).toBe(ackedBeforeBackup.length);
    // …and not those made after it: it is the database of one moment.
    const later = acknowledged.slice(duringAndAfter);
    expect(await storyIds(opened, later)).toBe(0);
  });

  it('a broken file changes nothing while the server keeps serving', async () => {
    const junk = path.join(work, 'kapot.tar.gz');
    fs.writeFileSync(junk, Buffer.concat([fs.readFileSync(backupFile()).subarray(0, 2000), Buffer.from('afgebroken')]));
    const listing = fs.readdirSync(dataDir).sort();
    const restore = duiding(['restore', junk]);
    let done = false;
    void restore.then(() => (done = true));
    const statuses = new Set<number>();
    while (!done) {
      statuses.add((await fetch(`${server.url}/health`)).status);
      await new Promise((r) => setTimeout(r, 20));
    }
    const result = await restore;
    expect(result.code).toBe(64);
    expect(result.stderr).toContain(`${junk} is geen bruikbare back-up van Duiding`);
    expect(result.stderr).toContain('Er is niets veranderd');
    expect([...statuses]).toEqual([200]);
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing);
    expect(await signedIn(sessionInBackup)).toBe(200);
  });

  it('restore: the server checks, pauses with 503, swaps, and answers with the restored data', async () => {
    const sessionAfterBackup = await signIn();
    const posted = await postJson(`${server.url}/api/v1/collections/${DEMO_SLUG}/stories`, demoSubmission({ title: 'Na de back-up' }), '127.0.0.40');
    expect(posted.status).toBe(201);
    postedAfterBackup = (posted.json as { id: string }).id;

    const restore = duiding(['restore', backupFile()]);
    let done = false;
    void restore.then(() => (done = true));
    const seen: { status: number; retryAfter: string | null; type: string | null }[] = [];
    while (!done) {
      for (const url of [`${server.url}/api/v1/questionnaires`, `${server.url}/inloggen`]) {
        const response = await fetch(url, { headers: { cookie: sessionInBackup } });
        seen.push({ status: response.status, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type') });
        await response.arrayBuffer();
      }
    }
    const result = await restore;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Back-up in orde (1 gemeente(n))');
    expect(result.stdout).toContain('Teruggezet uit');
    expect(result.stdout).toContain(`De server (pid ${server.child.pid}) antwoordt weer`);
    const aside = fs.readdirSync(dataDir).filter((name) => name.startsWith('pgdata.voor-herstel-'));
    expect(aside).toHaveLength(1);
    expect(result.stdout).toContain(aside[0]);

    // While it swapped: 503 with Retry-After (problem+json on the API), never an error of another kind.
    const unavailable = seen.filter((s) => s.status === 503);
    expect(unavailable.length, JSON.stringify(seen.slice(-5))).toBeGreaterThan(0);
    expect(unavailable.every((s) => s.retryAfter === '5')).toBe(true);
    expect(unavailable.some((s) => s.type?.startsWith('application/problem+json'))).toBe(true);
    expect(
      seen.every((s) => s.status === 200 || s.status === 503),
      JSON.stringify(seen.filter((s) => s.status !== 200 && s.status !== 503)),
    ).toBe(true);

    // Afterwards: the restored database. Its session works; one made after the backup does not exist there.
    expect(await signedIn(sessionInBackup)).toBe(200);
    expect(await signedIn(sessionAfterBackup)).toBe(401);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const again = await postJson(`${server.url}/api/v1/collections/${DEMO_SLUG}/stories`, demoSubmission({ title: 'Na het terugzetten' }), '127.0.0.41');
    expect(again.status).toBe(201);
    // A command beside the server works on the restored database too (through the socket).
    const exported = await duiding(['export', 'stories', '--questionnaire', 'zo-thuis']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('Na het terugzetten');
    expect(exported.stdout).not.toContain('Na de back-up');

    await server.stop();
    expect(await storyIds(dataDir, ackedBeforeBackup)).toBe(ackedBeforeBackup.length);
    expect(await storyIds(dataDir, [postedAfterBackup])).toBe(0);
    expect(await storyIds(dataDir, [(again.json as { id: string }).id])).toBe(1);
  });

  it('a restore while another command holds the data directory is refused', async () => {
    const held = path.join(work, 'held');
    fs.mkdirSync(held);
    // A live process that is not a server (no duiding.socket): as a running `duiding import` would hold it.
    fs.writeFileSync(path.join(held, 'duiding.lock'), String(process.pid));
    const result = await duiding(['restore', backupFile()], held);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`een ander Duiding-commando (pid ${process.pid})`);
    expect(fs.readdirSync(held)).toEqual(['duiding.lock']);
  });
});
