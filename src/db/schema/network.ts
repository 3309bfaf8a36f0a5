// The regional learning network (issue 15, migration 0015, docs/network.md). Tables owned by the
// network lead with network_id; the member's own rows (membership, adoptions) lead with tenant_id
// as every tenant table. Row-level security: members see their networks, non-members nothing.
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import { id, tenantId } from './columns.ts';
import { questionnaires, questionnaireVersions } from './instrument.ts';
import { tenants } from './tenancy.ts';

export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique('networks_slug'),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** How a municipality's consent to join was given: a beheerder on the page, or an operator's CLI action. */
export type ConsentVia = 'page' | 'cli';

/** One period of membership; leaving sets left_at, joining again is a new row. */
export const networkMembers = pgTable(
  'network_members',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    /** users.id of the beheerder who consented; null when an operator joined on the command line. */
    consentBy: uuid('consent_by'),
    consentVia: text('consent_via').$type<ConsentVia>().notNull(),
    /** Opt-in: shown by name to other members and the coordinator; otherwise "gemeente B". */
    named: boolean('named').notNull().default(false),
    leftAt: timestamp('left_at', { withTimezone: true }),
    leftBy: uuid('left_by'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('network_members_active').on(t.networkId, t.tenantId).where(sql`${t.leftAt} is null`)],
);

/** Providers working across members; code is the one members use in their own registers. */
export const networkProviders = pgTable(
  'network_providers',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.code] })],
);

export const networkQuestionnaires = pgTable(
  'network_questionnaires',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    id: id(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.id] }), unique('network_questionnaires_key').on(t.networkId, t.key)],
);

/** A version of the shared instrument; never changed (a change is a new version). */
export const networkQuestionnaireVersions = pgTable(
  'network_questionnaire_versions',
  {
    networkId: uuid('network_id').notNull(),
    id: id(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Questionnaire>().notNull(),
    /** The shared questions: the only keys a network comparison may use. */
    questionKeys: text('question_keys').array().notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    unique('network_questionnaire_versions_number').on(t.networkId, t.questionnaireId, t.version),
    foreignKey({
      name: 'network_questionnaire_versions_questionnaire_fk',
      columns: [t.networkId, t.questionnaireId],
      foreignColumns: [networkQuestionnaires.networkId, networkQuestionnaires.id],
    }).onDelete('cascade'),
  ],
);

/** One indicator of the shared set; members report it under the same key. */
export interface NetworkIndicator {
  key: string;
  name: string;
  unit: string;
  direction: 'up' | 'down' | 'none';
  definition: string;
}

/** The shared indicator set, versioned like the questionnaire; never changed. */
export const networkIndicatorSets = pgTable(
  'network_indicator_sets',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    indicators: jsonb('indicators').$type<NetworkIndicator[]>().notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.version] })],
);

/**
 * A member's adoption of a network version for one of its own questionnaires. The newest row per
 * member and network questionnaire is in force. Questions of the member's questionnaire whose
 * keys are not in the version's questionKeys are local and never enter a network comparison.
 */
export const networkAdoptions = pgTable(
  'network_adoptions',
  {
    tenantId: tenantId(),
    id: id(),
    networkId: uuid('network_id').notNull(),
    networkQuestionnaireId: uuid('network_questionnaire_id').notNull(),
    networkVersionId: uuid('network_version_id').notNull(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    /** The member's own questionnaire version written at adoption. */
    questionnaireVersionId: uuid('questionnaire_version_id').notNull(),
    adoptedBy: uuid('adopted_by'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'network_adoptions_version_fk',
      columns: [t.networkId, t.networkVersionId],
      foreignColumns: [networkQuestionnaireVersions.networkId, networkQuestionnaireVersions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'network_adoptions_network_questionnaire_fk',
      columns: [t.networkId, t.networkQuestionnaireId],
      foreignColumns: [networkQuestionnaires.networkId, networkQuestionnaires.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'network_adoptions_questionnaire_fk',
      columns: [t.tenantId, t.questionnaireId],
      foreignColumns: [questionnaires.tenantId, questionnaires.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'network_adoptions_questionnaire_version_fk',
      columns: [t.tenantId, t.questionnaireVersionId],
      foreignColumns: [questionnaireVersions.tenantId, questionnaireVersions.id],
    }).onDelete('cascade'),
    index('network_adoptions_current').on(t.networkId, t.tenantId, t.networkQuestionnaireId, t.adoptedAt),
  ],
);
