// Reads a questionnaire definition (PRODUCT.md "Questionnaire — duiding.questionnaire/v1") from
// untrusted JSON. Every problem names its JSON path, e.g. "questions[3].options[1].key".
// Unknown properties are left out of the result.
import type { Problem } from '../problems.ts';
import { FIXED_STORY_COLUMNS } from '../stories/csv-codec.ts';
import { LANGUAGE_TAG } from '../languages/index.ts';
import { parseQuestion } from './parse-questions.ts';
import { JsonChecker } from './parse-support.ts';
import type { Prompt, Question, Questionnaire } from './types.ts';

export const QUESTIONNAIRE_FORMAT = 'duiding.questionnaire/v1';
const LANGUAGE = LANGUAGE_TAG;

export function parseQuestionnaire(json: unknown, file?: string): { ok: true; value: Questionnaire } | { ok: false; problems: Problem[] } {
  const c = new JsonChecker(file);
  const o = c.object(json, '$');
  if (!o) return { ok: false, problems: c.problems };
  if (o.format !== QUESTIONNAIRE_FORMAT) {
    c.add(
      'format',
      'wrong-format',
      `dit is geen vragenlijst: "format" moet "${QUESTIONNAIRE_FORMAT}" zijn`,
      `not a questionnaire: "format" must be "${QUESTIONNAIRE_FORMAT}"`,
    );
  }
  const key = c.key(o.key, 'key');
  const title = c.text(o.title, 'title', true);
  const languages = parseLanguages(c, o.languages);
  const machineTranslated = parseMachineTranslated(c, o.machineTranslated, languages);
  const prompts = parsePrompts(c, o.prompts);
  const questions = parseQuestions(c, o.questions);
  if (c.problems.length > 0 || key === null || title === null || !languages || !prompts || !questions) {
    return { ok: false, problems: c.problems };
  }
  return {
    ok: true,
    value: { format: QUESTIONNAIRE_FORMAT, key, title, languages, ...(machineTranslated?.length ? { machineTranslated } : {}), prompts, questions },
  };
}

/** Optional: languages of `languages` whose texts are an unchecked machine translation. */
function parseMachineTranslated(c: JsonChecker, value: unknown, languages: string[] | null): string[] | undefined {
  if (value === undefined) return undefined;
  const list = c.array(value, 'machineTranslated');
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((language, i) => {
    if (typeof language !== 'string' || !LANGUAGE.test(language)) {
      c.add(`machineTranslated[${i}]`, 'invalid-language', 'hier hoort een taalcode, zoals "ar" of "tr"', 'expected a language code, like "ar" or "tr"');
    } else if (languages && !languages.includes(language)) {
      c.add(`machineTranslated[${i}]`, 'unknown-language', `"${language}" staat niet in "languages"`, `"${language}" is not in "languages"`);
    } else if (!out.includes(language)) out.push(language);
  });
  return out;
}

function parseLanguages(c: JsonChecker, value: unknown): string[] | null {
  const list = c.array(value, 'languages', true);
  if (!list) return null;
  const languages = list.map((language, i) => {
    if (typeof language === 'string' && LANGUAGE.test(language)) return language;
    c.add(`languages[${i}]`, 'invalid-language', 'hier hoort een taalcode, zoals "nl" of "en"', 'expected a language code, like "nl" or "en"');
    return null;
  });
  c.unique(languages, (i) => `languages[${i}]`, { nl: 'taal', en: 'language' });
  return languages.every((l) => l !== null) ? (languages as string[]) : null;
}

function parsePrompts(c: JsonChecker, value: unknown): Prompt[] | null {
  const list = c.array(value, 'prompts');
  if (!list) return null;
  const prompts = list.map((entry, i) => {
    const o = c.object(entry, `prompts[${i}]`);
    if (!o) return null;
    const key = c.key(o.key, `prompts[${i}].key`);
    const text = c.text(o.text, `prompts[${i}].text`);
    return key !== null && text !== null ? { key, text } : null;
  });
  c.unique(
    prompts.map((p) => p?.key ?? null),
    (i) => `prompts[${i}].key`,
    { nl: 'vertelvraag', en: 'prompt' },
  );
  return prompts.every((p) => p !== null) ? (prompts as Prompt[]) : null;
}

function parseQuestions(c: JsonChecker, value: unknown): Question[] | null {
  const list = c.array(value, 'questions', true);
  if (!list) return null;
  const fixed: readonly string[] = FIXED_STORY_COLUMNS;
  const questions = list.map((entry, i) => {
    const question = parseQuestion(c, entry, `questions[${i}]`);
    if (question && fixed.includes(question.key)) {
      c.add(
        `questions[${i}].key`,
        'reserved-key',
        `"${question.key}" is al een vaste kolom van de verhalen; kies een andere sleutel`,
        `"${question.key}" is already a fixed story column; choose another key`,
      );
      return null;
    }
    return question;
  });
  c.unique(
    questions.map((q) => q?.key ?? null),
    (i) => `questions[${i}].key`,
    { nl: 'vraag', en: 'question' },
  );
  return questions.every((q) => q !== null) ? (questions as Question[]) : null;
}

/** Whether two definitions differ (then an import makes a new version). Key order does not count. */
export function questionnaireChanged(a: Questionnaire, b: Questionnaire): boolean {
  return !sameJson(a, b);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const ka = keys(ra);
  return ka.length === keys(rb).length && ka.every((k) => rb[k] !== undefined && sameJson(ra[k], rb[k]));
}
