// The pattern scan over a questionnaire's published stories, narrowed by a filter (collection,
// period, answers) and cached per questionnaire and filter. A cached scan is used only while the
// fingerprint of the questionnaire's stories (pattern-cache.repository.ts) and its version are
// unchanged, so new, replaced, withdrawn or re-moderated stories make it stale by themselves.
import { findCachedScan, saveCachedScan, storiesFingerprint } from '../db/repositories/pattern-cache.repository.ts';
import { findQuestionnaire, listCollections, type StoredQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { loadSelectedAnswers, type StorySelection } from '../db/repositories/stories.repository.ts';
import { filterKey, hasAnswerFilter, matchesAnswer, parseStoryFilter, type FilterInput, type StoryFilter } from '../domain/patterns/filter.ts';
import { scanPatterns, type Answers, type PatternsDocument } from '../domain/patterns/index.ts';
import { InputRejected } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';
import { publishedColumns } from './answer-snapshot.ts';
import { addCodeColumns, withCodeVariables } from './coding/code-variables.ts';
import { answerAt, columnsOfStories, selectRows, storiesOfColumns, type AnswerColumns } from '../domain/patterns/columns.ts';
import { isCodeQuestion } from '../domain/coding/variables.ts';

export { filterFromArguments, type FilterInput } from '../domain/patterns/filter.ts';

/** Bump when the scan's output changes, so that older cached documents are not served. */
const SCAN_CACHE_VERSION = 1;

export interface ScanOptions {
  filter?: FilterInput;
  /** false: scan afresh (and refresh the cache). */
  cache?: boolean;
}

interface FilterDescription {
  collection: string | null;
  period: string | null;
  answers: Record<string, string[]>;
}

export interface ScanResult extends PatternsDocument {
  filter: FilterDescription;
  /** When these stories were scanned (ISO 8601); older than now when the scan came from the cache. */
  scanned_at: string;
  cached: boolean;
}

export async function scanQuestionnaire(ctx: ServiceContext, questionnaireKey: string, options: ScanOptions = {}): Promise<ScanResult> {
  const found = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!found) throw unknownQuestionnaire(questionnaireKey);
  // Codes are variables too (code:x); a coding change raises the stories version below.
  const questionnaire = await withCodeVariables(ctx, found);
  const filter = await resolveFilter(ctx, questionnaire, options.filter ?? {});
  const key = filterKey(filter);
  const version = `${SCAN_CACHE_VERSION}:${questionnaire.versionId}:${await storiesFingerprint(ctx.db, ctx.tenantId, questionnaire.id)}`;

  if (options.cache !== false) {
    const hit = await findCachedScan(ctx.db, ctx.tenantId, questionnaire.id, key);
    if (hit && hit.storiesVersion === version) return { ...(hit.document as Omit<ScanResult, 'cached'>), cached: true };
  }
  // Stories added between the fingerprint and the load give a stale fingerprint, never a stale
  // document: the next scan sees a different fingerprint and scans again.
  const answers = await loadFilteredColumns(ctx, questionnaire, filter, null);
  const scannedAt = new Date();
  const document: Omit<ScanResult, 'cached'> = {
    ...scanPatterns(questionnaire.definition, answers),
    filter: describeFilter(filter),
    scanned_at: scannedAt.toISOString(),
  };
  await saveCachedScan(ctx.db, {
    tenantId: ctx.tenantId,
    questionnaireId: questionnaire.id,
    filterKey: key,
    storiesVersion: version,
    document,
    createdAt: scannedAt,
  });
  return { ...document, cached: false };
}

/** Parses the filter and checks that its collection belongs to the questionnaire. */
export async function resolveFilter(ctx: ServiceContext, questionnaire: StoredQuestionnaire, input: FilterInput): Promise<StoryFilter> {
  const filter = parseStoryFilter(questionnaire.definition, input);
  if (filter.collection !== null) {
    const known = await listCollections(ctx.db, ctx.tenantId, questionnaire.id);
    if (!known.some((c) => c.slug === filter.collection)) {
      throw new InputRejected(
        [
          {
            field: 'collection',
            code: 'unknown-collection',
            nl: `vragenlijst "${questionnaire.key}" heeft geen collectie "${filter.collection}"`,
            en: `questionnaire "${questionnaire.key}" has no collection "${filter.collection}"`,
          },
        ],
        404,
      );
    }
  }
  return filter;
}

/** Collection, period and search in SQL; the answer filter in code, on the loaded answers. */
export async function loadFilteredAnswers(
  ctx: ServiceContext,
  questionnaire: StoredQuestionnaire,
  filter: StoryFilter,
  search: string | null,
): Promise<{ ids: string[]; answers: Answers[] }> {
  const loaded = await loadFilteredColumns(ctx, questionnaire, filter, search);
  return { ids: loaded.ids, answers: storiesOfColumns(loaded) };
}

/**
 * loadFilteredAnswers as columns by question key: for the whole questionnaire the answer
 * snapshot's typed arrays, without an object per story (what the scan and the charts read).
 */
export async function loadFilteredColumns(
  ctx: ServiceContext,
  questionnaire: StoredQuestionnaire,
  filter: StoryFilter,
  search: string | null,
): Promise<AnswerColumns & { readonly ids: string[] }> {
  const selection: StorySelection = { collection: filter.collection, period: filter.period, search };
  // Free text is never an analysis variable: leave it in the database.
  const keys = questionnaire.definition.questions.filter((q) => q.type !== 'text' && !isCodeQuestion(q.key)).map((q) => q.key);
  // Without a collection, period or search, the whole questionnaire: its answer snapshot.
  const whole = selection.collection === null && selection.period === null && selection.search === null;
  const loaded = await addCodeColumns(
    ctx,
    questionnaire,
    whole ? await publishedColumns(ctx, questionnaire, keys) : await selectedColumns(ctx, questionnaire, selection, keys),
  );
  if (!hasAnswerFilter(filter)) return loaded;
  const rows: number[] = [];
  const filtered = Object.keys(filter.answers).map((key) => ({ accepted: filter.answers[key], column: loaded.columns.get(key) }));
  for (let i = 0; i < loaded.count; i++) {
    if (filtered.every(({ accepted, column }) => matchesAnswer(accepted, answerAt(column, i)))) rows.push(i);
  }
  const ids = loaded.ids;
  return { ...selectRows(loaded, rows), ids: rows.map((i) => ids[i]) };
}

async function selectedColumns(ctx: ServiceContext, questionnaire: StoredQuestionnaire, selection: StorySelection, keys: string[]) {
  const { ids, answers } = await loadSelectedAnswers(ctx.db, ctx.tenantId, questionnaire.id, selection, keys);
  return { ...columnsOfStories(keys, answers), ids };
}

function describeFilter(filter: StoryFilter): FilterDescription {
  return { collection: filter.collection, period: filter.period?.label ?? null, answers: filter.answers };
}
