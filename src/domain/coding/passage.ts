// Where a code applies in a story: the whole story, or the passage text[start, end) counted in
// UTF-16 code units (JavaScript string offsets, which a browser selection gives as well).
import type { Problem } from '../problems.ts';

export interface Span {
  start: number;
  end: number;
}

/** null = the whole story. */
export type CodeTarget = Span | null;

/** Reads {start, end} (both or neither) and checks it against the story's text. */
export function checkSpan(input: { start?: unknown; end?: unknown } | null | undefined, textLength: number): { target: CodeTarget; problems: Problem[] } {
  const problems: Problem[] = [];
  const start = input?.start;
  const end = input?.end;
  if ((start === undefined || start === null) && (end === undefined || end === null)) return { target: null, problems };
  for (const [field, value] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (value === undefined || value === null) {
      problems.push({
        field,
        code: 'required',
        nl: 'geef begin én einde van het fragment, of geen van beide voor het hele verhaal',
        en: 'give both start and end of the passage, or neither for the whole story',
      });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      problems.push({
        field,
        code: 'not-an-offset',
        nl: `${String(value).slice(0, 40)} is geen positie in de tekst (een geheel getal vanaf 0)`,
        en: `${String(value).slice(0, 40)} is not a position in the text (a whole number from 0)`,
      });
    }
  }
  if (problems.length > 0) return { target: null, problems };
  const span = { start: start as number, end: end as number };
  if (span.start >= span.end) {
    problems.push({
      field: 'start',
      code: 'empty-span',
      nl: `het begin (${span.start}) moet vóór het einde (${span.end}) liggen`,
      en: `start (${span.start}) must come before end (${span.end})`,
    });
  } else if (span.end > textLength) {
    problems.push({
      field: 'end',
      code: 'past-end',
      nl: `het einde (${span.end}) ligt voorbij het einde van de tekst (${textLength} tekens)`,
      en: `end (${span.end}) lies past the end of the text (${textLength} characters)`,
    });
  }
  return { target: problems.length ? null : span, problems };
}

/** Two passages share at least one character. Touching ([0,5) and [5,9)) is not overlapping. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The sentences of a text with their offsets, for coding a passage without a mouse (a sentence picker). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    let start = match.index;
    let end = match.index + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
