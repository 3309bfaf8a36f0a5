// The pattern scan's input, kept as one document per questionnaire: the analysable answers of
// every published story, column by column, deflated, in answer_snapshots. At 100,000 stories,
// reading 1.2 million answer rows out of PGlite costs seconds; this document costs a fraction of
// a second to read and decode (docs/architecture.md, "Storage of answers").
//
// It is derived data and never trusted blindly: it is valid for one stories version — the
// questionnaire version plus the fingerprint of all its stories (pattern-cache.repository.ts),
// which any new, replaced, re-moderated, withdrawn or retention-deleted story changes. A stale
// snapshot is brought up to date rather than rebuilt: answers are never edited in place (a
// replaced story is a new id), so the stories it already holds keep their answers and only the
// missing ones are read; stories no longer published fall out with the id list.
import { findAnswerSnapshot, saveAnswerSnapshot } from '../db/repositories/answer-snapshot.repository.ts';
import { storiesFingerprint } from '../db/repositories/pattern-cache.repository.ts';
import type { StoredQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { loadAnswersOf, selectedStoryIds } from '../db/repositories/stories.repository.ts';
import type { AnswerValue } from '../domain/questionnaire/types.ts';
import { storiesOfColumns, type AnswerColumn, type AnswerColumns } from '../domain/patterns/columns.ts';
import {
  decodeSnapshot,
  decodeSnapshotColumns,
  decodeSnapshotRaw,
  deflateSnapshot,
  encodeSnapshotRaw,
  type SnapshotColumns,
  type TypedSnapshot,
} from './answer-snapshot-format.ts';
import type { ServiceContext } from './context.ts';

/** Bump when the document's layout changes: older snapshots are then rebuilt, never misread. */
const SNAPSHOT_FORMAT = 2;

/**
 * One column per variable, aligned with ids; null = no answer. Columns are named by their source
 * and key ("answer:gevoel"), so that another source of variables (analysts' codes, say) can add
 * columns with its own part of the version, without a new layout. Stored as typed arrays
 * (answer-snapshot-format.ts).
 */
type SnapshotDocument = SnapshotColumns;

export interface PublishedAnswers {
  ids: string[];
  answers: Record<string, AnswerValue>[];
}

/** The same stories as typed columns by question key (no object per story): what the scan reads. */
export interface PublishedColumns extends AnswerColumns {
  /** Decoded on first use. */
  readonly ids: string[];
}

/** The answers to `keys` of all published stories of the questionnaire, ordered by ref. */
export async function publishedAnswers(ctx: ServiceContext, questionnaire: StoredQuestionnaire, keys: string[]): Promise<PublishedAnswers> {
  const published = await publishedColumns(ctx, questionnaire, keys);
  return { ids: published.ids, answers: storiesOfColumns(published) };
}

/** publishedAnswers as columns: the snapshot's typed arrays as they are decoded. */
export async function publishedColumns(ctx: ServiceContext, questionnaire: StoredQuestionnaire, keys: string[]): Promise<PublishedColumns> {
  // The fingerprint first, the stories after: a snapshot is never newer in name than in content.
  const version = `${SNAPSHOT_FORMAT}:${questionnaire.versionId}:${keys.join(',')}:${await storiesFingerprint(ctx.db, ctx.tenantId, questionnaire.id)}`;
  const stored = await findAnswerSnapshot(ctx.db, ctx.tenantId, questionnaire.id);
  const sameLayout = stored?.storiesVersion.startsWith(`${SNAPSHOT_FORMAT}:${questionnaire.versionId}:${keys.join(',')}:`) ?? false;
  if (stored && sameLayout && stored.storiesVersion === version) return byKey(decodeSnapshotColumns(stored.data), keys);
  const previous = stored && sameLayout ? decodeSnapshot(stored.data) : null;

  const ids = await selectedStoryIds(ctx.db, ctx.tenantId, questionnaire.id, { collection: null, period: null, search: null });
  const known = new Map(previous?.ids.map((id, i) => [id, i]));
  const missing = ids.filter((id) => !known.has(id));
  const loaded = await loadAnswersOf(ctx.db, ctx.tenantId, missing, keys);
  const fresh = new Map(missing.map((id, i) => [id, loaded[i]]));
  const document: SnapshotDocument = { ids, columns: {} };
  for (const key of keys) {
    const old = previous?.columns[column(key)];
    document.columns[column(key)] = ids.map((id) => {
      const at = known.get(id);
      return at !== undefined && old ? old[at] : (fresh.get(id)?.[key] ?? null);
    });
  }
  const raw = encodeSnapshotRaw(document);
  await saveAnswerSnapshot(ctx.db, { tenantId: ctx.tenantId, questionnaireId: questionnaire.id, storiesVersion: version, data: deflateSnapshot(raw) });
  return byKey(decodeSnapshotRaw(raw), keys);
}

const column = (key: string) => `answer:${key}`;

/** The snapshot's `answer:KEY` columns under their question keys. */
function byKey(snapshot: TypedSnapshot, keys: string[]): PublishedColumns {
  const columns = new Map<string, AnswerColumn>();
  for (const key of keys) {
    const found = snapshot.columns.get(column(key));
    if (found) columns.set(key, found);
  }
  return {
    count: snapshot.count,
    get ids() {
      return snapshot.ids;
    },
    columns,
  };
}
