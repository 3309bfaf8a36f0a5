// Row-level security, the application side (migrations 0003 and 0006, docs/security.md).
//
// Every database opened by connection.ts comes in three kinds, reachable from one another:
// - ownerDatabase(db): the role that owns the tables (ran the migrations). Cross-tenant work
//   only, each use named and commented: migrations, the retention job, creating, exporting and
//   deleting a municipality, the CLI's administrator commands, sign-in and session look-up.
//   DatabaseHandle.db is this one: composition roots (serve, the CLI, tests) hold it, the HTTP
//   app never uses it as its default (createApp wraps it in appDatabase).
// - appDatabase(db): the role duiding_app without a municipality. Under FORCE ROW LEVEL
//   SECURITY it sees no tenant rows at all; public routes start here.
// - tenantDatabase(db, scope): duiding_app with app.tenant_id (and app.user_id) set. Every query,
//   and every db.transaction, runs in its own short scoped transaction (PGlite has ONE
//   connection; no transaction is held for a request; a CSV export that streams after its
//   handler returned still works; services' nested transactions are savepoints).
//
// How "duiding_app" is reached differs per database, and with it what a RESET ROLE can do:
// - PostgreSQL with DUIDING_APP_DATABASE_URL: the app's pool logs in as duiding_app (a login role
//   that owns nothing); RESET ROLE returns to duiding_app. This is the recommended setup.
// - PostgreSQL without it, and PGlite: the connection belongs to the owner (PGlite: its only
//   user, a superuser) and switches with SET [LOCAL] ROLE; injected SQL that said RESET ROLE
//   would be the owner again. All our SQL is parameterised; docs/security.md says this plainly.
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database } from './database.ts';

export const APP_ROLE = 'duiding_app';

export interface TenantScope {
  tenantId: string;
  /** Lets a person see their own memberships and sessions in other municipalities. */
  userId?: string | null;
}

/** No municipality: duiding_app sees no tenant rows (appDatabase). */
type Scope = { tenantId: string | null; userId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function normalise(scope: TenantScope | string): Required<TenantScope> & Scope {
  const s = typeof scope === 'string' ? { tenantId: scope, userId: null } : { tenantId: scope.tenantId, userId: scope.userId ?? null };
  // Checked so that the settings can be sent as one simple statement without parameters.
  if (!UUID.test(s.tenantId) || (s.userId !== null && !UUID.test(s.userId))) throw new Error('tenant scope needs uuids');
  return s;
}

const keyOf = (s: Scope) => `${s.tenantId ?? ''}/${s.userId ?? ''}`;

/** One statement (simple protocol) that enters the scope; LOCAL ends with the transaction. */
function enterSql(scope: Scope, options: { local: boolean; setRole: boolean }): string {
  const flag = options.local ? 'true' : 'false';
  const role = options.setRole ? `SET ${options.local ? 'LOCAL ' : ''}ROLE ${APP_ROLE}; ` : '';
  return role + `SELECT set_config('app.tenant_id', '${scope.tenantId ?? ''}', ${flag}), set_config('app.user_id', '${scope.userId ?? ''}', ${flag})`;
}

/** Runs fn in one transaction as duiding_app for this tenant. Keep it short on PGlite. */
export async function inTenantScope<T>(db: Database, scope: TenantScope | string, fn: (tx: Database) => Promise<T>): Promise<T> {
  return tenantDatabase(db, scope).transaction((tx) => fn(tx as unknown as Database));
}

/**
 * Lets this transaction (of the owner) delete the audit log of one municipality: the trigger of
 * migration 0006 refuses every other UPDATE, DELETE and TRUNCATE of audit_log. Only erasing a
 * whole municipality calls this (services/tenant-data.ts deleteTenant).
 */
export async function allowAuditErasure(tx: Pick<Database, 'execute'>, tenantId: string): Promise<void> {
  if (!UUID.test(tenantId)) throw new Error('allowAuditErasure needs a uuid');
  await tx.execute(sql`select set_config('duiding.erase_tenant', ${tenantId}, true)`);
}

type ScopedFactory = (scope: Scope) => Database;

interface Family {
  owner: Database;
  factory: ScopedFactory;
  cache: Map<string, Database>;
}

/** Every Database of one handle (owner, app, scoped) → its family. */
const families = new WeakMap<object, Family>();
/** Scoped databases → their scope, so that asking again for the same scope returns them. */
const scopeOf = new WeakMap<object, Scope>();

/** Called by connection.ts for every database it opens. */
export function registerDatabase(owner: Database, factory: ScopedFactory): void {
  families.set(owner, { owner, factory, cache: new Map() });
}

function familyOf(db: Database): Family {
  const family = families.get(db);
  if (!family) throw new Error('database was not opened with openDatabase');
  return family;
}

function scoped(family: Family, scope: Scope): Database {
  const key = keyOf(scope);
  let db = family.cache.get(key);
  if (!db) {
    db = family.factory(scope);
    families.set(db, family);
    scopeOf.set(db, scope);
    if (family.cache.size > 1000) family.cache.clear();
    family.cache.set(key, db);
  }
  return db;
}

/**
 * The owner's connection: sees every municipality. The deliberate path for cross-tenant work;
 * grep for ownerDatabase to find every use, each with the reason beside it.
 */
export function ownerDatabase(db: Database): Database {
  return familyOf(db).owner;
}

/** duiding_app without a municipality: what the HTTP app uses until a guard scopes a request. */
export function appDatabase(db: Database): Database {
  return scoped(familyOf(db), { tenantId: null, userId: null });
}

/** The per-query scoped Database for this tenant (cached per tenant and user). */
export function tenantDatabase(db: Database, scope: TenantScope | string): Database {
  const s = normalise(scope);
  const current = scopeOf.get(db);
  // A request already scoped to one municipality never silently moves to another one.
  if (current && current.tenantId !== null && keyOf(current) !== keyOf(s)) throw new Error('tenantDatabase: already scoped to another tenant');
  return scoped(familyOf(db), s);
}

/** PGlite: each query is its own transaction so the scope can be LOCAL (one shared connection). */
export function scopedPgliteClient(client: PGlite, scope: Scope) {
  const statement = enterSql(scope, { local: true, setRole: true });
  const enter = (tx: PgliteTransaction) => tx.exec(statement);
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
 * node-postgres: a pool look-alike (drizzle recognises it by its class name) over the app's pool,
 * whose connections are always duiding_app (a login role, or SET ROLE with the first scope; see
 * connection.ts). The settings are changed only when a connection last served another scope, so a
 * scoped query usually costs no extra round trip. The owner's pool never sees these connections.
 * A connection whose scope cannot be set is destroyed rather than reused.
 */
const SCOPE_OF_CONNECTION = Symbol('duiding.scope');

export class TenantScopedPool {
  constructor(
    private readonly pool: pg.Pool,
    private readonly scope: Scope,
    /** PostgreSQL without a login of duiding_app's own: the owner's connection switches role. */
    private readonly setRole: boolean,
    /**
     * The connections share ONE database session with others: the embedded database reached
     * through `duiding serve`'s socket (socket-client.ts), where every client and the server
     * itself speak to PGlite's single session. A session-level SET ROLE there would hold for
     * everyone; so each use of a connection is its own transaction with SET LOCAL (as PGlite's
     * own scoped client does), ended when the connection is released.
     */
    private readonly sharedSession = false,
  ) {}

  async connect(): Promise<pg.PoolClient> {
    if (this.sharedSession) return this.connectLocal();
    const client = (await this.pool.connect()) as pg.PoolClient & { [SCOPE_OF_CONNECTION]?: string };
    const key = keyOf(this.scope);
    if (client[SCOPE_OF_CONNECTION] !== key) {
      try {
        client[SCOPE_OF_CONNECTION] = undefined;
        await client.query(enterSql(this.scope, { local: false, setRole: this.setRole }));
        client[SCOPE_OF_CONNECTION] = key;
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    }
    return client;
  }

  /**
   * BEGIN + SET LOCAL now, COMMIT at release. Drizzle's own transaction on this connection sends
   * BEGIN (a warning inside ours, harmless) and COMMIT/ROLLBACK, which ends ours with it; the
   * COMMIT at release then has nothing left to end. A failed statement leaves the transaction
   * aborted, and COMMIT then rolls it back.
   */
  private async connectLocal(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN; ' + enterSql(this.scope, { local: true, setRole: this.setRole }));
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    const release = client.release.bind(client);
    let released = false;
    client.release = ((error?: Error | boolean) => {
      if (released) return;
      released = true;
      client.release = release;
      if (error) return release(error);
      client.query('COMMIT').then(
        () => release(),
        (failure: Error) => release(failure),
      );
    }) as typeof client.release;
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

/**
 * The named cross-tenant look-ups of the HTTP app, all on the owner's connection because who is
 * asking, or for which municipality, is not known yet:
 * - identityLookup: sign-in, the session cookie, one-time password links, single sign-on, the
 *   sign-in page's list of municipalities (a person's account spans municipalities);
 * - publicLinkLookup: a storyteller's public link (/vertel/{slug}) or withdrawal code, which name
 *   no municipality.
 * Once the municipality is known, continue with tenantDatabase.
 */
export const identityLookup = (db: Database): Database => ownerDatabase(db);
export const publicLinkLookup = (db: Database): Database => ownerDatabase(db);
