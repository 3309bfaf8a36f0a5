// The codebook of a questionnaire and analysts' codings (issue 11, migration 0013). A coding is a
// whole story (start and end null) or the passage text[start, end) in UTF-16 code units.
import { foreignKey, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId } from './columns.ts';
import { questionnaires } from './instrument.ts';
import { stories } from './stories.ts';

export const codes = pgTable(
  'codes',
  {
    tenantId: tenantId(),
    id: id(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    slug: text('slug').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    /** A top-level code of the same questionnaire (two levels at most). */
    parentId: uuid('parent_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('codes_slug').on(t.tenantId, t.questionnaireId, t.slug),
    unique('codes_questionnaire_id').on(t.tenantId, t.questionnaireId, t.id),
    foreignKey({ columns: [t.tenantId, t.questionnaireId], foreignColumns: [questionnaires.tenantId, questionnaires.id] }).onDelete('cascade'),
  ],
);

export const codeApplications = pgTable(
  'code_applications',
  {
    tenantId: tenantId(),
    id: id(),
    codeId: uuid('code_id').notNull(),
    storyId: uuid('story_id').notNull(),
    /** users.id of the analyst; no foreign key, so agreement survives a removed account. */
    analystId: uuid('analyst_id').notNull(),
    start: integer('start_offset'),
    end: integer('end_offset'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.codeId], foreignColumns: [codes.tenantId, codes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.storyId], foreignColumns: [stories.tenantId, stories.id] }).onDelete('cascade'),
  ],
);
