// The questionnaire model of PRODUCT.md "Interchange formats" (duiding.questionnaire/v1).
// These types are the contract between import, storage, the storyteller's page and the pattern scan.

/** Text per language code, e.g. {"nl": "Voelde u zich gehoord?", "en": "Did you feel heard?"}. */
export type LocalizedText = Record<string, string>;

export const QUESTION_TYPES = ['slider', 'triad', 'stones', 'choice', 'multichoice', 'scale', 'number', 'text', 'area'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const AREA_LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface Option {
  key: string;
  text: LocalizedText;
}

interface Stone {
  key: string;
  text: LocalizedText;
}

interface QuestionBase {
  key: string;
  about: 'story' | 'participant';
  text: LocalizedText;
  help?: LocalizedText;
  required?: boolean;
  allowNotApplicable?: boolean;
}

interface SliderQuestion extends QuestionBase {
  type: 'slider';
  left: LocalizedText;
  right: LocalizedText;
}
export interface TriadQuestion extends QuestionBase {
  type: 'triad';
  corners: [LocalizedText, LocalizedText, LocalizedText];
}
export interface StonesQuestion extends QuestionBase {
  type: 'stones';
  x: LocalizedText;
  y: LocalizedText;
  stones: Stone[];
}
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  options: Option[];
}
interface MultichoiceQuestion extends QuestionBase {
  type: 'multichoice';
  options: Option[];
  max?: number;
}
interface ScaleQuestion extends QuestionBase {
  type: 'scale';
  min: number;
  max: number;
  minLabel?: LocalizedText;
  maxLabel?: LocalizedText;
}
interface NumberQuestion extends QuestionBase {
  type: 'number';
  min?: number;
  max?: number;
}
interface TextQuestion extends QuestionBase {
  type: 'text';
}
export interface AreaQuestion extends QuestionBase {
  type: 'area';
  level: AreaLevel;
  areas?: { code: string; name: string }[];
}

export type Question =
  | SliderQuestion
  | TriadQuestion
  | StonesQuestion
  | ChoiceQuestion
  | MultichoiceQuestion
  | ScaleQuestion
  | NumberQuestion
  | TextQuestion
  | AreaQuestion;

export interface Prompt {
  key: string;
  text: LocalizedText;
}

export interface Questionnaire {
  format: 'duiding.questionnaire/v1';
  key: string;
  title: LocalizedText;
  languages: string[];
  /**
   * Languages whose texts a computer translated and nobody has checked yet ("machinevertaling —
   * nog na te kijken"); the teller sees a note. Optional, a compatible extension of v1 (a reader
   * that does not know it loses only the note): docs/formats.md.
   */
  machineTranslated?: string[];
  prompts: Prompt[];
  questions: Question[];
}

/** "Niet van toepassing": distinct from unanswered, which is simply an absent answer. */
export interface NotApplicable {
  na: true;
}
export const NOT_APPLICABLE: NotApplicable = Object.freeze({ na: true });

/**
 * One answer, by question type:
 * slider/scale/number → number; choice/area/text → string; multichoice → option keys;
 * triad → three non-negative weights as given (normalised only when analysed, so that an
 * export returns the very numbers that were imported); stones → per stone key a point [x, y].
 */
export type AnswerValue = number | string | string[] | [number, number, number] | Record<string, [number, number]> | NotApplicable;

export function isNotApplicable(value: AnswerValue | undefined): value is NotApplicable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as NotApplicable).na === true;
}

/** A story as it moves in and out (duiding.stories/v1), independent of storage. */
export interface StoryRecord {
  /** The story_id column: stable id of the story, unique per municipality. */
  ref: string;
  collectedAt: Date;
  collection: string;
  language: string;
  prompt: string | null;
  title: string;
  text: string;
  /** Answers by question key; an unanswered question has no entry. */
  answers: Record<string, AnswerValue>;
}
