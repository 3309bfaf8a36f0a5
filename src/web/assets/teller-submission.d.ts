// Types of teller-submission.js (plain JavaScript, because the browser runs it as it is).
import type { Question, Questionnaire } from '../../domain/questionnaire/types.ts';

export interface FieldError {
  code: string;
  min?: number;
  max?: number;
}

export interface TellerSubmission {
  id?: string;
  language: string;
  prompt: string;
  title: string;
  text: string;
  answers: Record<string, unknown>;
  consent: { share: boolean; quote: boolean };
  website: string;
}

export const MAX_TEXT: number;
export const MAX_TITLE: number;
export function answerField(key: string): string;
export function fieldId(name: string): string;
export function parseNumber(raw: string | null | undefined): number | null;
export function titleFromText(text: string): string;
export function readAnswer(
  question: Question,
  fields: Map<string, string[]>,
): { value?: unknown; error?: FieldError };
export function readSubmission(
  questionnaire: Pick<Questionnaire, 'prompts' | 'questions'>,
  entries: Iterable<[string, unknown]>,
  options?: { language?: string },
): { submission: TellerSubmission; errors: Record<string, FieldError> };
export function errorMessage(texts: { errors: Record<string, string> }, error: FieldError): string;
export function fieldOfProblem(problemField: string | undefined | null): string | null;
