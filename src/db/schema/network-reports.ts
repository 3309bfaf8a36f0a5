// The network's published reports (issue 15, migration 0019, docs/network.md "Published
// reports"): a comparison frozen when the coordinator publishes it. Owned by the network.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { networks } from './network.ts';

/** A member as it was at publication: the tenant id stays inside the database; the name only when named. */
export interface ReportMember {
  tenantId: string;
  named: boolean;
  name: string | null;
  /** "gemeente B": the label the report's figures use for a member that was not named. */
  label: string;
}

export const networkReports = pgTable(
  'network_reports',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    title: text('title').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    document: jsonb('document').notNull(),
    members: jsonb('members').$type<ReportMember[]>().notNull().default([]),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'network_reports_pk', columns: [t.networkId, t.id] }), index('network_reports_published').on(t.networkId, t.publishedAt)],
);
