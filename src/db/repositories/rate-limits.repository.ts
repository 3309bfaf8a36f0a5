// Queries for the shared limit state (migration 0007): the daily hashing key and clean-up of
// expired counters. The counters themselves are read and written by rate-limiter-flexible.
import { lt, sql } from 'drizzle-orm';
import { rateLimits, rateLimitSecrets } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

/** The day's key; the first app server to ask creates it, every other one reads the same. */
export async function secretOfDay(db: Tx, day: string, candidate: string): Promise<string> {
  await db.insert(rateLimitSecrets).values({ day, secret: candidate }).onConflictDoNothing();
  const [row] = await db.select({ secret: rateLimitSecrets.secret }).from(rateLimitSecrets).where(sql`${rateLimitSecrets.day} = ${day}`);
  return row!.secret;
}

export async function deleteSecretsBefore(db: Tx, day: string): Promise<void> {
  await db.delete(rateLimitSecrets).where(lt(rateLimitSecrets.day, day));
}

export async function deleteExpiredLimits(db: Tx, beforeMs: number): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.expire, beforeMs));
}
