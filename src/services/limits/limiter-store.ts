// rate-limiter-flexible's PostgreSQL store on our own Database (PGlite or a PostgreSQL server), so
// that every app server on one database counts against the same limits. The table is made by
// migration 0007 (tableCreated: the library never creates tables at run time), and the keys the
// library stores are keyed hashes (limitKey): no IP or e-mail address is ever written.
import { createHmac, randomBytes } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from '../../db/connection.ts';
import { deleteExpiredLimits, deleteSecretsBefore, secretOfDay } from '../../db/repositories/rate-limits.repository.ts';

export interface LimiterSpec {
  /** Name of the limit, the prefix of its keys. */
  name: string;
  points: number;
  durationSeconds: number;
}

interface StoreState {
  limiters: Map<string, RateLimiterPostgres>;
  secret: { day: string; key: Buffer } | null;
  cleanedAt: number;
}

const states = new WeakMap<Database, StoreState>();
const CLEAN_EVERY_MS = 5 * 60_000;

function stateOf(db: Database): StoreState {
  let state = states.get(db);
  if (!state) states.set(db, (state = { limiters: new Map(), secret: null, cleanedAt: Date.now() }));
  return state;
}

/** One limiter per database and spec; instances hold no counts, only settings. */
export function limiterFor(db: Database, spec: LimiterSpec): RateLimiterPostgres {
  const state = stateOf(db);
  const id = `${spec.name}/${spec.points}/${spec.durationSeconds}`;
  let limiter = state.limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: storeClient(db),
      storeType: 'client',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: spec.name,
      points: spec.points,
      duration: spec.durationSeconds,
    });
    state.limiters.set(id, limiter);
  }
  return limiter;
}

/**
 * The key under which a value (an address, an e-mail address) is counted: an HMAC with the day's
 * secret, so the table holds nothing that names a person. The secret is shared by all app
 * servers through the database; a new one each day (UTC) resets that day's counts, which every
 * limit here can afford (windows are minutes, delays are capped).
 */
export async function limitKey(db: Database, kind: string, value: string): Promise<string> {
  const state = stateOf(db);
  const day = new Date().toISOString().slice(0, 10);
  if (state.secret?.day !== day) {
    const secret = await secretOfDay(db, day, randomBytes(32).toString('base64url'));
    const yesterday = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
    await deleteSecretsBefore(db, yesterday);
    state.secret = { day, key: Buffer.from(secret) };
  }
  await cleanUp(db, state);
  return `${kind}.${createHmac('sha256', state.secret.key).update(value).digest('base64url')}`;
}

/** Expired counters go at most every five minutes, by whichever request comes along. */
async function cleanUp(db: Database, state: StoreState): Promise<void> {
  const now = Date.now();
  if (now - state.cleanedAt < CLEAN_EVERY_MS) return;
  state.cleanedAt = now;
  await deleteExpiredLimits(db, now - 60_000).catch(() => {});
}

/**
 * The pg-like client the library expects (`query({ text, values })` → `{ rows, rowCount }`), on
 * top of Drizzle, so it runs unchanged on PGlite and on a pg Pool. The library's `$n` parameters
 * become Drizzle parameters; bigint columns come back as numbers whichever driver read them.
 */
function storeClient(db: Database) {
  return {
    async query(q: { text: string; values?: unknown[] }) {
      const parts = q.text.split(/\$(\d+)/);
      const chunks: SQL[] = [sql.raw(parts[0]!)];
      for (let i = 1; i < parts.length; i += 2) {
        chunks.push(sql`${q.values?.[Number(parts[i]) - 1] ?? null}`, sql.raw(parts[i + 1]!));
      }
      const result = (await db.execute(sql.join(chunks))) as unknown as { rows: Record<string, unknown>[]; rowCount?: number | null; affectedRows?: number };
      const rows = result.rows.map((row) => ({
        ...row,
        points: row.points === undefined ? undefined : Number(row.points),
        expire: row.expire === null || row.expire === undefined ? null : Number(row.expire),
      }));
      return { rows, rowCount: result.rowCount ?? result.affectedRows ?? rows.length };
    },
  };
}
