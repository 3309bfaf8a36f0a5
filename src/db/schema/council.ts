// What the council sees: the staalkaart per municipality, curated stories, published reports,
// and the count of withdrawn stories (never their content).
import { sql } from 'drizzle-orm';
import { bigint, customType, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId } from './columns.ts';
import { collections, opgaven } from './instrument.ts';
import { stories } from './stories.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Staalkaart sociaal domein: one row per domain the municipality has described. */
export const domainProfiles = pgTable(
  'domain_profiles',
  {
    tenantId: tenantId(),
    /** jeugd | wmo | participatie | schulden | wonen | veiligheid | onderwijs | gezondheid */
    domain: text('domain').notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    /** keuzeruimte: groot | beperkt | klein */
    room: text('room').notNull().default('beperkt'),
    roomExplanation: text('room_explanation').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.domain] })],
);

/** A story an analyst chose to show the council (only stories whose teller allowed quoting). */
export const curatedStories = pgTable(
  'curated_stories',
  {
    tenantId: tenantId(),
    id: id(),
    opgaveId: uuid('opgave_id').notNull(),
    storyId: uuid('story_id').notNull(),
    /** The pattern it illustrates, "a|b"; '' = the opgave in general. */
    patternKey: text('pattern_key').notNull().default(''),
    note: text('note').notNull().default(''),
    position: integer('position').notNull().default(0),
    chosenBy: uuid('chosen_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.opgaveId], foreignColumns: [opgaven.tenantId, opgaven.id] }).onDelete('cascade'),
    // A withdrawn story disappears from every curation with it.
    foreignKey({ columns: [t.tenantId, t.storyId], foreignColumns: [stories.tenantId, stories.id] }).onDelete('cascade'),
  ],
);

/** A council report; once published it is a snapshot and is never regenerated. */
export const reports = pgTable(
  'reports',
  {
    tenantId: tenantId(),
    id: id(),
    opgaveId: uuid('opgave_id').notNull(),
    period: text('period').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
    html: text('html').notNull(),
    pdf: bytea('pdf'),
    /** Counts the method appendix states (stories, channels, threshold); no personal data. */
    summary: jsonb('summary').notNull().default({}),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.opgaveId], foreignColumns: [opgaven.tenantId, opgaven.id] }).onDelete('cascade'),
  ],
);

/** That a story was withdrawn, and when: so a reopened published report can say how many since. */
export const storyWithdrawals = pgTable(
  'story_withdrawals',
  {
    tenantId: tenantId(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    questionnaireId: uuid('questionnaire_id'),
    collectionId: uuid('collection_id'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/**
 * Public links are global (/vertel/{slug} names no municipality), so this small lookup table maps
 * a slug to its tenant's collection. It is the only table without tenant_id first: a reference
 * table in a distributed deployment.
 */
export const collectionLinks = pgTable(
  'collection_links',
  {
    slug: text('slug').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    collectionId: uuid('collection_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [foreignKey({ columns: [t.tenantId, t.collectionId], foreignColumns: [collections.tenantId, collections.id] }).onDelete('cascade')],
);
