// Limit state shared by every app server (migration 0007). rate_limits is rate-limiter-flexible's
// own layout (key, points, expire in ms), written by services/limits/limiter-store.ts; keys are
// keyed hashes, never an IP or e-mail address. No tenant_id: limits are per client, not per tenant.
import { bigint, date, index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';

export const rateLimits = pgTable(
  'rate_limits',
  {
    key: varchar('key', { length: 255 }).primaryKey(),
    points: integer('points').notNull().default(0),
    expire: bigint('expire', { mode: 'number' }),
  },
  (t) => [index('rate_limits_expire').on(t.expire)],
);

/** The key of the keyed hashes, one per day (UTC); old ones are deleted. */
export const rateLimitSecrets = pgTable('rate_limit_secrets', {
  day: date('day').primaryKey(),
  secret: text('secret').notNull(),
});
