// serve's socket while a restore swaps the database (socket-queue.ts pause/resume): a session in a
// transaction finishes it, new sessions are told why they are refused, sessions of the replaced
// database are refused afterwards, and new ones see the new database. The backup dump
// (dumpPglite) waits for a client's transaction instead of taking half of it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpPglite } from '../../src/db/embedded-backup.ts';
import { startSocketServer } from '../../src/db/socket-server.ts';

describe('the socket during a restore', () => {
  let dir: string;
  let first: PGlite;
  let second: PGlite;
  let server: Awaited<ReturnType<typeof startSocketServer>>;
  const client = () => new pg.Client({ host: server.dir, port: 5432, user: 'postgres', database: 'postgres' });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-socket-pause-'));
    first = await PGlite.create();
    await first.exec("CREATE TABLE t (v text); INSERT INTO t VALUES ('eerste')");
    second = await PGlite.create();
    await second.exec("CREATE TABLE t (v text); INSERT INTO t VALUES ('tweede')");
    server = await startSocketServer(first, dir);
  });
  afterAll(async () => {
    await server?.stop();
    await first?.close();
    await second?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the dump waits for a client transaction to end', async () => {
    const c = client();
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query("INSERT INTO t VALUES ('half')");
      let dumped = false;
      const dump = dumpPglite(first).then(() => (dumped = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(dumped).toBe(false);
      await c.query('ROLLBACK');
      await dump;
      expect(dumped).toBe(true);
    } finally {
      await c.end();
    }
  });

  it('refuses with the reason while paused, and sessions of the replaced database afterwards', async () => {
    const before = client();
    await before.connect();
    await before.query('BEGIN');
    server.pause('De server zet een back-up terug (test)');
    // The session inside a transaction may finish it...
    await before.query("INSERT INTO t VALUES ('binnen')");
    await before.query('COMMIT');
    // ...a new one is told why it cannot come in.
    await expect(client().connect()).rejects.toThrow('De server zet een back-up terug (test)');

    server.resume(second);
    const stale = before.query('SELECT v FROM t');
    before.on('error', () => {}); // the FATAL error also closes the connection
    await expect(stale).rejects.toThrow(/teruggezet uit een back-up/);

    const after = client();
    await after.connect();
    try {
      expect((await after.query<{ v: string }>('SELECT v FROM t')).rows.map((r) => r.v)).toEqual(['tweede']);
    } finally {
      await after.end();
    }
    expect((await first.query<{ v: string }>('SELECT v FROM t ORDER BY v')).rows.map((r) => r.v)).toEqual(['binnen', 'eerste']);
  });
});
