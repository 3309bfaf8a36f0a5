// Jobs as a page sees them (issue 12, migration 0016): kind, state, progress and outcome per
// municipality, and a job's files in pieces. pg-boss keeps its own queue in schema pgboss.
import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId } from './columns.ts';

export const jobs = pgTable(
  'jobs',
  {
    tenantId: tenantId(),
    id: id(),
    kind: text('kind').notNull(),
    state: text('state', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('queued'),
    params: jsonb('params').notNull().default({}),
    done: integer('done').notNull().default(0),
    total: integer('total'),
    result: jsonb('result'),
    problems: jsonb('problems'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const jobFiles = pgTable(
  'job_files',
  {
    tenantId: tenantId(),
    jobId: uuid('job_id').notNull(),
    purpose: text('purpose', { enum: ['input', 'result'] }).notNull(),
    seq: integer('seq').notNull(),
    /** base64: PGlite hands bytea over as hex and parses it byte by byte. */
    data: text('data').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.jobId, t.purpose, t.seq] }),
    foreignKey({ columns: [t.tenantId, t.jobId], foreignColumns: [jobs.tenantId, jobs.id] }).onDelete('cascade'),
  ],
);
