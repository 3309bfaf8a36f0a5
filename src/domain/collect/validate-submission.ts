// A whole submission (POST /api/v1/collections/{slug}/stories) checked against the questionnaire
// version and the collection: every problem is collected, each naming its field, so the teller's
// page can show them all next to their fields at once.
import type { Problem } from '../problems.ts';
import type { AnswerValue, Questionnaire } from '../questionnaire/types.ts';
import { isBlankText, isWellFormedText, MAX_STORY_TEXT, MAX_TITLE } from './limits.ts';
import { checkAnswer, type AreaRegister } from './validate-answer.ts';

export { MAX_STORY_TEXT, MAX_TITLE } from './limits.ts';

export interface ValidSubmission {
  submissionId: string | null;
  language: string;
  prompt: string | null;
  title: string;
  text: string;
  answers: Record<string, AnswerValue>;
  /** network: may the story, without personal details, be shared with the other municipalities of a
   *  network? Optional: anything but true is no (docs/network.md "Shared stories"). */
  consent: { share: boolean; quote: boolean; network: boolean };
}

// Messages for text that is not text: a lone surrogate (JSON "\ud800") or, via the route's strict
// decoding, invalid UTF-8; and text a person cannot see (spaces and zero-width characters only).
const INVALID_NL = (what: string) => `${what} bevat tekens die geen geldige tekst zijn. Typ of plak de tekst opnieuw.`;
const INVALID_EN = (field: string) => `${field} contains characters that are not valid text (a lone surrogate or invalid UTF-8).`;
const INVISIBLE_NL = (what: string) => `${what} bestaat alleen uit spaties of onzichtbare tekens.`;
const INVISIBLE_EN = (field: string) => `${field} consists only of spaces or invisible (zero-width) characters.`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateSubmission(
  body: unknown,
  questionnaire: Questionnaire,
  languages: string[],
  areas: AreaRegister,
): { ok: true; submission: ValidSubmission } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (field: string, code: string, nl: string, en: string) => problems.push({ field, code, nl, en });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problem('(body)', 'not-an-object', 'Het verzoek moet een JSON-object zijn.', 'The body must be a JSON object.');
    return { ok: false, problems };
  }
  const b = body as Record<string, unknown>;

  const id = b.id;
  if (id !== undefined && id !== null && (typeof id !== 'string' || !UUID.test(id))) {
    problem('id', 'not-a-uuid', 'De code van de inzending klopt niet.', 'id must be a UUID.');
  }
  if (typeof b.language !== 'string' || !languages.includes(b.language)) {
    problem('language', 'unknown-language', `Kies een taal: ${languages.join(', ')}.`, `language must be one of ${languages.join(', ')}.`);
  }
  const prompts = questionnaire.prompts.map((p) => p.key);
  if (prompts.length > 0 && (typeof b.prompt !== 'string' || !prompts.includes(b.prompt))) {
    problem('prompt', 'unknown-prompt', 'Kies waarover u wilt vertellen.', `prompt must be one of ${prompts.join(', ')}.`);
  }
  if (prompts.length === 0 && b.prompt !== undefined && b.prompt !== null && b.prompt !== '') {
    problem('prompt', 'unknown-prompt', 'Deze vragenlijst heeft geen keuze van onderwerp.', 'This questionnaire has no prompts.');
  }
  const title = typeof b.title === 'string' ? b.title.trim() : '';
  if (!title) problem('title', 'required', 'Geef uw verhaal een titel.', 'title is required.');
  else if (!isWellFormedText(title)) problem('title', 'invalid-characters', INVALID_NL('De titel'), INVALID_EN('title'));
  else if (isBlankText(title)) problem('title', 'invisible-only', INVISIBLE_NL('De titel'), INVISIBLE_EN('title'));
  else if (title.length > MAX_TITLE) {
    problem('title', 'too-long', `De titel is te lang (hoogstens ${MAX_TITLE} tekens).`, `title is longer than ${MAX_TITLE} characters.`);
  }
  const text = typeof b.text === 'string' ? b.text.trim() : '';
  if (!text) problem('text', 'required', 'Vertel uw verhaal.', 'text is required.');
  else if (!isWellFormedText(text)) problem('text', 'invalid-characters', INVALID_NL('Uw verhaal'), INVALID_EN('text'));
  else if (isBlankText(text)) problem('text', 'invisible-only', INVISIBLE_NL('Uw verhaal'), INVISIBLE_EN('text'));
  else if (text.length > MAX_STORY_TEXT) {
    problem(
      'text',
      'too-long',
      `Uw verhaal is te lang: hoogstens ${MAX_STORY_TEXT.toLocaleString('nl-NL')} tekens.`,
      `text is longer than ${MAX_STORY_TEXT} characters.`,
    );
  }
  const consent = b.consent as Record<string, unknown> | undefined;
  const share = consent && typeof consent === 'object' ? consent.share : undefined;
  const quote = consent && typeof consent === 'object' ? consent.quote : undefined;
  if (share !== true) {
    problem('consent.share', 'consent-required', 'Zonder uw toestemming kunnen we het verhaal niet bewaren.', 'consent.share must be true to store the story.');
  }
  if (typeof quote !== 'boolean') {
    problem('consent.quote', 'required', 'Zeg of we uw verhaal anoniem mogen citeren.', 'consent.quote must be true or false.');
  }
  const network = consent && typeof consent === 'object' ? consent.network : undefined;
  if (network !== undefined && network !== null && typeof network !== 'boolean') {
    problem('consent.network', 'not-a-boolean', 'Zeg ja of nee op de vraag over delen met andere gemeenten.', 'consent.network must be true or false.');
  }

  const answers: Record<string, AnswerValue> = {};
  const raw = b.answers ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem('answers', 'not-an-object', 'De antwoorden kloppen niet.', 'answers must be an object keyed by question.');
  } else {
    const given = raw as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (!questionnaire.questions.some((q) => q.key === key)) {
        problem(`answers.${key}`, 'unknown-question', 'Deze vraag bestaat niet in de vragenlijst.', `Unknown question ${JSON.stringify(key)}.`);
      }
    }
    for (const question of questionnaire.questions) {
      const check = checkAnswer(question, given[question.key], areas);
      if ('problem' in check) problems.push(check.problem);
      else if ('value' in check) answers[question.key] = check.value;
      else if (question.required) {
        problem(`answers.${question.key}`, 'required', 'Deze vraag moet u beantwoorden.', 'This question is required.');
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    submission: {
      submissionId: typeof id === 'string' ? id.toLowerCase() : null,
      language: b.language as string,
      prompt: prompts.length > 0 ? (b.prompt as string) : null,
      title,
      text,
      answers,
      consent: { share: true, quote: quote as boolean, network: consent?.network === true },
    },
  };
}
