// Opens PostgreSQL: PGlite (embedded, persisted to a directory, or in memory for tests) or a
// PostgreSQL server through DATABASE_URL. Both run the same migrations and the same queries.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireDataDirLock, releaseDataDirLock } from './lock-file.ts';
import { pgliteStartParams } from './pglite-settings.ts';
import { registerTenantScopes, scopedPgliteClient, TenantScopedPool } from './tenant-scope.ts';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' }
  | { kind: 'postgres'; url: string };

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** The embedded instance itself, which `serve` shares with the CLI over a socket (socket-server.ts). */
  pglite?: PGlite;
  /** Runs the migrations that have not run yet. Safe to call from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Arbitrary constant: serialises migrations of app servers starting together. */
const MIGRATION_LOCK_ID = 4_747_001;

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') return openPostgres(target.url);
  return openPglite(target.kind === 'pglite' ? target.dataDir : undefined);
}

/**
 * Opens the embedded database in a data directory whose lock this process already holds: `serve`
 * reopening after a restore (live-maintenance.ts), so that no other process can slip in between.
 */
export function reopenPglite(dataDir: string): Promise<DatabaseHandle> {
  return openPglite(dataDir, true);
}

async function openPglite(dataDir: string | undefined, lockHeld = false): Promise<DatabaseHandle> {
  const release = !dataDir ? () => {} : lockHeld ? () => releaseDataDirLock(dataDir) : acquireDataDirLock(dataDir);
  let client: PGlite;
  try {
    const options = { startParams: pgliteStartParams() };
    client = dataDir ? await PGlite.create(path.join(dataDir, 'pgdata'), options) : await PGlite.create(options);
  } catch (error) {
    if (!lockHeld) release(); // a reopen that fails keeps the lock: serve tries the previous folder next
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  // Signed-in requests query through a row-level-security scope (tenant-scope.ts).
  registerTenantScopes(db, (scope) => drizzlePglite({ client: scopedPgliteClient(client, scope) as never, schema }) as unknown as Database);
  let closed = false;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      release();
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail now with a readable message rather than at the first query.
  const probe = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`Cannot reach the PostgreSQL server at DATABASE_URL: ${error.message}`);
  });
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  // Row-level-security scopes get their own pool, so that no connection of the owner's pool is
  // ever left in the application role (tenant-scope.ts).
  let scopedPool: pg.Pool | null = null;
  registerTenantScopes(db, (scope) => {
    scopedPool ??= new pg.Pool({ connectionString: url, max: 10 });
    return drizzlePg({ client: new TenantScopedPool(scopedPool, scope) as never, schema }) as unknown as Database;
  });
  let closed = false;
  return {
    db,
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), scopedPool?.end()]);
    },
  };
}
