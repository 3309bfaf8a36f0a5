// A group of stories named by one answer: `key=value` on a choice or area question, or
// `key=option` on a multichoice question (the stories that ticked that option).
import { InputRejected, type Problem } from '../problems.ts';
import type { AnswerValue, Questionnaire } from '../questionnaire/types.ts';

export interface GroupFilter {
  question: string;
  value: string;
  /** How the group is shown: "gevoel=boos". */
  label: string;
}

/** Parses and checks a filter against the questionnaire; `field` names the parameter (a, b). */
export function parseGroupFilter(questionnaire: Questionnaire, field: string, text: string): GroupFilter {
  const problem = (code: string, nl: string, en: string): InputRejected => new InputRejected([{ field, code, nl, en } satisfies Problem]);
  const at = text.indexOf('=');
  const question = at < 0 ? '' : text.slice(0, at).trim();
  const value = at < 0 ? '' : text.slice(at + 1).trim();
  if (!question || !value) {
    throw problem(
      'invalid-filter',
      `"${text}" is geen filter van de vorm vraag=antwoord (bijvoorbeeld gevoel=boos)`,
      `"${text}" is not a filter of the form question=answer (e.g. gevoel=boos)`,
    );
  }
  const q = questionnaire.questions.find((candidate) => candidate.key === question);
  if (!q) {
    throw problem(
      'unknown-question',
      `vraag "${question}" bestaat niet in vragenlijst "${questionnaire.key}"`,
      `question "${question}" does not exist in questionnaire "${questionnaire.key}"`,
    );
  }
  let known: string[] | null;
  if (q.type === 'choice' || q.type === 'multichoice') known = q.options.map((o) => o.key);
  else if (q.type === 'area') known = q.areas ? q.areas.map((a) => a.code) : null;
  else {
    throw problem(
      'unsupported-question',
      `vraag "${question}" is van het type ${q.type}; kies een keuzevraag, meerkeuzevraag of gebiedsvraag`,
      `question "${question}" is of type ${q.type}; choose a choice, multichoice or area question`,
    );
  }
  if (known && !known.includes(value)) {
    throw problem(
      'unknown-option',
      `vraag "${question}" heeft geen antwoord "${value}" (wel: ${known.join(', ')})`,
      `question "${question}" has no option "${value}" (options: ${known.join(', ')})`,
    );
  }
  return { question, value, label: `${question}=${value}` };
}

export function matchesFilter(filter: GroupFilter, answers: Record<string, AnswerValue>): boolean {
  const answer = answers[filter.question];
  if (typeof answer === 'string') return answer === filter.value;
  if (Array.isArray(answer)) return (answer as unknown[]).includes(filter.value);
  return false;
}
