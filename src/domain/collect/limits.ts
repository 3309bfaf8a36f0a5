// The one source of the size limits of a story, whichever way it arrives: the teller's page and
// the collection API (validate-submission.ts), staff entry and moderation, and a CSV import
// (stories/csv-codec.ts). Lengths are JavaScript string lengths (UTF-16 code units), as the
// browser's maxlength counts them.

/** A title is a line, not a paragraph. */
export const MAX_TITLE = 200;
/** About eight pages of text: far above what tellers write, low enough to keep a page readable. */
export const MAX_STORY_TEXT = 20_000;
/** Free-text answers are shorter than the story itself. */
export const MAX_TEXT_ANSWER = 5_000;
/** story_id of an imported story (collected stories get a UUID). */
export const MAX_STORY_REF = 200;

/**
 * The limits the teller's page checks before sending: embedded in the rules the page gives its
 * script (web/teller/client-rules.ts), and read by the same conversion the server runs for the
 * form without JavaScript (web/assets/teller-submission.js), so browser and server cannot differ.
 */
export const TEXT_LIMITS = { title: MAX_TITLE, storyText: MAX_STORY_TEXT, textAnswer: MAX_TEXT_ANSWER } as const;

// Characters a person cannot see: white space, and the "default ignorable" ones such as the
// zero-width space (U+200B), zero-width joiners (U+200C/D), word joiner (U+2060), soft hyphen
// (U+00AD) and the byte-order mark (U+FEFF). A title of only these looks empty on every page.
const INVISIBLE_ONLY = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** True when a person would see nothing: empty, spaces, or only zero-width characters. */
export function isBlankText(text: string): boolean {
  return INVISIBLE_ONLY.test(text);
}

/**
 * False when the string holds a lone UTF-16 surrogate (JSON "\ud800" without its partner), which
 * is no character at all: PostgreSQL would store U+FFFD or refuse it.
 */
export function isWellFormedText(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}
