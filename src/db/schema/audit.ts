// Who read raw stories, exported, changed roles or published: kept, never edited.
import { bigint, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from './columns.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: tenantId(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** e.g. "stories.import", "stories.export", "membership.change" */
    action: text('action').notNull(),
    subject: text('subject').notNull().default(''),
    /** Counts and keys only: never story text or personal data. */
    detail: jsonb('detail').notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);
