// Opens PostgreSQL: PGlite (embedded, persisted to a directory, or in memory for tests) or a
// PostgreSQL server through DATABASE_URL. Both run the same migrations and the same queries.
// Two roles (docs/security.md "Database roles"): the owner (DATABASE_URL; migrations and the
// named cross-tenant paths of tenant-scope.ts) and duiding_app, as which the application's
// queries run: on PostgreSQL a login of its own (DUIDING_APP_DATABASE_URL), otherwise SET ROLE.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireDataDirLock, releaseDataDirLock } from './lock-file.ts';
import { migrationFailed } from './migration-error.ts';
import { pgliteStartParams } from './pglite-settings.ts';
import { APP_ROLE, registerDatabase, scopedPgliteClient, TenantScopedPool } from './tenant-scope.ts';
import type { Database } from './database.ts';

export type { Database } from './database.ts';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' }
  /** url: the owner (migrations). appUrl: a login as duiding_app for the application's queries. */
  | { kind: 'postgres'; url: string; appUrl?: string; sharedSession?: boolean };

export interface DatabaseHandle {
  /** The owner's connection, for composition roots only (tenant-scope.ts explains the three kinds). */
  db: Database;
  kind: 'pglite' | 'postgres';
  /** The embedded instance itself, which `serve` shares with the CLI over a socket (socket-server.ts). */
  pglite?: PGlite;
  /**
   * How the application's queries become duiding_app: 'login' (a login role of its own: RESET ROLE
   * cannot leave it) or 'set-role' (the owner's connection switches role: PGlite, or PostgreSQL
   * without DUIDING_APP_DATABASE_URL).
   */
  appRole: 'login' | 'set-role';
  /** Runs the migrations that have not run yet. Safe to call from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Arbitrary constant: serialises migrations of app servers starting together. */
const MIGRATION_LOCK_ID = 4_747_001;

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.appUrl, target.sharedSession ?? false);
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
  // PGlite has one user (a superuser) and one connection: the application's queries switch to
  // duiding_app per transaction with SET LOCAL ROLE (tenant-scope.ts).
  registerDatabase(db, (scope) => drizzlePglite({ client: scopedPgliteClient(client, scope) as never, schema }) as unknown as Database);
  let closed = false;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    appRole: 'set-role',
    migrate: () => migratePglite(db as never, { migrationsFolder }).catch((error) => Promise.reject(migrationFailed(error))),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      release();
    },
  };
}

/** sharedSession: the embedded database through serve's socket (tenant-scope.ts TenantScopedPool). */
async function openPostgres(url: string, appUrl: string | undefined, sharedSession: boolean): Promise<DatabaseHandle> {
  const pool = await connectedPool(url, 'DATABASE_URL');
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  // The application's own pool, never shared with the owner's. With a login of its own nothing in
  // a connection can become the owner again; without one, a connection switches role (SET ROLE)
  // together with its scope, and one whose switch fails is destroyed (tenant-scope.ts).
  let appPool: pg.Pool | null = null;
  const appPoolOf = () => (appPool ??= new pg.Pool({ connectionString: appUrl ?? url, max: 10 }));
  if (appUrl) {
    await checkAppLogin(appPoolOf()).catch(async (error) => {
      await Promise.all([pool.end(), appPoolOf().end()]);
      throw error;
    });
  }
  const setRole = !appUrl;
  registerDatabase(
    db,
    (scope) => drizzlePg({ client: new TenantScopedPool(appPoolOf(), scope, setRole, sharedSession) as never, schema }) as unknown as Database,
  );
  let closed = false;
  return {
    db,
    kind: 'postgres',
    appRole: appUrl ? 'login' : 'set-role',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migratePg(drizzlePg(client), { migrationsFolder }).catch((error) => Promise.reject(migrationFailed(error)));
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), appPool?.end()]);
    },
  };
}

/** Fail now with a readable message rather than at the first query. */
async function connectedPool(url: string, variable: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const probe = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`Cannot reach the PostgreSQL server at ${variable}: ${error.message}`);
  });
  probe.release();
  return pool;
}

/**
 * The application's login must be duiding_app's privileges and nothing more: a superuser, a role
 * with BYPASSRLS or one that is a member of the owner would make row-level security moot.
 */
async function checkAppLogin(pool: pg.Pool): Promise<void> {
  const probe = await pool.connect().catch((error: Error) => {
    throw new Error(`Cannot reach the PostgreSQL server at DUIDING_APP_DATABASE_URL: ${error.message}`);
  });
  try {
    const { rows } = await probe.query<{ role: string; unsafe: boolean; member: boolean }>(
      `SELECT current_user AS role,
              (r.rolsuper OR r.rolbypassrls OR coalesce(pg_has_role(current_user, t.relowner, 'USAGE'), false)) AS unsafe,
              pg_has_role(current_user, '${APP_ROLE}', 'USAGE') AS member
       FROM pg_roles r LEFT JOIN pg_class t ON t.oid = to_regclass('public.tenants')
       WHERE r.rolname = current_user`,
    );
    const row = rows[0]!;
    if (row.unsafe) {
      throw new Error(
        `DUIDING_APP_DATABASE_URL logs in as "${row.role}": a superuser, a role with BYPASSRLS or the owner of the tables. Use the role ${APP_ROLE} (docs/operations.md).`,
      );
    }
    if (!row.member)
      throw new Error(`DUIDING_APP_DATABASE_URL logs in as "${row.role}", which does not have the privileges of ${APP_ROLE} (docs/operations.md).`);
  } finally {
    probe.release();
  }
}
