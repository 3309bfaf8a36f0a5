// Maps domain answers to the typed columns of story_answers and back.
import type { AnswerValue, Question } from '../../domain/questionnaire/types.ts';
import { isNotApplicable, NOT_APPLICABLE } from '../../domain/questionnaire/types.ts';
import type { storyAnswers } from '../schema/index.ts';

type AnswerRow = typeof storyAnswers.$inferInsert;
type StoredAnswer = typeof storyAnswers.$inferSelect;

export function answerToRow(tenantId: string, storyId: string, question: Question, value: AnswerValue): AnswerRow {
  const row: AnswerRow = { tenantId, storyId, questionKey: question.key };
  if (isNotApplicable(value)) return { ...row, notApplicable: true };
  switch (question.type) {
    case 'slider':
    case 'scale':
    case 'number':
      return { ...row, number: value as number };
    case 'choice':
    case 'area':
    case 'text':
      return { ...row, text: value as string };
    case 'multichoice':
      return { ...row, options: value as string[] };
    case 'triad':
      return { ...row, weights: value as number[] };
    case 'stones':
      return { ...row, points: value as Record<string, [number, number]> };
  }
}

/** Returns the answer, or undefined for a row whose shape does not fit the question's type. */
export function rowToAnswer(row: StoredAnswer): AnswerValue | undefined {
  if (row.notApplicable) return NOT_APPLICABLE;
  if (row.number !== null) return row.number;
  if (row.text !== null) return row.text;
  if (row.options !== null) return row.options;
  if (row.weights !== null) return row.weights as [number, number, number];
  if (row.points !== null) return row.points;
  return undefined;
}
