// The common shape of an import from another tool: a plan built from its form/framework and the
// stories file's header turns each row into a story and, at the end, gives the questionnaire.
import type { CsvRecord } from '../csv/reader.ts';
import { redactStory } from '../privacy/redact-story.ts';
import type { AnswerValue, Question, StoryRecord } from '../questionnaire/types.ts';
import type { DraftQuestionnaire } from './draft.ts';
import type { Findings } from './notes.ts';

export interface ForeignStory {
  ref: string;
  collectedAt: Date | null;
  /** A language code, or null when the row names none (or none we know). */
  language: string | null;
  prompt: string | null;
  title: string;
  text: string;
  answers: Record<string, AnswerValue>;
}

export interface ForeignPlan {
  /** Duiding column (duiding.stories/v1) → the column of the other tool's file it came from. */
  readonly origin: Map<string, string>;
  /** null: a row that holds no story (a comment row, a blank row). */
  decode(record: CsvRecord, findings: Findings): ForeignStory | null;
  /** After the last row: the questionnaire (some properties depend on what the rows held). */
  finish(findings: Findings): DraftQuestionnaire;
}

/**
 * The story as Duiding stores it. Personal details are removed from the story, its title and
 * free-text answers here, by the same rules as a story told on the storyteller's page.
 */
export function toStoryRecord(
  story: ForeignStory,
  questions: readonly Question[],
  defaults: { collection: string; language: string; collectedAt: Date },
): StoryRecord {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const value = story.answers[q.key];
    if (value !== undefined) answers[q.key] = value;
  }
  const record = {
    ref: story.ref,
    collectedAt: story.collectedAt ?? defaults.collectedAt,
    collection: defaults.collection,
    language: story.language ?? defaults.language,
    prompt: story.prompt,
    title: story.title,
    text: story.text,
    answers,
  };
  return redactStory(record, questions);
}

/** Finds a column by name, ignoring surrounding spaces and case. */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.findIndex((h) => h.trim() === name.trim());
  if (exact >= 0) return exact;
  const lower = name.trim().toLowerCase();
  return header.findIndex((h) => h.trim().toLowerCase() === lower);
}
