// A whole story with its personal details removed: the title, the text and every free-text
// answer, by the rules of redact.ts. Every way a story enters Duiding goes through this or
// through the collection's own redaction (services/collect/submit.ts): the storyteller's page,
// staff entry, an import of duiding.stories/v1 and an import from NarraFirma or SenseMaker.
import type { AnswerValue, Question, StoryRecord } from '../questionnaire/types.ts';
import { redactText } from './redact.ts';

export function redactStory(story: StoryRecord, questions: readonly Question[]): StoryRecord {
  const answers: Record<string, AnswerValue> = { ...story.answers };
  for (const q of questions) {
    const value = answers[q.key];
    if (q.type === 'text' && typeof value === 'string') answers[q.key] = redactText(value);
  }
  return { ...story, title: redactText(story.title), text: redactText(story.text), answers };
}
