// A questionnaire under construction: texts are written in the other tool's language before we
// know which it is (the stories tell), so they start under the placeholder language "" and are
// moved to the real code at the end.
import type { LocalizedText, Question, Questionnaire } from '../questionnaire/types.ts';

const UNSET = '';

export function draftText(text: string): LocalizedText {
  return { [UNSET]: text };
}

function relabel(value: unknown, language: string): unknown {
  if (Array.isArray(value)) return value.map((v) => relabel(v, language));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 1 && entries[0]![0] === UNSET) return { [language]: entries[0]![1] };
  return Object.fromEntries(entries.map(([k, v]) => [k, relabel(v, language)]));
}

export interface DraftQuestionnaire {
  title: string;
  prompts: { key: string; text: string }[];
  questions: Question[];
}

/**
 * The finished duiding.questionnaire/v1. `languages` lists the stories' languages; texts are in
 * the first. The title also in Dutch, which the format requires of every questionnaire.
 */
export function finishQuestionnaire(key: string, draft: DraftQuestionnaire, languages: string[]): Questionnaire {
  const language = languages[0]!;
  return {
    format: 'duiding.questionnaire/v1',
    key,
    title: { nl: draft.title, ...(language === 'nl' ? {} : { [language]: draft.title }) },
    languages,
    prompts: draft.prompts.map((p) => ({ key: p.key, text: { [language]: p.text } })),
    questions: relabel(draft.questions, language) as Question[],
  };
}
