import { sql } from 'drizzle-orm';
import type { Database } from '../connection.ts';

/** The cheapest query there is: it fails only when the database cannot be reached or refuses the role. */
export async function selectOne(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
