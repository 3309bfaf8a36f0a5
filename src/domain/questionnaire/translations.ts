// Every translatable text of a questionnaire, named by a stable path built from keys (not list
// positions, so a moved question keeps its translations): "title", "prompts.moment",
// "questions.gehoord.text", "questions.wie_hielp.corners.2", "questions.gevoel.options.boos",
// "questions.steun.stones.school". Used by the designer's translations page (which texts are
// missing per language, fill them in) and by the demo's translations.
import type { LocalizedText, Question, Questionnaire } from './types.ts';

export interface TranslatableText {
  path: string;
  /** The text per language; the same object as in the definition (mutated by applyTranslations on a copy). */
  text: LocalizedText;
}

const QUESTION_TEXTS = ['text', 'help', 'left', 'right', 'x', 'y', 'minLabel', 'maxLabel'] as const;

export function translatableTexts(q: Questionnaire): TranslatableText[] {
  const out: TranslatableText[] = [{ path: 'title', text: q.title }];
  for (const p of q.prompts) out.push({ path: `prompts.${p.key}`, text: p.text });
  for (const question of q.questions) out.push(...questionTexts(question));
  return out;
}

function questionTexts(question: Question): TranslatableText[] {
  const base = `questions.${question.key}`;
  const out: TranslatableText[] = [];
  const fields = question as unknown as Record<string, LocalizedText | undefined>;
  for (const field of QUESTION_TEXTS) {
    const text = fields[field];
    if (text && typeof text === 'object') out.push({ path: `${base}.${field}`, text });
  }
  if (question.type === 'triad') question.corners.forEach((text, i) => out.push({ path: `${base}.corners.${i + 1}`, text }));
  if (question.type === 'choice' || question.type === 'multichoice')
    for (const o of question.options) out.push({ path: `${base}.options.${o.key}`, text: o.text });
  if (question.type === 'stones') for (const s of question.stones) out.push({ path: `${base}.stones.${s.key}`, text: s.text });
  return out;
}

/** Paths whose text has nothing (or only spaces) in `language`. */
export function missingTranslations(q: Questionnaire, language: string): TranslatableText[] {
  return translatableTexts(q).filter((t) => !t.text[language]?.trim());
}

/**
 * A copy of the definition with the given texts in `language` (an empty text removes it) and
 * `language` added to `languages`. `machine`: true marks the language as an unchecked machine
 * translation, false as checked by a person, undefined leaves the mark as it was. Unknown paths
 * are returned, not applied.
 */
export function applyTranslations(
  q: Questionnaire,
  language: string,
  texts: Record<string, string>,
  machine?: boolean,
): { definition: Questionnaire; unknownPaths: string[] } {
  const copy = structuredClone(q);
  const byPath = new Map(translatableTexts(copy).map((t) => [t.path, t.text]));
  const unknownPaths: string[] = [];
  for (const [path, value] of Object.entries(texts)) {
    const text = byPath.get(path);
    if (!text) {
      unknownPaths.push(path);
      continue;
    }
    if (value.trim()) text[language] = value.trim();
    else delete text[language];
  }
  if (!copy.languages.includes(language)) copy.languages = [...copy.languages, language];
  const marked = new Set(copy.machineTranslated ?? []);
  if (machine === true) marked.add(language);
  if (machine === false) marked.delete(language);
  const machineTranslated = copy.languages.filter((l) => marked.has(l));
  if (machineTranslated.length) copy.machineTranslated = machineTranslated;
  else delete copy.machineTranslated;
  return { definition: copy, unknownPaths };
}
