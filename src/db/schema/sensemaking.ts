// Observations and interpretations on patterns, dialogues and the actions agreed in them.
import { date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId } from './columns.ts';

export const themes = pgTable(
  'themes',
  {
    tenantId: tenantId(),
    id: id(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** An analyst's note on a remarkable pattern, e.g. {"a": "gehoord", "b": "rol", "filter": {...}}. */
export const patternObservations = pgTable(
  'pattern_observations',
  {
    tenantId: tenantId(),
    id: id(),
    questionnaireId: uuid('questionnaire_id'),
    pattern: jsonb('pattern').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    themeId: uuid('theme_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Competing interpretations of one observation. */
export const interpretations = pgTable(
  'interpretations',
  {
    tenantId: tenantId(),
    id: id(),
    observationId: uuid('observation_id').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.observationId],
      foreignColumns: [patternObservations.tenantId, patternObservations.id],
    }).onDelete('cascade'),
  ],
);

export const dialogues = pgTable(
  'dialogues',
  {
    tenantId: tenantId(),
    id: id(),
    opgaveId: uuid('opgave_id'),
    /** sensemaking | verantwoordingsdialoog | kwaliteitsreview */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on'),
    /** [{"role": "raad", "name": "…"}] */
    participants: jsonb('participants').notNull().default([]),
    /** selected patterns, stories and indicator series */
    material: jsonb('material').notNull().default([]),
    /** The record afterwards: what was seen, the interpretations, anything else. */
    record: text('record').notNull().default(''),
    seen: text('seen').notNull().default(''),
    interpretations: text('interpretations').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const actions = pgTable(
  'actions',
  {
    tenantId: tenantId(),
    id: id(),
    dialogueId: uuid('dialogue_id').notNull(),
    /** opgave-bijstellen | contract-afspraken | praktijk | nader-onderzoek */
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on'),
    /** 1 causaal, 2 reflectief, 3 systeem */
    learningLevel: integer('learning_level').notNull(),
    status: text('status').notNull().default('open'),
    followUp: text('follow_up').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.dialogueId], foreignColumns: [dialogues.tenantId, dialogues.id] }).onDelete('cascade'),
  ],
);
