// Queries only the demo seeder runs (services/demo): fictional data, never a real municipality's.
import { sql } from 'drizzle-orm';
import type { Database } from '../connection.ts';

/**
 * Gives the demo stories without a consent answer a fixed one: a story may be quoted when the
 * first byte of the md5 of its ref is below `belowByte` (so the same stories every time).
 */
export async function setDemoQuoteConsent(db: Database, tenantId: string, belowByte: number): Promise<void> {
  await db.execute(sql`
    update stories set consent_quote = get_byte(decode(md5(ref), 'hex'), 0) < ${belowByte}
    where tenant_id = ${tenantId} and consent_quote is null`);
}
