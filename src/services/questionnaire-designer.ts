// The questionnaire designer's use cases. Every edit builds a candidate definition, checks it with
// the one parser of duiding.questionnaire/v1 (domain/questionnaire/parse.ts) plus the Dutch-first
// rule, and saves it: in place while the latest version is a draft, as a new version once that
// version is frozen (its first story arrived). Question keys never change, so analysis across
// versions keeps mapping questions by key.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { areaCodesAtLevel } from '../db/repositories/collect.repository.ts';
import { validateSubmission } from '../domain/collect/validate-submission.ts';
import { countStoriesPerVersion, listVersions, updateDraftDefinition, type VersionRow } from '../db/repositories/designer.repository.ts';
import { insertQuestionnaire, insertVersion } from '../db/repositories/questionnaires.repository.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import { QUESTIONNAIRE_FORMAT, questionnaireChanged } from '../domain/questionnaire/parse.ts';
import { LANGUAGE_TAG } from '../domain/languages/index.ts';
import { applyTranslations } from '../domain/questionnaire/translations.ts';
import type { LocalizedText, Prompt, Question, Questionnaire } from '../domain/questionnaire/types.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';
import { checkDraft, checkStableTypes, keyFromText, relative } from './questionnaire-draft.ts';

export interface DesignerSummary {
  key: string;
  title: LocalizedText;
  versions: number;
  latest: number;
  frozen: boolean;
  questions: number;
  /** The latest version's languages (BCP 47 tags). */
  languages: string[];
  stories: number;
}

export interface DesignerQuestionnaire {
  id: string;
  key: string;
  definition: Questionnaire;
  version: number;
  frozen: boolean;
  versions: { version: number; frozen: boolean; createdAt: Date; stories: number }[];
  stories: number;
}

export interface SaveResult {
  version: number;
  /** The edit made a new version because the previous one was frozen. */
  newVersion: boolean;
}

export async function listDesignerQuestionnaires(ctx: ServiceContext): Promise<DesignerSummary[]> {
  const rows = await listVersions(ctx.db, ctx.tenantId);
  const perVersion = await countStoriesPerVersion(ctx.db, ctx.tenantId);
  const byKey = new Map<string, VersionRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return [...byKey.values()].map((versions) => {
    const latest = versions[versions.length - 1];
    return {
      key: latest.key,
      title: latest.definition.title,
      versions: versions.length,
      latest: latest.version,
      frozen: latest.frozenAt !== null,
      questions: latest.definition.questions.length,
      languages: latest.definition.languages,
      stories: versions.reduce((sum, v) => sum + (perVersion.get(v.versionId) ?? 0), 0),
    };
  });
}

export async function loadDesignerQuestionnaire(ctx: ServiceContext, key: string): Promise<DesignerQuestionnaire> {
  const rows = await listVersions(ctx.db, ctx.tenantId, key);
  if (rows.length === 0) throw unknownQuestionnaire(key);
  const perVersion = await countStoriesPerVersion(ctx.db, ctx.tenantId);
  const latest = rows[rows.length - 1];
  const versions = rows.map((r) => ({ version: r.version, frozen: r.frozenAt !== null, createdAt: r.createdAt, stories: perVersion.get(r.versionId) ?? 0 }));
  return {
    id: latest.questionnaireId,
    key,
    definition: latest.definition,
    version: latest.version,
    frozen: latest.frozenAt !== null,
    versions,
    stories: versions.reduce((sum, v) => sum + v.stories, 0),
  };
}

/** A new questionnaire starts as a draft with a title and no prompts or questions yet. */
export async function createQuestionnaire(ctx: ServiceContext, input: { key: unknown; title: LocalizedText }): Promise<string> {
  const candidate = {
    format: QUESTIONNAIRE_FORMAT,
    key: input.key,
    title: input.title,
    languages: input.title.en ? ['nl', 'en'] : ['nl'],
    prompts: [],
    questions: [],
  };
  const definition = checkDraft(candidate);
  return ctx.db.transaction(async (tx) => {
    const existing = await listVersions(tx, ctx.tenantId, definition.key);
    if (existing.length > 0) {
      throw new InputRejected([
        {
          field: 'key',
          code: 'duplicate-key',
          nl: `er is al een vragenlijst met de sleutel "${definition.key}"`,
          en: `a questionnaire with key "${definition.key}" already exists`,
        },
      ]);
    }
    await insertQuestionnaire(tx, ctx.tenantId, definition);
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'questionnaire.create', subject: definition.key });
    return definition.key;
  });
}

/** Title and the nl/en choice of the settings form; other languages (translations page) stay. */
export async function updateSettings(ctx: ServiceContext, key: string, input: { title: LocalizedText; languages: string[] }) {
  return edit(
    ctx,
    key,
    (def) => ({
      ...def,
      title: input.title,
      languages: [...input.languages, ...def.languages.filter((l) => l !== 'nl' && l !== 'en' && !input.languages.includes(l))],
    }),
    '',
  );
}

/** Adds a question (originalKey null) or replaces one; its key and type stay as they were. */
export async function saveQuestion(ctx: ServiceContext, key: string, originalKey: string | null, question: Record<string, unknown>) {
  return editList(ctx, key, 'questions', originalKey, question, (old) => {
    if (old && (old as Question).type !== question.type) {
      return [
        {
          field: 'type',
          code: 'type-changed',
          nl: 'het soort vraag kan niet veranderen; maak een nieuwe vraag',
          en: 'the question type cannot change; add a new question',
        },
      ];
    }
    return [];
  });
}

export async function savePrompt(ctx: ServiceContext, key: string, originalKey: string | null, prompt: Record<string, unknown>) {
  return editList(ctx, key, 'prompts', originalKey, prompt, () => []);
}

export async function removeItem(ctx: ServiceContext, key: string, list: 'questions' | 'prompts', itemKey: string) {
  return edit(
    ctx,
    key,
    (def) => {
      const items = def[list] as { key: string }[];
      if (!items.some((item) => item.key === itemKey)) throw unknownItem(list, itemKey);
      return { ...def, [list]: items.filter((item) => item.key !== itemKey) };
    },
    '',
  );
}

export async function moveItem(ctx: ServiceContext, key: string, list: 'questions' | 'prompts', itemKey: string, direction: 'up' | 'down') {
  return edit(
    ctx,
    key,
    (def) => {
      const items = [...(def[list] as { key: string }[])];
      const from = items.findIndex((item) => item.key === itemKey);
      if (from < 0) throw unknownItem(list, itemKey);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= items.length) return def;
      [items[from], items[to]] = [items[to], items[from]];
      return { ...def, [list]: items };
    },
    '',
  );
}

function unknownItem(list: 'questions' | 'prompts', itemKey: string) {
  const [nl, en] = list === 'questions' ? ['vraag', 'question'] : ['vertelvraag', 'prompt'];
  return new InputRejected(
    [
      {
        field: list,
        code: 'unknown-item',
        nl: `${nl} "${itemKey}" bestaat niet in deze vragenlijst`,
        en: `${en} "${itemKey}" does not exist in this questionnaire`,
      },
    ],
    404,
  );
}

async function editList(
  ctx: ServiceContext,
  key: string,
  list: 'questions' | 'prompts',
  originalKey: string | null,
  item: Record<string, unknown>,
  extraCheck: (old: Question | Prompt | undefined) => Problem[],
) {
  let index = -1;
  return edit(
    ctx,
    key,
    (def) => {
      const items = [...(def[list] as (Question | Prompt)[])];
      index = originalKey === null ? items.length : items.findIndex((entry) => entry.key === originalKey);
      if (index < 0) throw unknownItem(list, originalKey!);
      const old = originalKey === null ? undefined : items[index];
      // Keys are stable: an existing item keeps its key whatever the form says. A new item
      // without a key gets one made from its Dutch text.
      const next = old
        ? { ...item, key: old.key }
        : item.key
          ? item
          : {
              ...item,
              key: keyFromText(
                item.text,
                items.map((i) => i.key),
              ),
            };
      const extra = extraCheck(old);
      if (extra.length > 0) throw new InputRejected(extra);
      items[index] = next as unknown as Question & Prompt;
      return { ...def, [list]: items };
    },
    () => `${list}[${index}].`,
  );
}

/**
 * Applies one change and saves it. Problems are reported relative to `focus` (e.g. the question
 * being edited: "questions[3].left.nl" becomes "left.nl"), so the page can show each message next
 * to its own field.
 */
async function edit(ctx: ServiceContext, key: string, change: (definition: Questionnaire) => unknown, focus: string | (() => string)): Promise<SaveResult> {
  return ctx.db.transaction(async (tx) => {
    const rows = await listVersions(tx, ctx.tenantId, key);
    if (rows.length === 0) throw unknownQuestionnaire(key);
    const latest = rows[rows.length - 1];
    const candidate = change(latest.definition);
    let definition: Questionnaire;
    try {
      definition = checkDraft(candidate);
      checkStableTypes(definition, rows);
    } catch (error) {
      if (error instanceof InputRejected) throw new InputRejected(relative(error.problems, typeof focus === 'string' ? focus : focus()));
      throw error;
    }
    if (!questionnaireChanged(latest.definition, definition)) return { version: latest.version, newVersion: false };
    let result: SaveResult = { version: latest.version, newVersion: false };
    if (latest.frozenAt !== null || !(await updateDraftDefinition(tx, ctx.tenantId, latest.versionId, definition))) {
      await insertVersion(tx, ctx.tenantId, latest.questionnaireId, latest.version + 1, definition);
      result = { version: latest.version + 1, newVersion: true };
    }
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'questionnaire.edit', subject: key, detail: { ...result } });
    return result;
  });
}

/**
 * The preview's "send": checks a teller's submission against the latest version with the same
 * rules as submitStory, and stores nothing. Returns the problems (empty = it would be accepted).
 */
export async function checkPreviewSubmission(ctx: ServiceContext, key: string, body: unknown): Promise<Problem[]> {
  const { definition } = await loadDesignerQuestionnaire(ctx, key);
  const levels = new Map<string, Set<string>>();
  for (const q of definition.questions) {
    if (q.type === 'area' && !q.areas && !levels.has(q.level)) levels.set(q.level, new Set(await areaCodesAtLevel(ctx.db, ctx.tenantId, q.level)));
  }
  const checked = validateSubmission(body, definition, definition.languages, (level: string) => levels.get(level) ?? new Set<string>());
  return checked.ok ? [] : checked.problems;
}

/** Adds a language (BCP 47 tag) to the questionnaire without texts yet; the teller sees Dutch where a text is missing. */
export async function addLanguage(ctx: ServiceContext, key: string, language: string) {
  const tag = checkedLanguage(language);
  return edit(ctx, key, (def) => (def.languages.includes(tag) ? def : { ...def, languages: [...def.languages, tag] }), '');
}

/**
 * Saves the texts of one language (by path, questionnaire/translations.ts; an empty text removes
 * it) and whether they are an unchecked machine translation. Dutch is the source and is edited
 * on the questionnaire page itself.
 */
export async function saveTranslation(ctx: ServiceContext, key: string, language: string, texts: Record<string, string>, machine: boolean) {
  const tag = checkedLanguage(language);
  if (tag === 'nl')
    throw new InputRejected([
      {
        field: 'taal',
        code: 'source-language',
        nl: 'Nederlands is de brontaal: pas die teksten aan op de pagina van de vragenlijst',
        en: 'Dutch is the source language: edit those texts on the questionnaire page',
      },
    ]);
  return edit(
    ctx,
    key,
    (def) => {
      const { definition, unknownPaths } = applyTranslations(def, tag, texts, machine);
      if (unknownPaths.length)
        throw new InputRejected(
          unknownPaths.map((path) => ({
            field: path,
            code: 'unknown-text',
            nl: `de vragenlijst heeft geen tekst "${path}"`,
            en: `the questionnaire has no text "${path}"`,
          })),
        );
      return definition;
    },
    '',
  );
}

function checkedLanguage(language: string): string {
  const tag = language.trim();
  if (LANGUAGE_TAG.test(tag) && tag.length <= 35) return tag;
  throw new InputRejected([
    {
      field: 'taal',
      code: 'invalid-language',
      nl: 'vul een taalcode in, zoals "ar", "tr", "pl", "uk", "ti", "so" of "pap"',
      en: 'fill in a language code, like "ar", "tr", "pl", "uk", "ti", "so" or "pap"',
    },
  ]);
}
