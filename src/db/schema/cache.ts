// Cached pattern scans, one per questionnaire and filter. A row is valid only while
// stories_version equals the fingerprint of the questionnaire's stories (see
// pattern-cache.repository.ts), so new, replaced, withdrawn or re-moderated stories make it
// stale without anyone having to delete it.
import { bigint, customType, foreignKey, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from './columns.ts';
import { questionnaires } from './instrument.ts';

/** Migration 0017: the snapshot's typed arrays, deflated (services/answer-snapshot-format.ts). */
const bytea = customType<{ data: Uint8Array }>({ dataType: () => 'bytea' });

export const patternScans = pgTable(
  'pattern_scans',
  {
    tenantId: tenantId(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    /** Canonical JSON of the filter (filterKey() in domain/patterns/filter.ts). */
    filterKey: text('filter_key').notNull(),
    storiesVersion: text('stories_version').notNull(),
    document: jsonb('document').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.questionnaireId, t.filterKey] }),
    foreignKey({ columns: [t.tenantId, t.questionnaireId], foreignColumns: [questionnaires.tenantId, questionnaires.id] }).onDelete('cascade'),
  ],
);

/** The pattern scan's input per questionnaire, as one deflated document in base64 (services/answer-snapshot.ts). */
export const answerSnapshots = pgTable(
  'answer_snapshots',
  {
    tenantId: tenantId(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    storiesVersion: text('stories_version').notNull(),
    data: bytea('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.questionnaireId] }),
    foreignKey({ columns: [t.tenantId, t.questionnaireId], foreignColumns: [questionnaires.tenantId, questionnaires.id] }).onDelete('cascade'),
  ],
);

/**
 * Raised by triggers on stories (migration 0010) at every statement that inserts, updates or
 * deletes stories of the questionnaire: the cheap version of its stories that caches compare.
 */
export const storyChangeCounters = pgTable(
  'story_change_counters',
  {
    tenantId: tenantId(),
    questionnaireId: uuid('questionnaire_id').notNull(),
    changes: bigint('changes', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.questionnaireId] }),
    foreignKey({ columns: [t.tenantId, t.questionnaireId], foreignColumns: [questionnaires.tenantId, questionnaires.id] }).onDelete('cascade'),
  ],
);
