// Imports duiding.stories/v1 in two passes over the file: first every row is checked (nothing is
// written when anything is wrong), then everything is written in one transaction. Neither pass
// holds the file in memory; only the story ids are kept, to find duplicates.
import { sql } from 'drizzle-orm';
import { unknownAreaProblems } from './areas.ts';
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { answerToRow } from '../db/repositories/answer-rows.ts';
import { timeOrderedUuid } from '../db/time-ordered-id.ts';
import { findQuestionnaire, freezeVersion, insertCollection, listCollections, type StoredQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { codingsOfRefs, reapplyCodings } from '../db/repositories/coding.repository.ts';
import { deleteStoriesByRef, findExistingRefs, insertStories, type AnswerInsert, type StoryInsert } from '../db/repositories/stories.repository.ts';
import type { CsvRecord } from '../domain/csv/reader.ts';
import { InputRejected, MAX_PROBLEMS, type Problem } from '../domain/problems.ts';
import { StoryRowDecoder } from '../domain/stories/csv-codec.ts';
import { redactStory } from '../domain/privacy/redact-story.ts';
import { clip } from '../domain/stories/cells.ts';
import type { StoryRecord } from '../domain/questionnaire/types.ts';
import type { ProgressListener, ServiceContext, TextSource } from './context.ts';
import { isBlankRecord } from './csv-problems.ts';
import { placeProblems, readTable, startTableRead, tableReadProblem, type TableRead, type TableRecord } from './tables/table-source.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';

export interface StoriesImportOptions {
  source: TextSource;
  questionnaireKey: string;
  /** Puts every story in this collection, whatever the file's collection column says. */
  collectionSlug?: string;
  onProgress?: ProgressListener;
  /**
   * Called right after COMMIT, before anything else (statistics, the answer): a CLI killed after
   * this point has printed that the stories are stored.
   */
  onCommitted?: (stories: number) => void;
}

export interface StoriesImportResult {
  stories: number;
  replaced: number;
  collectionsCreated: string[];
  /** How the file was read: CSV with its dialect, or XLSX with its sheet. */
  read?: TableRead;
  /** Analysts' codings moved from replaced stories to their new rows; passages of changed texts are dropped. */
  codings: { kept: number; passagesDropped: number };
}

const BATCH = 2000;

export async function importStories(ctx: ServiceContext, options: StoriesImportOptions): Promise<StoriesImportResult> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, options.questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(options.questionnaireKey);

  const read = await startTableRead(options.source);
  const checked = await checkFile(questionnaire, options, read);
  const problems = [...checked.problems];
  const existingCollections = await listCollections(ctx.db, ctx.tenantId);
  const collectionIds = new Map<string, string>();
  for (const slug of checked.collections) {
    const found = existingCollections.find((c) => c.slug === slug);
    if (found && found.questionnaireId !== questionnaire.id) {
      problems.push({
        file: options.source.name,
        column: 'collection',
        code: 'collection-of-other-questionnaire',
        nl: `collectie "${slug}" hoort bij een andere vragenlijst`,
        en: `collection "${slug}" belongs to another questionnaire`,
      });
    } else if (found) collectionIds.set(slug, found.id);
  }
  const existing = await findExistingRefs(ctx.db, ctx.tenantId, [...checked.refs.keys()]);
  for (const story of existing) {
    if (story.questionnaireId !== questionnaire.id) {
      const at = checked.refs.get(story.ref);
      problems.push({
        file: options.source.name,
        line: at?.line,
        ...(at?.sheet !== undefined ? { sheet: at.sheet } : {}),
        column: 'story_id',
        code: 'story-of-other-questionnaire',
        nl: `verhaal "${story.ref}" bestaat al bij een andere vragenlijst`,
        en: `story "${story.ref}" already exists under another questionnaire`,
      });
    }
  }
  // Answers to area questions without a list of their own must be areas of the register.
  problems.push(
    ...(await unknownAreaProblems(
      ctx.db,
      ctx.tenantId,
      [...checked.areas].map(([code, where]) => ({ code, where })),
    )),
  );
  if (problems.length > 0) throw new InputRejected(problems.slice(0, MAX_PROBLEMS));

  const created: string[] = [];
  let committed = 0;
  let codingsCarried = { kept: 0, passagesDropped: 0 };
  await ctx.db.transaction(async (tx) => {
    for (const slug of checked.collections) {
      if (collectionIds.has(slug)) continue;
      const collection = await insertCollection(tx, {
        tenantId: ctx.tenantId,
        slug,
        questionnaireId: questionnaire.id,
        title: slug,
        mode: 'import',
        languages: questionnaire.definition.languages,
      });
      collectionIds.set(slug, collection.id);
      created.push(slug);
    }
    // Re-importing a story replaces it, so that importing the same file twice changes nothing.
    // The analysts' codings of a replaced story move to its new row (passages only if its text
    // is the same): a corrected answer in the source must not wipe an analyst's work.
    const codings =
      existing.length > 0
        ? await codingsOfRefs(
            tx,
            ctx.tenantId,
            existing.map((s) => s.ref),
          )
        : [];
    await deleteStoriesByRef(
      tx,
      ctx.tenantId,
      existing.map((s) => s.ref),
    );
    let written = 0;
    let storyRows: StoryInsert[] = [];
    let answerRows: AnswerInsert[] = [];
    for await (const decoded of decodeValidStories(questionnaire, options, read)) {
      // Personal details go before anything is stored, as on the storyteller's page (AVG).
      const story = redactStory(decoded, questionnaire.definition.questions);
      const id = timeOrderedUuid();
      storyRows.push({
        tenantId: ctx.tenantId,
        id,
        ref: story.ref,
        questionnaireId: questionnaire.id,
        versionId: questionnaire.versionId,
        collectionId: collectionIds.get(options.collectionSlug ?? story.collection)!,
        collectedAt: story.collectedAt,
        language: story.language,
        prompt: story.prompt,
        title: story.title,
        text: story.text,
        status: 'published',
      });
      for (const q of questionnaire.definition.questions) {
        const value = story.answers[q.key];
        if (value !== undefined) answerRows.push(answerToRow(ctx.tenantId, id, q, value));
      }
      if (storyRows.length >= BATCH) {
        await insertStories(tx, storyRows, answerRows);
        written += storyRows.length;
        options.onProgress?.('write', written, checked.count);
        storyRows = [];
        answerRows = [];
      }
    }
    await insertStories(tx, storyRows, answerRows);
    written += storyRows.length;
    options.onProgress?.('write', written, checked.count);
    if (codings.length > 0) codingsCarried = await reapplyCodings(tx, ctx.tenantId, codings);
    if (written > 0) await freezeVersion(tx, ctx.tenantId, questionnaire.versionId);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'stories.import',
      subject: questionnaire.key,
      detail: { stories: written, replaced: existing.length, collectionsCreated: created, codings: codingsCarried },
    });
    committed = written;
  });
  options.onCommitted?.(committed);
  // PGlite has no autovacuum: without fresh statistics the planner picks nested loops over the
  // new rows and loading them for a scan takes twice as long.
  await ctx.db.execute(sql`ANALYZE stories, story_answers`);
  return { stories: checked.count, replaced: existing.length, collectionsCreated: created, read, codings: codingsCarried };
}

interface CheckedFile {
  problems: Problem[];
  count: number;
  /** story_id → where it appears */
  refs: Map<string, TableRecord>;
  collections: Set<string>;
  /** Area codes answered to register-backed area questions → where each first appears. */
  areas: Map<string, Problem>;
}

async function checkFile(questionnaire: StoredQuestionnaire, options: StoriesImportOptions, read: TableRead): Promise<CheckedFile> {
  const file = options.source.name;
  const result: CheckedFile = { problems: [], count: 0, refs: new Map(), collections: new Set(), areas: new Map() };
  const registerQuestions = questionnaire.definition.questions.filter((q) => q.type === 'area' && !q.areas);
  if (options.collectionSlug) result.collections.add(options.collectionSlug);
  // Never more than MAX_PROBLEMS, even from one garbage row with thousands of wrong cells.
  const add = (problems: Problem[]) => {
    result.problems.push(...problems.slice(0, Math.max(0, MAX_PROBLEMS - result.problems.length)));
  };
  let decoder: StoryRowDecoder | null = null;
  let header: TableRecord | undefined;
  try {
    for await (const raw of readTable(options.source, read)) {
      // A workbook's first sheet holds the stories; further sheets are not read.
      if (header && raw.sheet !== header.sheet) break;
      const record = header ? padded(raw, header) : raw;
      if (!decoder) {
        header = withFixedColumnNames(questionnaire, record);
        decoder = storyDecoder(questionnaire, header, file, read);
        if (decoder.headerProblems.length > 0) {
          add(placeProblems(decoder.headerProblems, header, header));
          return result;
        }
        continue;
      }
      if (isBlankRecord(record)) continue;
      // A person reads the first hundred problems; reading a garbage file to its end helps nobody.
      if (result.problems.length >= MAX_PROBLEMS) break;
      const decoded = decoder.decode(record);
      if (decoded.story === null) {
        add(placeProblems(decoded.problems, record, header));
        continue;
      }
      result.count++;
      const story = decoded.story;
      const earlier = result.refs.get(story.ref);
      if (earlier !== undefined) {
        add(placeProblems([duplicateRef(file, record, story.ref, earlier.line)], record, header));
      } else result.refs.set(story.ref, { line: record.line, sheet: record.sheet, fields: [] });
      for (const q of registerQuestions) {
        const code = story.answers[q.key];
        if (typeof code === 'string' && !result.areas.has(code)) {
          const column = header!.fields.find((f) => f.trim() === q.key) ?? q.key;
          result.areas.set(code, placeProblems([{ file, line: record.line, column, code: '', nl: '', en: '' }], record, header)[0]!);
        }
      }
      if (!options.collectionSlug) {
        if (story.collection) result.collections.add(story.collection);
        else add(placeProblems([missingCollection(file, record)], record, header));
      }
      if (result.count % 1000 === 0) options.onProgress?.('check', result.count);
    }
  } catch (error) {
    const problem = tableReadProblem(error, file, header);
    if (!problem) throw error;
    add([problem]);
  }
  if (!decoder && result.problems.length === 0) {
    add([{ file, code: 'empty-file', nl: 'het bestand is leeg (geen kopregel)', en: 'the file is empty (no header row)' }]);
  }
  options.onProgress?.('check', result.count, result.count);
  return result;
}

/** Second pass: the file was checked, so every row decodes. */
async function* decodeValidStories(questionnaire: StoredQuestionnaire, options: StoriesImportOptions, read: TableRead): AsyncGenerator<StoryRecord> {
  let decoder: StoryRowDecoder | null = null;
  let header: TableRecord | undefined;
  // The dialect was found in the first pass; the second pass finds the same again.
  const again: TableRead = read.format === 'csv' ? { format: 'csv', dialect: { ...read.dialect } } : { format: 'xlsx', sheets: [] };
  for await (const raw of readTable(options.source, again)) {
    if (header && raw.sheet !== header.sheet) break;
    const record = header ? padded(raw, header) : raw;
    if (!decoder) {
      header = withFixedColumnNames(questionnaire, record);
      decoder = storyDecoder(questionnaire, header, options.source.name, read);
      continue;
    }
    if (isBlankRecord(record)) continue;
    const decoded = decoder.decode(record);
    if (decoded.story === null) throw new InputRejected(decoded.problems);
    yield decoded.story;
  }
}

function duplicateRef(file: string, record: CsvRecord, ref: string, earlierLine: number): Problem {
  return {
    file,
    line: record.line,
    column: 'story_id',
    code: 'duplicate-story-id',
    nl: `"${clip(ref)}" komt twee keer voor (ook op regel ${earlierLine})`,
    en: `"${clip(ref)}" occurs twice (also on line ${earlierLine})`,
  };
}

function missingCollection(file: string, record: CsvRecord): Problem {
  return {
    file,
    line: record.line,
    column: 'collection',
    code: 'missing-collection',
    nl: 'geen collectie ingevuld (vul de kolom in of geef --collection op)',
    en: 'no collection given (fill in the column or pass --collection)',
  };
}

function storyDecoder(questionnaire: StoredQuestionnaire, header: TableRecord, file: string, read: TableRead): StoryRowDecoder {
  return new StoryRowDecoder(questionnaire.definition, header, file, read.format === 'csv' && read.dialect.decimalComma);
}

/** A spreadsheet row stops at its last filled cell; the decoder wants the header's width. */
function padded(record: TableRecord, header: TableRecord): TableRecord {
  if (record.sheet === undefined || record.fields.length >= header.fields.length) return record;
  return { ...record, fields: [...record.fields, ...Array<string>(header.fields.length - record.fields.length).fill('')] };
}

/** Dutch names a spreadsheet may give the fixed columns (docs/formats.md). */
const FIXED_COLUMN_ALIASES: Record<string, string> = {
  verhaal_id: 'story_id',
  verzameld_op: 'collected_at',
  datum: 'collected_at',
  collectie: 'collection',
  taal: 'language',
  vertelvraag: 'prompt',
  titel: 'title',
  tekst: 'text',
  verhaal: 'text',
};

/** The header with Dutch names of fixed columns read as theirs, unless a question has that key. */
function withFixedColumnNames(questionnaire: StoredQuestionnaire, header: TableRecord): TableRecord {
  const keys = new Set(questionnaire.definition.questions.map((q) => q.key));
  const fields = header.fields.map((name) => {
    const alias = FIXED_COLUMN_ALIASES[name.trim().toLowerCase()];
    return alias && !keys.has(name) ? alias : name;
  });
  return { ...header, fields };
}
