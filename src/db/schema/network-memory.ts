// The network's quality reviews with cases and its library (issue 15, migration 0018,
// docs/network.md). Owned by the network: created_by is a user id without a foreign key.
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tsvector } from './columns.ts';
import { networks } from './network.ts';
import { tenants } from './tenancy.ts';

export const networkReviews = pgTable(
  'network_reviews',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    kind: text('kind').notNull().default('kwaliteitsreview'),
    title: text('title').notNull(),
    heldOn: date('held_on'),
    participants: jsonb('participants').notNull().default([]),
    record: text('record').notNull().default(''),
    seen: text('seen').notNull().default(''),
    interpretations: text('interpretations').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'network_reviews_pk', columns: [t.networkId, t.id] })],
);

export const networkReviewCases = pgTable(
  'network_review_cases',
  {
    networkId: uuid('network_id').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reviewId: uuid('review_id').notNull(),
    memberTenantId: uuid('member_tenant_id').references(() => tenants.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    period: text('period').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'network_review_cases_pk', columns: [t.networkId, t.id] }),
    foreignKey({
      name: 'network_review_cases_review_fk',
      columns: [t.networkId, t.reviewId],
      foreignColumns: [networkReviews.networkId, networkReviews.id],
    }).onDelete('cascade'),
  ],
);

export const networkReviewActions = pgTable(
  'network_review_actions',
  {
    networkId: uuid('network_id').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reviewId: uuid('review_id').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on'),
    learningLevel: integer('learning_level').notNull(),
    status: text('status').notNull().default('open'),
    followUp: text('follow_up').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'network_review_actions_pk', columns: [t.networkId, t.id] }),
    foreignKey({
      name: 'network_review_actions_review_fk',
      columns: [t.networkId, t.reviewId],
      foreignColumns: [networkReviews.networkId, networkReviews.id],
    }).onDelete('cascade'),
  ],
);

export type LibraryKind = 'les' | 'observatie' | 'interpretatie';

export const networkLibrary = pgTable(
  'network_library',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    kind: text('kind').$type<LibraryKind>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    memberTenantId: uuid('member_tenant_id').references(() => tenants.id, { onDelete: 'set null' }),
    period: text('period').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
    reviewId: uuid('review_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('dutch'::regconfig, "title" || ' ' || "body" || ' ' || "evidence")`),
  },
  (t) => [primaryKey({ name: 'network_library_pk', columns: [t.networkId, t.id] }), index('network_library_search').using('gin', t.search)],
);
