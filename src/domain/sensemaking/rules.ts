// The rules of an observation and its interpretations (issue 11). NarraFirma lets an analyst
// write one reading of a pattern and stop there; we ask for at least two competing
// interpretations before an observation may go to a dialogue or the monitor, because a single
// reading turns an observation into a conclusion before anyone has talked about it.
import type { Problem } from '../problem.ts';

export const STRENGTHS = ['sterk', 'middel', 'zwak'] as const;
export type ObservationStrength = (typeof STRENGTHS)[number];

/** Interpretations an observation needs before it may feed a dialogue or the monitor. */
export const MIN_INTERPRETATIONS = 2;

const TITLE_MAX = 300;
const BODY_MAX = 10_000;
const INTERPRETATION_MAX = 4000;
const PERSPECTIVE_MAX = 200;

export const isComplete = (interpretations: number) => interpretations >= MIN_INTERPRETATIONS;

function text(input: unknown, field: string, problems: Problem[], max: number, required: boolean): string {
  if (input !== undefined && input !== null && typeof input !== 'string') {
    problems.push({ field, code: 'not-text', nl: 'dit moet tekst zijn', en: 'this must be text' });
    return '';
  }
  const value = (input ?? '').trim();
  if (required && !value) problems.push({ field, code: 'missing', nl: 'dit veld is verplicht', en: 'this field is required' });
  else if (value.length > max) problems.push({ field, code: 'too-long', nl: `maximaal ${max} tekens`, en: `at most ${max} characters` });
  return value;
}

export interface ObservationText {
  title: string;
  body: string;
  strength: ObservationStrength;
}

/** Title, text and strength of an observation; every problem names its field. */
export function checkObservationText(input: { title?: unknown; body?: unknown; strength?: unknown }, problems: Problem[]): ObservationText {
  const title = text(input.title, 'title', problems, TITLE_MAX, true);
  const body = text(input.body, 'body', problems, BODY_MAX, false);
  const strength = STRENGTHS.find((s) => s === input.strength);
  if (!strength) problems.push({ field: 'strength', code: 'not-allowed', nl: 'kies sterk, middel of zwak', en: 'must be sterk, middel or zwak' });
  return { title, body, strength: strength ?? 'middel' };
}

export function checkInterpretationText(input: unknown, problems: Problem[]): string {
  return text(input, 'text', problems, INTERPRETATION_MAX, true);
}

export function checkPerspectiveName(input: { name?: unknown; description?: unknown }, problems: Problem[]): { name: string; description: string } {
  return { name: text(input.name, 'name', problems, PERSPECTIVE_MAX, true), description: text(input.description, 'description', problems, 2000, false) };
}

/** The refusal when an incomplete observation is fed to a dialogue or the monitor, said plainly. */
export function incompleteProblem(field: string, have: number): Problem {
  return {
    field,
    code: 'incomplete-observation',
    nl: `deze observatie heeft ${have} ${have === 1 ? 'duiding' : 'duidingen'}; schrijf er eerst minstens ${MIN_INTERPRETATIONS} die met elkaar wedijveren`,
    en: `this observation has ${have} interpretation${have === 1 ? '' : 's'}; write at least ${MIN_INTERPRETATIONS} competing ones first`,
  };
}

/**
 * Whole numbers below the small-cell threshold written in texts the council will read ("3 van de 4
 * jongeren"). The monitor shows no figure of an observation; a count typed into its words would be
 * one, so an observation that names one does not go to the monitor. Digits only: "twee" is not
 * caught, which the form's hint covers. 0 counts too (it says a group was empty).
 */
export function smallNumbersIn(texts: readonly string[], threshold: number): number[] {
  const found = new Set<number>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<![\d.,])\d+(?![\d.,]\d)/g)) {
      const value = Number(match[0]);
      if (value < threshold) found.add(value);
    }
  }
  return [...found].sort((a, b) => a - b);
}

export function smallNumberProblem(field: string, numbers: readonly number[], threshold: number): Problem {
  const list = numbers.join(', ');
  return {
    field,
    code: 'small-number-in-text',
    nl: `de tekst of een duiding noemt ${numbers.length === 1 ? 'het getal' : 'de getallen'} ${list}; de raad ziet geen aantallen onder ${threshold}. Schrijf het zonder ${numbers.length === 1 ? 'dat getal' : 'die getallen'}`,
    en: `the text or an interpretation names ${list}; the council sees no counts under ${threshold}. Write it without ${numbers.length === 1 ? 'that number' : 'those numbers'}`,
  };
}
