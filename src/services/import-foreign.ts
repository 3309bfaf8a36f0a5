// Imports from NarraFirma and SenseMaker (docs/formats.md). The other tool's form or framework
// becomes a duiding.questionnaire/v1 and its stories file is turned, row by row, into
// duiding.stories/v1, which then goes through the ordinary importers: the same checks, the same
// storage. Questionnaire and stories are written in ONE transaction, and only when nothing
// required is missing; whatever could not be carried over is returned as a list of notes.
import { readCsv, CsvParseError, type CsvRecord } from '../domain/csv/reader.ts';
import { csvRow } from '../domain/csv/writer.ts';
import { finishQuestionnaire } from '../domain/foreign/draft.ts';
import { readNarraFirmaForm } from '../domain/foreign/narrafirma-form.ts';
import { narraFirmaPlan } from '../domain/foreign/narrafirma.ts';
import { languageCode } from '../domain/foreign/names.ts';
import { Findings, type Note } from '../domain/foreign/notes.ts';
import { toStoryRecord, type ForeignPlan } from '../domain/foreign/plan.ts';
import { readSenseMakerFramework } from '../domain/foreign/sensemaker-framework.ts';
import { senseMakerPlan } from '../domain/foreign/sensemaker.ts';
import { InputRejected, MAX_PROBLEMS, type Problem } from '../domain/problems.ts';
import { parseQuestionnaire } from '../domain/questionnaire/parse.ts';
import type { Questionnaire } from '../domain/questionnaire/types.ts';
import { encodeStoryRow, storyColumns } from '../domain/stories/csv-codec.ts';
import type { Database } from '../db/connection.ts';
import type { ServiceContext, TextSource } from './context.ts';
import { csvSyntaxProblem } from './csv-problems.ts';
import { saveQuestionnaire, type QuestionnaireImportResult } from './import-questionnaire.ts';
import { importStories } from './import-stories.ts';

export interface ForeignImportOptions {
  questionnaireKey: string;
  stories: TextSource;
  /** Default "<questionnaire>-narrafirma" / "<questionnaire>-sensemaker". */
  collectionSlug?: string;
  /** The language the form's texts are in; default: the framework's, else the stories' most common. */
  language?: string;
  /** For stories without a readable date. */
  now?: Date;
}

export interface ForeignImportResult {
  questionnaire: QuestionnaireImportResult;
  stories: number;
  replaced: number;
  collectionsCreated: string[];
  /** What was not carried over, each with file, line and column where it applies. */
  notMapped: Note[];
}

export async function importNarraFirma(ctx: ServiceContext, options: ForeignImportOptions & { form: TextSource }): Promise<ForeignImportResult> {
  const formFindings = new Findings(options.form.name);
  const records = await readAll(options.form, formFindings);
  const form = readNarraFirmaForm(records, formFindings);
  return runImport(ctx, options, 'narrafirma', formFindings, null, (header, findings) => narraFirmaPlan(form, header, findings, options.questionnaireKey));
}

export async function importSenseMaker(ctx: ServiceContext, options: ForeignImportOptions & { definition: TextSource }): Promise<ForeignImportResult> {
  const definitionFindings = new Findings(options.definition.name);
  const json = await readJson(options.definition, definitionFindings);
  const framework = readSenseMakerFramework(definitionFindings.problems.length > 0 ? {} : json, definitionFindings);
  // Invalid JSON is one problem, not also "no signifiers".
  if (definitionFindings.problems.length > 1 && definitionFindings.problems[0]!.code === 'invalid-json') definitionFindings.problems.splice(1);
  return runImport(ctx, options, 'sensemaker', definitionFindings, framework.language, (header, findings) =>
    senseMakerPlan(framework, header, findings, options.questionnaireKey),
  );
}

type MakePlan = (header: CsvRecord, findings: Findings) => ForeignPlan;

async function runImport(
  ctx: ServiceContext,
  options: ForeignImportOptions,
  tool: 'narrafirma' | 'sensemaker',
  formFindings: Findings,
  frameworkLanguage: string | null,
  makePlan: MakePlan,
): Promise<ForeignImportResult> {
  const findings = new Findings(options.stories.name);
  // First pass: every row is converted and checked; nothing is kept but counts and languages.
  const languages = new Map<string, number>();
  let plan: ForeignPlan | null = null;
  if (formFindings.problems.length === 0) {
    try {
      for await (const record of readCsv(options.stories.open())) {
        if (!plan) {
          plan = makePlan(record, findings);
          if (findings.problems.length > 0) break;
          continue;
        }
        if (findings.problems.length >= MAX_PROBLEMS) break;
        const story = plan.decode(record, findings);
        if (story?.language) languages.set(story.language, (languages.get(story.language) ?? 0) + 1);
      }
    } catch (error) {
      if (!(error instanceof CsvParseError)) throw error;
      findings.problem(csvSyntaxProblem(options.stories.name, error));
    }
    if (!plan && findings.problems.length === 0)
      findings.problem({ code: 'empty-file', nl: 'het bestand is leeg (geen kopregel)', en: 'the file is empty (no header row)' });
  }
  const problems = [...formFindings.problems, ...findings.problems];
  if (problems.length > 0 || !plan) throw new InputRejected(problems.slice(0, MAX_PROBLEMS));

  const seen = [...languages.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const textLanguage = (options.language && (languageCode(options.language) ?? options.language)) || frameworkLanguage || seen[0] || 'nl';
  const draft = plan.finish(findings);
  const questionnaire = validated(finishQuestionnaire(options.questionnaireKey, draft, [textLanguage, ...seen.filter((l) => l !== textLanguage)]));
  const collection = options.collectionSlug ?? `${options.questionnaireKey}-${tool}`;
  const lines = new Map<number, number>();
  const source = convertedStories(
    options.stories,
    makePlan,
    questionnaire,
    { collection, language: textLanguage, collectedAt: options.now ?? new Date() },
    lines,
  );
  const notMapped = [...formFindings.notes, ...formFindings.summaries(), ...findings.notes, ...findings.summaries()];
  try {
    return await ctx.db.transaction(async (tx) => {
      const inner: ServiceContext = { ...ctx, db: tx as unknown as Database };
      const saved = await saveQuestionnaire(inner, questionnaire);
      const stories = await importStories(inner, { source, questionnaireKey: questionnaire.key, collectionSlug: collection });
      return { questionnaire: saved, ...stories, notMapped };
    });
  } catch (error) {
    if (error instanceof InputRejected)
      throw new InputRejected(
        error.problems.map((p) => backToForeign(p, options.stories.name, lines, plan!.origin)),
        error.status,
      );
    throw error;
  }
}

function validated(questionnaire: Questionnaire): Questionnaire {
  const parsed = parseQuestionnaire(JSON.parse(JSON.stringify(questionnaire)));
  if (!parsed.ok) throw new InputRejected(parsed.problems);
  return parsed.value;
}

/** The other tool's stories as duiding.stories/v1, converted again on every read (no copy is kept). */
function convertedStories(
  stories: TextSource,
  makePlan: MakePlan,
  q: Questionnaire,
  defaults: Parameters<typeof toStoryRecord>[2],
  lines: Map<number, number>,
): TextSource {
  return {
    name: stories.name,
    async *open() {
      const findings = new Findings(stories.name);
      let plan: ForeignPlan | null = null;
      let line = 1;
      const emit = (row: string, from?: number) => {
        if (from !== undefined) lines.set(line, from);
        line += row.split('\n').length - 1;
        return row;
      };
      for await (const record of readCsv(stories.open())) {
        if (!plan) {
          plan = makePlan(record, findings);
          yield emit(csvRow(storyColumns(q)), record.line);
          continue;
        }
        const story = plan.decode(record, findings);
        if (story) yield emit(csvRow(encodeStoryRow(q, toStoryRecord(story, q.questions, defaults))), record.line);
      }
    },
  };
}

/** A problem found in the converted stories, told in the terms of the file the user gave. */
function backToForeign(p: Problem, file: string, lines: Map<number, number>, origin: Map<string, string>): Problem {
  if (p.file !== file) return p;
  const line = p.line !== undefined ? (lines.get(p.line) ?? p.line) : undefined;
  const foreign = p.column ? (origin.get(p.column) ?? origin.get(p.column.split('.')[0]!)) : undefined;
  const column = p.column && foreign && foreign !== p.column ? `${foreign} (${p.column})` : p.column;
  return { ...p, ...(line !== undefined ? { line } : {}), ...(column ? { column } : {}) };
}

async function readAll(source: TextSource, findings: Findings): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  try {
    for await (const record of readCsv(source.open())) records.push(record);
  } catch (error) {
    if (!(error instanceof CsvParseError)) throw error;
    findings.problem(csvSyntaxProblem(source.name, error));
  }
  return records;
}

async function readJson(source: TextSource, findings: Findings): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of source.open()) chunks.push(Buffer.from(chunk));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    findings.problem({ code: 'invalid-json', nl: `geen geldige JSON: ${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
}
