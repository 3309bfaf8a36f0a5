// The databases integration tests run against: always PGlite in memory, and a real PostgreSQL
// server when one is configured — by pg_virtualenv (PGHOST, PGPORT, PGUSER, PGPASSWORD,
// PGDATABASE; see scripts/run-tests.mjs) or by DUIDING_TEST_DATABASE_URL (a connection with the
// right to create databases). Each create() on the server makes a fresh database, so test files
// running in parallel never share data; close() drops it again.
//
//   describe.each(testDatabaseTargets())('$name', ({ create }) => { ... })
//
// With DUIDING_REQUIRE_POSTGRES=1 (CI) a missing server is an error instead of a skipped target.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';

export interface TestDatabaseTarget {
  name: 'pglite' | 'postgres';
  /** A migrated, empty database of its own; close() it when done. */
  create(): Promise<DatabaseHandle>;
}

interface ServerConfig {
  /** Connection to an existing database, used only to create and drop test databases. */
  admin: pg.ClientConfig;
  /** Connection URL for a database of the given name on the same server. */
  urlFor(database: string, login?: { user: string; password: string }): string;
}

/**
 * The application's own login (docs/operations.md "Database roles"): the tests connect as
 * duiding_app, as a real installation should, so RESET ROLE cannot reach the owner. Roles are
 * cluster-wide; test files create databases in parallel, so this tolerates a concurrent twin.
 */
const TEST_APP_LOGIN = { user: 'duiding_app', password: 'duiding-app-test' };
let appLoginReady: Promise<void> | null = null;

function ensureAppLogin(config: ServerConfig): Promise<void> {
  appLoginReady ??= (async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        await withAdmin(config, (client) =>
          client.query(`DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'duiding_app') THEN
              CREATE ROLE duiding_app LOGIN PASSWORD '${TEST_APP_LOGIN.password}';
            ELSIF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'duiding_app') THEN
              ALTER ROLE duiding_app LOGIN PASSWORD '${TEST_APP_LOGIN.password}';
            END IF;
          END $$`),
        );
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
      }
    }
  })();
  return appLoginReady;
}

function serverConfig(): ServerConfig | null {
  const url = process.env.DUIDING_TEST_DATABASE_URL;
  if (url) {
    return {
      admin: { connectionString: url },
      urlFor(database, login) {
        const u = new URL(url);
        u.pathname = `/${encodeURIComponent(database)}`;
        if (login) {
          u.username = encodeURIComponent(login.user);
          u.password = encodeURIComponent(login.password);
        }
        return u.toString();
      },
    };
  }
  const host = process.env.PGHOST;
  if (!host) return null;
  const port = process.env.PGPORT ?? '5432';
  const user = process.env.PGUSER ?? os.userInfo().username;
  const password = process.env.PGPASSWORD;
  return {
    admin: { host, port: Number(port), user, password, database: process.env.PGDATABASE ?? 'postgres' },
    urlFor(database, login) {
      // Host in the query string, so that a socket directory (PGHOST=/var/run/postgresql) works too.
      const [u, p] = login ? [login.user, login.password] : [user, password];
      const auth = encodeURIComponent(u) + (p ? `:${encodeURIComponent(p)}` : '');
      const query = new URLSearchParams({ host, port });
      return `postgres://${auth}@/${encodeURIComponent(database)}?${query}`;
    },
  };
}

async function withAdmin<T>(config: ServerConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config.admin);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createPglite(): Promise<DatabaseHandle> {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

async function createEmptyServerDatabase(config: ServerConfig): Promise<{ url: string; appUrl: string; drop(): Promise<unknown> }> {
  // Only [a-z0-9_]: safe to put in the SQL text unquoted.
  const name = `duiding_test_${randomBytes(8).toString('hex')}`;
  await ensureAppLogin(config);
  await withAdmin(config, (client) => client.query(`CREATE DATABASE ${name}`));
  return {
    url: config.urlFor(name),
    appUrl: config.urlFor(name, TEST_APP_LOGIN),
    drop: () => withAdmin(config, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/**
 * An empty database on the test server (no migrations), for a separate process to use via
 * DATABASE_URL (the owner) and DUIDING_APP_DATABASE_URL (appUrl).
 */
export async function createServerDatabaseUrl(): Promise<{ url: string; appUrl: string; drop(): Promise<unknown> } | null> {
  const config = serverConfig();
  return config ? createEmptyServerDatabase(config) : null;
}

async function createOnServer(config: ServerConfig): Promise<DatabaseHandle> {
  const { url, appUrl, drop } = await createEmptyServerDatabase(config);
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ kind: 'postgres', url, appUrl });
  } catch (error) {
    await drop();
    throw error;
  }
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    await drop();
    throw error;
  }
  let closed = false;
  return {
    ...handle,
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
      await drop();
    },
  };
}

/**
 * A fresh database owned by a new role that is neither superuser nor allowed to create roles, the
 * way docs/operations.md tells an administrator to prepare one (duiding_app exists first and the
 * owner is a member). Null without a test server.
 */
export async function createDatabaseWithPlainOwner(): Promise<{ url: string; appUrl: string; drop(): Promise<unknown> } | null> {
  const config = serverConfig();
  if (!config) return null;
  await ensureAppLogin(config);
  const suffix = randomBytes(6).toString('hex');
  const owner = `duiding_owner_${suffix}`;
  const name = `duiding_test_${suffix}`;
  const password = `owner-${suffix}`;
  await withAdmin(config, async (client) => {
    await client.query(`CREATE ROLE ${owner} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS`);
    await client.query(`GRANT duiding_app TO ${owner}`);
    await client.query(`CREATE DATABASE ${name} OWNER ${owner}`);
  });
  return {
    url: config.urlFor(name, { user: owner, password }),
    appUrl: config.urlFor(name, TEST_APP_LOGIN),
    drop: () =>
      withAdmin(config, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS ${owner}`);
      }),
  };
}

export function postgresConfigured(): boolean {
  return serverConfig() !== null;
}

export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ name: 'pglite', create: createPglite }];
  const server = serverConfig();
  if (server) {
    targets.push({ name: 'postgres', create: () => createOnServer(server) });
  } else if (process.env.DUIDING_REQUIRE_POSTGRES === '1') {
    throw new Error(
      'DUIDING_REQUIRE_POSTGRES=1 but no PostgreSQL server is configured: run the tests with `npm test` ' +
        '(which starts one with pg_virtualenv), or set PGHOST or DUIDING_TEST_DATABASE_URL.',
    );
  }
  return targets;
}
