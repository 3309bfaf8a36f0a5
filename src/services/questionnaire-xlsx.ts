// A questionnaire (duiding.questionnaire/v1) as a workbook, for people who design in Excel:
// sheet "vragenlijst" (veld, waarde), "vertelvragen" (key, text.nl, …), "vragen" (one row per
// question: key, about, type, text.nl, required, min, max, left.nl, …) and "opties" (question,
// key, text.nl, …: the options, stones, triad corners 1–3, or areas with key = code and name).
// A column "a.b" is the field b inside a. The workbook is turned into the JSON document and
// checked by the one questionnaire parser; its problems are then placed back on sheet, row and cell.
import { neutraliseFormula, restoreFormula } from '../domain/csv/formula.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { ServiceContext, TextSource } from './context.ts';
import { exportQuestionnaire, importQuestionnaire } from './import-questionnaire.ts';
import { columnLetter } from './tables/xlsx-cells.ts';
import { readXlsx, XlsxReadError } from './tables/xlsx-read.ts';
import type { SheetSpec, XlsxCell } from './tables/xlsx-write.ts';

type Json = Record<string, unknown>;
/** Where a JSON field came from: sheet, row and the header of the sheet. */
interface Origin {
  sheet: string;
  line: number;
  header: string[];
}

const LISTS: Record<string, string> = { choice: 'options', multichoice: 'options', stones: 'stones', triad: 'corners', area: 'areas' };
const NUMBER_FIELDS = new Set(['min', 'max']);
const BOOLEAN_FIELDS = new Set(['required', 'allowNotApplicable']);
const TRUE = new Set(['true', 'ja', 'yes', '1', 'waar']);
const FALSE = new Set(['false', 'nee', 'no', '0', 'onwaar']);

/** Reads the workbook and imports the questionnaire it describes (all or nothing, as from JSON). */
export async function importQuestionnaireWorkbook(ctx: ServiceContext, source: TextSource) {
  const { json, origins, problems } = await readQuestionnaireWorkbook(source);
  if (problems.length > 0) throw new InputRejected(problems);
  try {
    return await importQuestionnaire(ctx, json, source.name);
  } catch (error) {
    if (!(error instanceof InputRejected) || error.status !== 400) throw error;
    throw new InputRejected(
      error.problems.map((p) => placeField(p, origins)),
      error.status,
    );
  }
}

async function readQuestionnaireWorkbook(source: TextSource): Promise<{ json: Json; origins: Map<string, Origin>; problems: Problem[] }> {
  const sheets = new Map<string, { header: string[]; rows: { line: number; fields: string[] }[] }>();
  try {
    for await (const record of readXlsx(() => source.open(), source.name)) {
      const name = record.sheet.trim().toLowerCase();
      const sheet = sheets.get(name);
      if (!sheet) sheets.set(name, { header: record.fields.map((f) => f.trim()), rows: [] });
      else sheet.rows.push(record);
    }
  } catch (error) {
    if (error instanceof XlsxReadError) return { json: {}, origins: new Map(), problems: [error.problem] };
    throw error;
  }
  const origins = new Map<string, Origin>();
  const problems: Problem[] = [];
  const json: Json = { format: 'duiding.questionnaire/v1' };
  const main = sheets.get('vragenlijst');
  if (!main) {
    problems.push({
      file: source.name,
      code: 'missing-sheet',
      nl: 'het blad "vragenlijst" ontbreekt (met de kolommen veld en waarde)',
      en: 'the sheet "vragenlijst" is missing (with the columns veld and waarde)',
    });
    return { json, origins, problems };
  }
  for (const row of main.rows) {
    const field = (row.fields[0] ?? '').trim();
    const value = row.fields[1] ?? '';
    if (field === '') continue;
    origins.set(field, { sheet: 'vragenlijst', line: row.line, header: ['veld', field] });
    // Lists of language codes: "nl, en, ar" in one cell.
    if (field === 'languages' || field === 'machineTranslated') set(json, field, value.split(/[\s,;]+/).filter(Boolean));
    else set(json, field, field === 'format' || field === 'key' ? value.trim() : restoreFormula(value));
  }
  json.prompts = rowsOf(sheets.get('vertelvragen'), 'vertelvragen', 'prompts', origins);
  const questions = rowsOf(sheets.get('vragen'), 'vragen', 'questions', origins);
  json.questions = questions;
  // Options, stones, corners and areas belong to the question their first column names.
  const lists = sheets.get('opties');
  for (const row of lists?.rows ?? []) {
    const entry = rowObject(lists!.header, row.fields);
    const owner = String(entry.question ?? '');
    delete entry.question;
    const index = questions.findIndex((q) => q.key === owner);
    if (index < 0) {
      problems.push({
        file: source.name,
        sheet: 'opties',
        line: row.line,
        column: 'question',
        cell: `A${row.line}`,
        code: 'unknown-question',
        nl: `"${owner}" is geen vraag op het blad "vragen"`,
        en: `"${owner}" is not a question on the sheet "vragen"`,
      });
      continue;
    }
    const question = questions[index]!;
    const list = LISTS[String(question.type)] ?? 'options';
    const items = ((question[list] as Json[] | undefined) ??= []);
    const item: Json =
      list === 'corners' ? ((entry.text as Json) ?? {}) : list === 'areas' ? { code: entry.key, name: entry.name } : { key: entry.key, text: entry.text };
    origins.set(`questions[${index}].${list}[${items.length}]`, { sheet: 'opties', line: row.line, header: lists!.header });
    items.push(item);
  }
  return { json, origins, problems: problems.map((p) => ({ ...p, file: source.name })) };
}

function rowsOf(
  sheet: { header: string[]; rows: { line: number; fields: string[] }[] } | undefined,
  name: string,
  path: string,
  origins: Map<string, Origin>,
): Json[] {
  return (sheet?.rows ?? []).map((row, i) => {
    origins.set(`${path}[${i}]`, { sheet: name, line: row.line, header: sheet!.header });
    return rowObject(sheet!.header, row.fields);
  });
}

/** One row as an object: "text.nl" → {text: {nl}}; typed where the format wants numbers or booleans. */
function rowObject(header: string[], fields: string[]): Json {
  const out: Json = {};
  header.forEach((column, i) => {
    const cell = fields[i] ?? '';
    if (column === '' || cell === '') return;
    let value: unknown = restoreFormula(cell);
    if (NUMBER_FIELDS.has(column) && cell.trim() !== '' && Number.isFinite(Number(cell))) value = Number(cell);
    if (BOOLEAN_FIELDS.has(column)) value = TRUE.has(cell.trim().toLowerCase()) ? true : FALSE.has(cell.trim().toLowerCase()) ? false : cell;
    set(out, column, value);
  });
  return out;
}

function set(target: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Json;
  at[parts.at(-1)!] = value;
}

/** "questions[2].options[1].text.nl" → sheet "opties", its row, column "text.nl". */
function placeField(problem: Problem, origins: Map<string, Origin>): Problem {
  if (!problem.field) return problem;
  const field = problem.field;
  const candidates = [...origins.keys()]
    .filter((k) => field === k || field.startsWith(`${k}.`) || field.startsWith(`${k}[`))
    .sort((a, b) => b.length - a.length);
  const key = candidates[0];
  if (key === undefined) return problem;
  const origin = origins.get(key)!;
  const rest = field.slice(key.length).replace(/^\./, '');
  const column =
    origin.sheet === 'vragenlijst'
      ? 'waarde'
      : rest === ''
        ? undefined
        : (origin.header.find((h) => rest === h || rest.startsWith(`${h}.`) || rest.startsWith(`${h}[`)) ?? rest.split(/[.[]/)[0]);
  const index = column === undefined ? -1 : origin.sheet === 'vragenlijst' ? 1 : origin.header.indexOf(column);
  const { field: _dropped, ...rest2 } = problem;
  return {
    ...rest2,
    sheet: origin.sheet,
    line: origin.line,
    ...(column ? { column } : {}),
    ...(index >= 0 ? { cell: `${columnLetter(index)}${origin.line}` } : {}),
  };
}

/** The latest version as a workbook; importing it again changes nothing. */
export async function questionnaireSheets(ctx: ServiceContext, key: string): Promise<SheetSpec[]> {
  return questionnaireSheetsOf((await exportQuestionnaire(ctx, key)) as unknown as Json);
}

/** A duiding.questionnaire/v1 document as the four sheets. */
export function questionnaireSheetsOf(q: Json): SheetSpec[] {
  const text = (v: unknown): XlsxCell => (typeof v === 'number' ? v : typeof v === 'boolean' ? String(v) : neutraliseFormula(String(v)));
  const mainRows: XlsxCell[][] = [];
  for (const [field, value] of flatten(q)) {
    if (field === 'prompts' || field === 'questions') continue;
    const list = field === 'languages' || field === 'machineTranslated';
    mainRows.push([field, list ? (value as string[]).join(', ') : field === 'format' || field === 'key' ? String(value) : text(value)]);
  }
  const table = (objects: Json[], first: string[] = []): { header: string[]; rows: XlsxCell[][] } => {
    const flat = objects.map((o) => new Map(flatten(o)));
    const header = [...first];
    for (const row of flat) for (const column of row.keys()) if (!header.includes(column)) header.push(column);
    return { header, rows: flat.map((row) => header.map((column) => (row.has(column) ? text(row.get(column)) : null))) };
  };
  const questions = (q.questions as Json[]).map((question) => Object.fromEntries(Object.entries(question).filter(([k]) => k !== LISTS[String(question.type)])));
  const lists: Json[] = [];
  for (const question of q.questions as Json[]) {
    const list = LISTS[String(question.type)];
    for (const [i, item] of ((list ? (question[list] as Json[] | undefined) : undefined) ?? []).entries()) {
      if (list === 'corners') lists.push({ question: question.key, key: String(i + 1), text: item });
      else if (list === 'areas') lists.push({ question: question.key, key: item.code, name: item.name });
      else lists.push({ question: question.key, key: item.key, text: item.text });
    }
  }
  const prompts = table(q.prompts as Json[], ['key']);
  const vragen = table(questions, ['key', 'about', 'type']);
  const opties = table(lists, ['question', 'key']);
  return [
    { name: 'vragenlijst', header: ['veld', 'waarde'], rows: [mainRows] },
    { name: 'vertelvragen', header: prompts.header, rows: [prompts.rows] },
    { name: 'vragen', header: vragen.header, rows: [vragen.rows] },
    { name: 'opties', header: opties.header, rows: [opties.rows] },
  ];
}

/** [path, value] for every leaf; arrays of texts stay whole, arrays of objects are left to the caller. */
function flatten(object: Json, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) out.push(...flatten(value as Json, path));
    else if (value !== undefined) out.push([path, value]);
  }
  return out;
}
