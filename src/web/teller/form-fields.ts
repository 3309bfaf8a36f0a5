// The server side of the teller's form fields: a posted form → entries → submission (the
// conversion itself is shared with the browser: assets/teller-submission.js), service problems →
// messages next to fields, and a stored answer → form fields (to show it in a form again).
import type { AnswerValue, Question, Questionnaire } from '../../domain/questionnaire/types.ts';
import type { Problem } from '../../domain/problems.ts';
import { answerField, errorMessage, fieldOfProblem, readSubmission, type FieldError, type TellerSubmission } from '../assets/teller-submission.js';
import type { TellerMessages } from '../i18n/teller.ts';
import { rulesOf } from './client-rules.ts';

export { answerField, fieldId, readSubmission } from '../assets/teller-submission.js';
export type { TellerSubmission };

/** Current values of the form by field name (repeated names for checkboxes). */
export type FieldValues = Map<string, string[]>;

/** Hono's parseBody({ all: true }) result → [name, value] pairs in order. */
export function formEntries(body: Record<string, unknown>): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') entries.push([name, item.slice(0, 40_000)]);
    }
  }
  return entries;
}

export function fieldValues(entries: Iterable<[string, string]>): FieldValues {
  const values: FieldValues = new Map();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  return values;
}

/** A posted form → the submission and B1 messages per field (empty when all is well). */
export function submissionFromForm(
  questionnaire: Pick<Questionnaire, 'prompts' | 'questions'>,
  entries: [string, string][],
  texts: TellerMessages,
  language: string,
): { submission: TellerSubmission; errors: Record<string, string> } {
  const { submission, errors } = readSubmission(rulesOf(questionnaire), entries, { language });
  return { submission, errors: messagesOf(errors, texts) };
}

function messagesOf(errors: Record<string, FieldError>, texts: TellerMessages): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, errorMessage(texts.client, error)]));
}

/** Problems from submitStory → messages by field; problems naming no field go under "form". */
export function problemMessages(problems: Problem[], lang: 'nl' | 'en'): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const problem of problems) {
    const field = fieldOfProblem(problem.field) ?? 'form';
    const text = lang === 'nl' ? problem.nl : problem.en;
    messages[field] = messages[field] ? `${messages[field]} ${text}` : text;
  }
  return messages;
}

/**
 * One stored answer → the form fields that show it (for a form filled in again, e.g. staff
 * editing an interview story, or the designer's preview with an example answer).
 */
export function answerToFields(question: Question, value: AnswerValue | 'NA' | undefined): [string, string][] {
  const base = answerField(question.key);
  if (value === undefined) return [];
  if (value === 'NA' || (typeof value === 'object' && value !== null && 'na' in value)) return [[`${base}.na`, 'ja']];
  switch (question.type) {
    case 'triad':
      return Array.isArray(value) ? value.map((w, i): [string, string] => [`${base}.${i + 1}`, String(Math.round(Number(w) * 1000) / 10)]) : [];
    case 'stones':
      return Object.entries(value as Record<string, [number, number]>).flatMap(([stone, [x, y]]): [string, string][] => [
        [`${base}.${stone}.x`, String(x)],
        [`${base}.${stone}.y`, String(y)],
      ]);
    case 'multichoice':
      return (value as string[]).map((v): [string, string] => [base, v]);
    default:
      return [[base, String(value)]];
  }
}
