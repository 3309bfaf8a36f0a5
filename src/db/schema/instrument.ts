// Opgaven with their theory of change, and questionnaires with frozen versions.
import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId } from './columns.ts';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';

export const opgaven = pgTable(
  'opgaven',
  {
    tenantId: tenantId(),
    id: id(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Domain of the staalkaart: jeugd, wmo, participatie, schulden, wonen, veiligheid, onderwijs, gezondheid. */
    domain: text('domain').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('opgaven_key').on(t.tenantId, t.key)],
);

/** Theory of change: statements ("als wij A doen … omdat C") and the assumptions under them. */
export const tocElements = pgTable(
  'toc_elements',
  {
    tenantId: tenantId(),
    id: id(),
    opgaveId: uuid('opgave_id').notNull(),
    kind: text('kind').$type<'statement' | 'assumption'>().notNull(),
    /** For an assumption: the statement it underlies. */
    parentId: uuid('parent_id'),
    text: text('text').notNull(),
    /** NJI Kwaliteitskompas building block, e.g. "samenwerking". */
    buildingBlock: text('building_block'),
    /** For assumptions: houdt-stand | twijfelachtig | weerlegd | onbekend. */
    status: text('status').notNull().default('onbekend'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.opgaveId], foreignColumns: [opgaven.tenantId, opgaven.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }).onDelete('cascade'),
  ],
);

/** Which indicators and story questions speak to a theory-of-change element. */
export const tocLinks = pgTable(
  'toc_links',
  {
    tenantId: tenantId(),
    elementId: uuid('element_id').notNull(),
    kind: text('kind').$type<'indicator' | 'question'>().notNull(),
    ref: text('ref').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.elementId, t.kind, t.ref] }),
    foreignKey({ columns: [t.tenantId, t.elementId], foreignColumns: [tocElements.tenantId, tocElements.id] }).onDelete('cascade'),
  ],
);

/** Every status change of an assumption, with the evidence it rests on; never updated. */
export const assumptionStatusChanges = pgTable(
  'assumption_status_changes',
  {
    tenantId: tenantId(),
    id: id(),
    elementId: uuid('element_id').notNull(),
    status: text('status').notNull(),
    evidence: jsonb('evidence').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.elementId], foreignColumns: [tocElements.tenantId, tocElements.id] }).onDelete('cascade'),
  ],
);

export const questionnaires = pgTable(
  'questionnaires',
  {
    tenantId: tenantId(),
    id: id(),
    key: text('key').notNull(),
    opgaveId: uuid('opgave_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('questionnaires_key').on(t.tenantId, t.key)],
);

/** A version is frozen when its first story arrives; changes after that make a new version. */
export const questionnaireVersions = pgTable(
  'questionnaire_versions',
  {
    tenantId: tenantId(),
    id: id(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Questionnaire>().notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('questionnaire_versions_number').on(t.tenantId, t.questionnaireId, t.version),
    foreignKey({
      columns: [t.tenantId, t.questionnaireId],
      foreignColumns: [questionnaires.tenantId, questionnaires.id],
    }).onDelete('cascade'),
  ],
);

/** One collection channel: a public link with its dates, languages and mode. */
export const collections = pgTable(
  'collections',
  {
    tenantId: tenantId(),
    id: id(),
    slug: text('slug').notNull(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    title: text('title').notNull(),
    mode: text('mode').$type<'self' | 'interview' | 'signal' | 'import'>().notNull().default('self'),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    languages: text('languages').array().notNull().default(['nl']),
    intro: jsonb('intro'),
    retentionDays: integer('retention_days'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('collections_slug').on(t.tenantId, t.slug),
    foreignKey({
      columns: [t.tenantId, t.questionnaireId],
      foreignColumns: [questionnaires.tenantId, questionnaires.id],
    }).onDelete('cascade'),
  ],
);
