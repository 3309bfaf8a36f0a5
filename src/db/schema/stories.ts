// Stories and their typed answers. Unanswered questions have no answer row; "niet van
// toepassing" is a row with not_applicable = true, so the two stay distinct.
import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId, tsvector } from './columns.ts';
import { collections, questionnaires, questionnaireVersions } from './instrument.ts';

export const STORY_STATUSES = ['published', 'pending', 'rejected'] as const;

export const stories = pgTable(
  'stories',
  {
    tenantId: tenantId(),
    id: id(),
    /** The story_id of duiding.stories/v1; stable across export and import. */
    ref: text('ref').notNull(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    versionId: uuid('version_id').notNull(),
    collectionId: uuid('collection_id').notNull(),
    collectedAt: timestamp('collected_at', { withTimezone: true }).notNull(),
    language: text('language').notNull(),
    prompt: text('prompt'),
    title: text('title').notNull(),
    text: text('text').notNull(),
    status: text('status').$type<(typeof STORY_STATUSES)[number]>().notNull().default('published'),
    /** May the story be quoted anonymously in reports? null = not asked (e.g. imported). */
    consentQuote: boolean('consent_quote'),
    consent: jsonb('consent'),
    /** Hash of the teller's withdrawal code; the code itself is never stored. */
    withdrawalCodeHash: text('withdrawal_code_hash'),
    /** Client-made id of a submission, so that a retry never creates a second story. */
    submissionId: uuid('submission_id'),
    search: tsvector('search').generatedAlwaysAs(
      // The story's own language (migration 0012, domain/languages): dutch, english, turkish, arabic … or simple.
      sql`to_tsvector(duiding_text_search_config(language), coalesce(title, '') || ' ' || coalesce(text, ''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('stories_ref').on(t.tenantId, t.ref),
    uniqueIndex('stories_submission').on(t.tenantId, t.submissionId),
    index('stories_questionnaire').on(t.tenantId, t.questionnaireId, t.status),
    index('stories_search').using('gin', t.search),
    // Withdrawal looks a story up by its code's hash alone (the teller does not know the municipality).
    index('stories_withdrawal').on(t.withdrawalCodeHash).where(sql`withdrawal_code_hash is not null`),
    foreignKey({
      columns: [t.tenantId, t.questionnaireId],
      foreignColumns: [questionnaires.tenantId, questionnaires.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.versionId],
      foreignColumns: [questionnaireVersions.tenantId, questionnaireVersions.id],
    }),
    foreignKey({ columns: [t.tenantId, t.collectionId], foreignColumns: [collections.tenantId, collections.id] }),
  ],
);

export const storyAnswers = pgTable(
  'story_answers',
  {
    tenantId: tenantId(),
    storyId: uuid('story_id').notNull(),
    questionKey: text('question_key').notNull(),
    notApplicable: boolean('not_applicable').notNull().default(false),
    /** slider, scale, number */
    number: doublePrecision('number'),
    /** choice (option key), area (CBS code), text */
    text: text('text'),
    /** multichoice option keys */
    options: text('options').array(),
    /** triad: the three weights as given; normalised only in analysis */
    weights: doublePrecision('weights').array(),
    /** stones: {"<stone>": [x, y]} */
    points: jsonb('points').$type<Record<string, [number, number]>>(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.storyId, t.questionKey] }),
    foreignKey({ columns: [t.tenantId, t.storyId], foreignColumns: [stories.tenantId, stories.id] }).onDelete('cascade'),
  ],
);
