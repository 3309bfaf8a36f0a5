// Observations, interpretations and perspectives (catalysis), dialogues and the actions agreed in them.
import { date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId } from './columns.ts';
import { questionnaires } from './instrument.ts';

/** A perspective on the board of one questionnaire: a cluster of interpretations (migration 0014; was `themes`). */
export const perspectives = pgTable(
  'perspectives',
  {
    tenantId: tenantId(),
    id: id(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.questionnaireId], foreignColumns: [questionnaires.tenantId, questionnaires.id] }).onDelete('cascade'),
  ],
);

/**
 * An analyst's observation: its source as a re-runnable query (`pattern`, see
 * domain/sensemaking/source.ts), a strength, and the opgave whose monitor shows it, if any.
 */
export const patternObservations = pgTable(
  'pattern_observations',
  {
    tenantId: tenantId(),
    id: id(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    pattern: jsonb('pattern').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** sterk | middel | zwak */
    strength: text('strength').notNull(),
    /** Shown under "Wat we zagen" in this opgave's monitor (cleared when the opgave goes). */
    opgaveId: uuid('opgave_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.questionnaireId], foreignColumns: [questionnaires.tenantId, questionnaires.id] }).onDelete('cascade'),
  ],
);

/** Competing interpretations of one observation, each optionally in one perspective. */
export const interpretations = pgTable(
  'interpretations',
  {
    tenantId: tenantId(),
    id: id(),
    observationId: uuid('observation_id').notNull(),
    text: text('text').notNull(),
    perspectiveId: uuid('perspective_id'),
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
