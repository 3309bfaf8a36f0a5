// serve's socket (src/db/socket-server.ts, socket-queue.ts): a client's transaction and the
// server's own queries on the one PGlite connection never run inside each other.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/connection.ts';
import { startSocketServer } from '../../src/db/socket-server.ts';
import { tenantDatabase } from '../../src/db/tenant-scope.ts';

describe('PGlite shared over the socket', () => {
  let dir: string;
  let db: PGlite;
  let server: Awaited<ReturnType<typeof startSocketServer>>;
  const client = () => new pg.Client({ host: server.dir, port: 5432, user: 'postgres', database: 'postgres' });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-socket-'));
    db = await PGlite.create();
    await db.exec('CREATE TABLE t (v text)');
    server = await startSocketServer(db, dir);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the server out of a client transaction, and the client out of a server transaction', async () => {
    const c = client();
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query("INSERT INTO t VALUES ('client')");
      // The server's own write waits for the client's transaction instead of joining it...
      const serverWrite = db.query("INSERT INTO t VALUES ('server')");
      await new Promise((resolve) => setTimeout(resolve, 100));
      await c.query('ROLLBACK');
      await serverWrite;
      // ...so the client's rollback does not take the server's row with it.
      expect((await db.query<{ v: string }>('SELECT v FROM t ORDER BY v')).rows.map((r) => r.v)).toEqual(['server']);

      // And a client statement waits for a server transaction to end.
      let clientSaw: string[] | null = null;
      await db.transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES ('in-tx')");
        void c.query<{ v: string }>('SELECT v FROM t ORDER BY v').then((r) => (clientSaw = r.rows.map((x) => x.v)));
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(clientSaw).toBeNull();
        await tx.rollback();
      });
      await expect.poll(() => clientSaw).toEqual(['server']);
    } finally {
      await c.end();
    }
  });

  it('rolls back the transaction of a client that goes away, and lets the server go on', async () => {
    const c = client();
    await c.connect();
    await c.query('BEGIN');
    await c.query("INSERT INTO t VALUES ('abandoned')");
    (c as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await c.end().catch(() => {});
    const rows = await db.query<{ v: string }>("SELECT v FROM t WHERE v = 'abandoned'");
    expect(rows.rows).toEqual([]);
    expect(db.isInTransaction()).toBe(false);
  });

  it("keeps a command's tenant scope inside its own transaction: the server's one session stays the owner", async () => {
    await db.exec('DO $$ BEGIN CREATE ROLE duiding_app NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$; GRANT SELECT ON t TO duiding_app');
    const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(server.dir)}&port=5432`;
    const command = await openDatabase({ kind: 'postgres', url, sharedSession: true });
    try {
      const scoped = tenantDatabase(command.db, '00000000-0000-4000-8000-000000000001');
      const inside = (await scoped.execute(sql`select current_user as role, current_setting('app.tenant_id', true) as tenant`)) as unknown as {
        rows: { role: string; tenant: string }[];
      };
      expect(inside.rows[0]).toEqual({ role: 'duiding_app', tenant: '00000000-0000-4000-8000-000000000001' });
      // A session-level SET ROLE by the command would make the server (and every other command)
      // duiding_app from here on, with its tenant setting.
      const after = await db.query<{ role: string; tenant: string | null }>(
        "select current_user as role, nullif(current_setting('app.tenant_id', true), '') as tenant",
      );
      expect(after.rows[0]).toEqual({ role: 'postgres', tenant: null });
      const owner = (await command.db.execute(sql`select current_user as role`)) as unknown as { rows: { role: string }[] };
      expect(owner.rows[0]!.role).toBe('postgres');
    } finally {
      await command.close();
    }
  });

  it('is reachable only by its owner', () => {
    expect(fs.statSync(server.dir).mode & 0o077).toBe(0);
    expect(fs.statSync(path.join(server.dir, '.s.PGSQL.5432')).mode & 0o077).toBe(0);
  });
});
