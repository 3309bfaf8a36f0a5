// Password checks through the SECURITY DEFINER functions of migration 0006: the stored Argon2 hash
// never leaves the database. Any role the application uses (owner or duiding_app) may call them.
import { sql } from 'drizzle-orm';
import type { Tx } from './tenants.repository.ts';

type Rows<T> = { rows: T[] };

/** The stored PHC string without its last field (algorithm, version, cost, salt), or null. */
export async function passwordParams(db: Tx, userId: string): Promise<{ params: string; hashChars: number } | null> {
  const result = (await db.execute(sql`select params, hash_chars from duiding_password_params(${userId}::uuid)`)) as unknown as Rows<{
    params: string;
    hash_chars: number;
  }>;
  const row = result.rows[0];
  return row ? { params: row.params, hashChars: Number(row.hash_chars) } : null;
}

/** Whether the candidate PHC string equals the stored one. */
export async function passwordHashMatches(db: Tx, userId: string, candidate: string): Promise<boolean> {
  const result = (await db.execute(sql`select duiding_password_matches(${userId}::uuid, ${candidate}) as ok`)) as unknown as Rows<{ ok: boolean }>;
  return result.rows[0]?.ok === true;
}
