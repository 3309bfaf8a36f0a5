// A code as an analysis variable: the choice question `code:{slug}` with the options "ja" and
// "nee" (the labels the scan already uses for a multichoice option's yes/no variable).
import type { ChoiceQuestion } from '../questionnaire/types.ts';
import type { CodeDefinition } from './codebook.ts';

export const CODE_VARIABLE_PREFIX = 'code:';

export function isCodeQuestion(key: string): boolean {
  return key.startsWith(CODE_VARIABLE_PREFIX);
}

export function codeQuestions(codes: readonly CodeDefinition[]): ChoiceQuestion[] {
  return codes.map((code) => ({
    key: `${CODE_VARIABLE_PREFIX}${code.slug}`,
    about: 'story',
    type: 'choice',
    text: { nl: `Code: ${code.label}`, en: `Code: ${code.label}` },
    options: [
      { key: 'ja', text: { nl: 'ja', en: 'yes' } },
      { key: 'nee', text: { nl: 'nee', en: 'no' } },
    ],
  }));
}
