// Row-level security, the application side: queries of a signed-in request run as the NOLOGIN
// role duiding_app with app.tenant_id (and app.user_id) set, so PostgreSQL itself refuses rows of
// another municipality even if a service forgot a tenant filter (migration 0003, docs/security.md).
//
// Two ways in:
// - inTenantScope(db, scope, fn): one transaction, SET LOCAL ROLE + set_config(…, true).
// - tenantDatabase(db, scope): a Database whose every query (and every db.transaction) runs in
//   its own short scoped transaction. That is what requests use: no transaction is held open
//   for a whole request (PGlite has ONE connection), a CSV export that streams after the handler
//   returned still works, and services' own db.transaction calls nest as usual.
// The connection owner (a superuser or the migrating role) bypasses RLS, which is why the scope
// switches role rather than relying on the setting alone.
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database } from './connection.ts';

export const APP_ROLE = 'duiding_app';

export interface TenantScope {
  tenantId: string;
  /** Lets a person see their own memberships and sessions in other municipalities. */
  userId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function normalise(scope: TenantScope | string): Required<TenantScope> {
  const s = typeof scope === 'string' ? { tenantId: scope, userId: null } : { tenantId: scope.tenantId, userId: scope.userId ?? null };
  // Checked so that the settings can be sent as one simple statement without parameters.
  if (!UUID.test(s.tenantId) || (s.userId !== null && !UUID.test(s.userId))) throw new Error('tenant scope needs uuids');
  return s;
}

/** One statement (simple protocol) that enters the scope; LOCAL ends with the transaction. */
function enterSql(scope: Required<TenantScope>, local: boolean): string {
  const flag = local ? 'true' : 'false';
  return (
    `SET ${local ? 'LOCAL ' : ''}ROLE ${APP_ROLE}; ` +
    `SELECT set_config('app.tenant_id', '${scope.tenantId}', ${flag}), set_config('app.user_id', '${scope.userId ?? ''}', ${flag})`
  );
}

/** Runs fn in one transaction as duiding_app for this tenant. Keep it short on PGlite. */
export async function inTenantScope<T>(db: Database, scope: TenantScope | string, fn: (tx: Database) => Promise<T>): Promise<T> {
  const s = normalise(scope);
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
    await tx.execute(sql`select set_config('app.tenant_id', ${s.tenantId}, true), set_config('app.user_id', ${s.userId ?? ''}, true)`);
    return fn(tx as unknown as Database);
  });
}

type ScopedFactory = (scope: Required<TenantScope>) => Database;
const factories = new WeakMap<object, ScopedFactory>();
const cache = new WeakMap<object, Map<string, Database>>();

/** Called by connection.ts for every database it opens. */
export function registerTenantScopes(db: Database, factory: ScopedFactory): void {
  factories.set(db, factory);
}

/** The per-query scoped Database for this tenant (cached per tenant and user). */
export function tenantDatabase(db: Database, scope: TenantScope | string): Database {
  const s = normalise(scope);
  const factory = factories.get(db);
  if (!factory) {
    // Already scoped (or not opened by connection.ts): never silently widen the scope.
    if (scopedDatabases.has(db)) return db;
    throw new Error('tenantDatabase: database was not opened with openDatabase');
  }
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const key = `${s.tenantId}/${s.userId ?? ''}`;
  let scoped = perDb.get(key);
  if (!scoped) {
    scoped = factory(s);
    scopedDatabases.add(scoped);
    if (perDb.size > 1000) perDb.clear();
    perDb.set(key, scoped);
  }
  return scoped;
}

const scopedDatabases = new WeakSet<object>();

/** PGlite: each query is its own transaction so the scope can be LOCAL (one shared connection). */
export function scopedPgliteClient(client: PGlite, scope: Required<TenantScope>) {
  const enter = (tx: PgliteTransaction) => tx.exec(enterSql(scope, true));
  return {
    query: (text: string, params?: unknown[], options?: object) =>
      client.transaction(async (tx) => {
        await enter(tx);
        return tx.query(text, params, options);
      }),
    transaction: <T>(fn: (tx: PgliteTransaction) => Promise<T>) =>
      client.transaction(async (tx) => {
        await enter(tx);
        return fn(tx);
      }),
  };
}

/**
 * node-postgres: a pool look-alike (drizzle recognises it by its class name) over a pool used only
 * for scoped queries. Its connections are always duiding_app; the tenant setting is changed only
 * when a connection last served another scope, so a scoped query usually costs no extra round
 * trip. The owner's pool never sees these connections. A connection whose scope cannot be set is
 * destroyed rather than reused.
 */
const SCOPE_OF_CONNECTION = Symbol('duiding.scope');

export class TenantScopedPool {
  constructor(
    private readonly pool: pg.Pool,
    private readonly scope: Required<TenantScope>,
  ) {}

  async connect(): Promise<pg.PoolClient> {
    const client = (await this.pool.connect()) as pg.PoolClient & { [SCOPE_OF_CONNECTION]?: string };
    const key = `${this.scope.tenantId}/${this.scope.userId ?? ''}`;
    if (client[SCOPE_OF_CONNECTION] !== key) {
      try {
        client[SCOPE_OF_CONNECTION] = undefined;
        await client.query(enterSql(this.scope, false));
        client[SCOPE_OF_CONNECTION] = key;
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    }
    return client;
  }

  async query(config: unknown, params?: unknown[]) {
    const client = await this.connect();
    try {
      return await client.query(config as string, params);
    } finally {
      client.release();
    }
  }
}
