// Form fields → story submission, and the teller's validation rules. Pure (no DOM, no I/O): the
// browser uses it for the one-step-at-a-time form and the JSON API, and the server imports the
// very same file for the no-JavaScript path (POST /vertel/{slug}), so both give the same result.
// Types: JSDoc, checked with checkJs (src/web/assets/tsconfig.json); TypeScript reads them too.
// The limits (title, story text, text answers) come with the rules (web/teller/client-rules.ts),
// which take them from domain/collect/limits.ts: the server's own limits, never a copy.
//
// Field names: id, language, website (honeypot), consent.share ("ja"), consent.quote ("ja"|"nee"),
// consent.network ("ja", optional: shown only to tellers of a municipality in a network),
// prompt, title, text, and per question q.<key> (repeated for multichoice), q.<key>.na ("ja"),
// triad q.<key>.1|2|3 (non-negative numbers, normalised here), stones q.<key>.<stone>.x|y (0–100).
// An empty field means unanswered.

/**
 * @typedef {import('../teller/client-rules.ts').ClientRules} SubmissionRules
 *   What the conversion needs: the questionnaire's keys, types and bounds, and the text limits.
 * @typedef {import('../teller/client-rules.ts').ClientQuestion} Question
 * @typedef {SubmissionRules['limits']} TextLimits
 * @typedef {{ code: string, min?: number, max?: number }} FieldError
 * @typedef {{ value?: unknown, error?: FieldError }} AnswerRead
 * @typedef {Map<string, string[]>} Fields
 * @typedef {(name: string) => string} FirstValue
 */

/**
 * What the page sends to POST /api/v1/collections/{slug}/stories. The server's StorySubmission
 * (services/collect-story.ts) is the contract; tests/unit/teller-submission-type.test.ts fails
 * when the two drift apart.
 * @typedef {object} TellerSubmission
 * @property {string} [id]
 * @property {string} language
 * @property {string} prompt
 * @property {string} title
 * @property {string} text
 * @property {Record<string, unknown>} answers
 * @property {{ share: boolean, quote: boolean, network?: boolean }} consent
 * @property {string} website
 */

/** @param {string} key */
export const answerField = (key) => `q.${key}`;

/**
 * A safe element id for a field name (ids are used in hrefs and aria-describedby).
 * @param {string} name
 */
export function fieldId(name) {
  return `f-${String(name).replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * Collects repeated names: [[name, value], …] → Map<name, string[]>.
 * @param {Iterable<[string, unknown]>} entries
 * @returns {Fields}
 */
function collect(entries) {
  /** @type {Fields} */
  const map = new Map();
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
  }
  return map;
}

/**
 * "3,5" and " 3.5 " are both 3.5; "" is null; anything else that is not a number is NaN.
 * @param {string | null | undefined} raw
 * @returns {number | null}
 */
export function parseNumber(raw) {
  if (raw === undefined || raw === null) return null;
  const text = String(raw).trim().replace(',', '.');
  if (text === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

/**
 * A title made from the first words of the story, for a teller who gave none.
 * @param {string} text
 */
export function titleFromText(text) {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  const head = words.slice(0, 8).join(' ');
  const title = head.length > 80 ? `${head.slice(0, 80)}` : head;
  return words.length > 8 || head.length > 80 ? `${title}…` : title;
}

/**
 * One question's answer from the fields: { value } (absent = unanswered; "NA" = niet van
 * toepassing) or { error: { code, min?, max? } }.
 * @param {Question} question
 * @param {Fields} fields
 * @param {TextLimits} limits
 * @returns {AnswerRead}
 */
export function readAnswer(question, fields, limits) {
  const base = answerField(question.key);
  /** @type {FirstValue} */
  const first = (name) => (fields.get(name) ?? [])[0] ?? '';
  if (question.allowNotApplicable && first(`${base}.na`) === 'ja') return { value: 'NA' };
  switch (question.type) {
    case 'slider':
      return numberIn(first(base), 0, 100);
    case 'scale': {
      return numberIn(first(base), question.min, question.max, true);
    }
    case 'number':
      return numberIn(first(base), question.min, question.max);
    case 'choice': {
      const value = first(base).trim();
      if (!value) return {};
      return question.options.some((o) => o.key === value) ? { value } : { error: { code: 'unknown' } };
    }
    case 'area': {
      const value = first(base).trim();
      if (!value) return {};
      if (question.areas && !question.areas.some((a) => a.code === value)) return { error: { code: 'unknown' } };
      return { value };
    }
    case 'multichoice': {
      const chosen = [...new Set((fields.get(base) ?? []).map((v) => v.trim()).filter(Boolean))];
      if (!chosen.length) return {};
      if (chosen.some((v) => !question.options.some((o) => o.key === v))) return { error: { code: 'unknown' } };
      if (question.max && chosen.length > question.max) return { error: { code: 'tooMany', max: question.max } };
      // Keep the questionnaire's order, whatever order the browser sent.
      return { value: question.options.map((o) => o.key).filter((k) => chosen.includes(k)) };
    }
    case 'text': {
      const value = first(base).trim();
      if (!value) return {};
      return value.length > limits.textAnswer ? { error: { code: 'tooLong', max: limits.textAnswer } } : { value };
    }
    case 'triad':
      return readTriad(base, first);
    case 'stones':
      return readStones(question, base, first);
    default:
      return {};
  }
}

/**
 * @param {string} raw
 * @param {number | undefined} min
 * @param {number | undefined} max
 * @returns {AnswerRead}
 */
function numberIn(raw, min, max, integer = false) {
  const n = parseNumber(raw);
  if (n === null) return {};
  const lo = min ?? Number.NEGATIVE_INFINITY;
  const hi = max ?? Number.POSITIVE_INFINITY;
  if (Number.isNaN(n)) return { error: { code: 'notNumber' } };
  if (n < lo || n > hi || (integer && !Number.isInteger(n))) {
    return min !== undefined && max !== undefined ? { error: { code: 'range', min, max } } : { error: { code: 'notNumber' } };
  }
  return { value: n };
}

/**
 * Three non-negative numbers (e.g. three sliders without JavaScript) → weights summing to 1.
 * @param {string} base
 * @param {FirstValue} first
 * @returns {AnswerRead}
 */
function readTriad(base, first) {
  const raw = [1, 2, 3].map((i) => parseNumber(first(`${base}.${i}`)));
  if (raw.every((n) => n === null)) return {};
  if (raw.some((n) => n !== null && (Number.isNaN(n) || n < 0))) return { error: { code: 'notNumber' } };
  const numbers = raw.map((n) => n ?? 0);
  const sum = numbers[0] + numbers[1] + numbers[2];
  if (!(sum > 0)) return { error: { code: 'triadZero' } };
  return { value: numbers.map((n) => Math.round((n / sum) * 1e6) / 1e6) };
}

/**
 * Per stone two numbers 0–100; a stone with neither is not placed; no stone placed = unanswered.
 * @param {{ stones: { key: string }[] }} question
 * @param {string} base
 * @param {FirstValue} first
 * @returns {AnswerRead}
 */
function readStones(question, base, first) {
  /** @type {Record<string, [number, number]>} */
  const points = {};
  for (const stone of question.stones) {
    const x = parseNumber(first(`${base}.${stone.key}.x`));
    const y = parseNumber(first(`${base}.${stone.key}.y`));
    if (x === null && y === null) continue;
    if (x === null || y === null) return { error: { code: 'stoneHalf' } };
    if (Number.isNaN(x) || Number.isNaN(y) || x < 0 || x > 100 || y < 0 || y > 100) {
      return { error: { code: 'range', min: 0, max: 100 } };
    }
    points[stone.key] = [x, y];
  }
  return Object.keys(points).length ? { value: points } : {};
}

/**
 * The whole form → { submission, errors }. `errors` maps a field name (consent.share,
 * consent.quote, prompt, title, text, q.<key>) to { code, min?, max? }; empty when all is well.
 * @param {SubmissionRules} rules
 * @param {Iterable<[string, unknown]>} entries
 * @param {{ language?: string }} [options]
 * @returns {{ submission: TellerSubmission, errors: Record<string, FieldError> }}
 */
export function readSubmission(rules, entries, options = {}) {
  const fields = collect(entries);
  /** @type {FirstValue} */
  const first = (name) => (fields.get(name) ?? [])[0] ?? '';
  /** @type {Record<string, FieldError>} */
  const errors = {};
  /** @type {Record<string, unknown>} */
  const answers = {};
  const { limits } = rules;

  const share = first('consent.share') === 'ja';
  if (!share) errors['consent.share'] = { code: 'consent' };
  const quoteRaw = first('consent.quote');
  if (quoteRaw !== 'ja' && quoteRaw !== 'nee') errors['consent.quote'] = { code: 'quote' };

  const prompts = rules.prompts ?? [];
  let prompt = first('prompt').trim();
  if (!prompt && prompts.length === 1) prompt = prompts[0].key;
  if (prompts.length && !prompts.some((p) => p.key === prompt)) errors.prompt = { code: 'prompt' };

  const text = first('text').trim();
  if (!text) errors.text = { code: 'text' };
  else if (text.length > limits.storyText) errors.text = { code: 'tooLong', max: limits.storyText };
  let title = first('title').trim();
  if (title.length > limits.title) errors.title = { code: 'tooLong', max: limits.title };
  if (!title) title = titleFromText(text);

  for (const question of rules.questions) {
    const result = readAnswer(question, fields, limits);
    const name = answerField(question.key);
    if (result.error) errors[name] = result.error;
    else if (result.value !== undefined) answers[question.key] = result.value;
    else if (question.required) {
      errors[name] = { code: ['choice', 'multichoice', 'area', 'scale'].includes(question.type) ? 'choose' : 'required' };
    }
  }

  /** @type {TellerSubmission} */
  const submission = {
    language: first('language') || options.language || 'nl',
    prompt,
    title,
    text,
    answers,
    consent: { share, quote: quoteRaw === 'ja', network: first('consent.network') === 'ja' },
    website: first('website'),
  };
  const id = first('id').trim();
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) submission.id = id.toLowerCase();
  return { submission, errors };
}

/**
 * The Dutch (or English) message for an error: texts.errors[code] with {min}/{max} filled in.
 * @param {{ errors: Record<string, string> }} texts
 * @param {FieldError} error
 */
export function errorMessage(texts, error) {
  const template = texts.errors[error.code] ?? texts.errors.generic;
  return template.replace('{min}', String(error.min ?? '')).replace('{max}', String(error.max ?? ''));
}

/**
 * A problem from the API or service ({ field: "answers.gehoord" | "consent.share" | … }) → our
 * field name, so its message can stand next to the right field.
 * @param {string | null | undefined} problemField
 * @returns {string | null}
 */
export function fieldOfProblem(problemField) {
  if (!problemField) return null;
  const answer = /^answers(?:\.|\[")?([^.["]+)/.exec(problemField);
  if (answer) return answerField(answer[1]);
  if (/^consent\.quote/.test(problemField)) return 'consent.quote';
  if (/^consent/.test(problemField)) return 'consent.share';
  const plain = /^(prompt|title|text)\b/.exec(problemField);
  return plain ? plain[1] : null;
}
