// One answer from the teller's page or the API, checked against its question (PRODUCT.md types).
// Returns the stored form, or a problem in plain Dutch (B1) and English naming the field.
import type { AnswerValue, Question } from '../questionnaire/types.ts';
import { NOT_APPLICABLE } from '../questionnaire/types.ts';
import type { Problem } from '../problems.ts';
import { isWellFormedText, MAX_TEXT_ANSWER } from './limits.ts';

export type AnswerCheck = { value: AnswerValue } | { unanswered: true } | { problem: Problem };

/** Area codes the teller may choose at a level, from the tenant's register (question lists win). */
export type AreaRegister = (level: string) => ReadonlySet<string>;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

export function checkAnswer(question: Question, raw: unknown, areas: AreaRegister): AnswerCheck {
  const field = `answers.${question.key}`;
  const fail = (code: string, nl: string, en: string): AnswerCheck => ({ problem: { field, code, nl, en } });
  if (raw === 'NA') {
    if (question.allowNotApplicable) return { value: NOT_APPLICABLE };
    return fail('not-applicable-not-allowed', 'Bij deze vraag kunt u niet "niet van toepassing" kiezen.', '"NA" is not allowed for this question.');
  }
  if (isEmpty(raw)) return { unanswered: true };
  switch (question.type) {
    case 'slider':
      return isNumber(raw) && raw >= 0 && raw <= 100
        ? { value: raw }
        : fail('out-of-range', 'Kies een waarde van 0 tot en met 100.', 'Expected a number from 0 to 100.');
    case 'scale':
      return isNumber(raw) && raw >= question.min && raw <= question.max
        ? { value: raw }
        : fail('out-of-range', `Kies een waarde van ${question.min} tot en met ${question.max}.`, `Expected a number from ${question.min} to ${question.max}.`);
    case 'number': {
      if (!isNumber(raw)) return fail('not-a-number', 'Vul een getal in.', 'Expected a number.');
      if ((question.min !== undefined && raw < question.min) || (question.max !== undefined && raw > question.max)) {
        const range = `${question.min ?? '…'} – ${question.max ?? '…'}`;
        return fail('out-of-range', `Vul een getal in van ${range}.`, `Expected a number in ${range}.`);
      }
      return { value: raw };
    }
    case 'choice':
      return typeof raw === 'string' && question.options.some((o) => o.key === raw)
        ? { value: raw }
        : fail('unknown-option', 'Kies een van de antwoorden.', `Unknown option ${JSON.stringify(raw)}.`);
    case 'multichoice': {
      if (!Array.isArray(raw) || !raw.every((k) => typeof k === 'string')) {
        return fail('not-a-list', 'Kies een of meer antwoorden.', 'Expected a list of option keys.');
      }
      const unknown = raw.filter((k) => !question.options.some((o) => o.key === k));
      if (unknown.length) return fail('unknown-option', 'Kies alleen uit de antwoorden die er staan.', `Unknown option(s): ${unknown.join(', ')}.`);
      if (new Set(raw).size !== raw.length) return fail('duplicate-option', 'U koos een antwoord twee keer.', 'An option is listed twice.');
      if (question.max !== undefined && raw.length > question.max) {
        return fail('too-many', `Kies er hoogstens ${question.max}.`, `Choose at most ${question.max}.`);
      }
      return { value: raw as string[] };
    }
    case 'triad':
      if (!Array.isArray(raw) || raw.length !== 3 || !raw.every((w) => isNumber(w) && w >= 0)) {
        return fail('invalid-triad', 'Zet de stip in de driehoek.', 'Expected three non-negative numbers [a, b, c].');
      }
      return raw[0] + raw[1] + raw[2] > 0
        ? { value: raw as [number, number, number] }
        : fail('invalid-triad', 'Zet de stip in de driehoek.', 'The three weights must have a positive sum.');
    case 'stones':
      return checkStones(
        question.stones.map((s) => s.key),
        raw,
        fail,
      );
    case 'area': {
      const allowed = question.areas ? new Set(question.areas.map((a) => a.code)) : areas(question.level);
      return typeof raw === 'string' && allowed.has(raw)
        ? { value: raw }
        : fail('unknown-area', 'Kies een gebied uit de lijst.', `Unknown area code ${JSON.stringify(raw)} at level ${question.level}.`);
    }
    case 'text':
      if (typeof raw !== 'string') return fail('not-text', 'Vul tekst in.', 'Expected text.');
      if (!isWellFormedText(raw)) {
        return fail(
          'invalid-characters',
          'Uw antwoord bevat tekens die geen geldige tekst zijn. Typ of plak het opnieuw.',
          'Contains characters that are not valid text (a lone surrogate or invalid UTF-8).',
        );
      }
      return raw.length <= MAX_TEXT_ANSWER
        ? { value: raw }
        : fail('too-long', `Uw antwoord is te lang (hoogstens ${MAX_TEXT_ANSWER} tekens).`, `Longer than ${MAX_TEXT_ANSWER} characters.`);
  }
}

function checkStones(stones: string[], raw: unknown, fail: (code: string, nl: string, en: string) => AnswerCheck): AnswerCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('invalid-stones', 'Leg de stenen op het vlak.', 'Expected {"<stone>": [x, y]}.');
  }
  const points: Record<string, [number, number]> = {};
  for (const [key, point] of Object.entries(raw)) {
    if (!stones.includes(key)) return fail('unknown-stone', 'Er is een onbekende steen gelegd.', `Unknown stone ${JSON.stringify(key)}.`);
    const ok = Array.isArray(point) && point.length === 2 && point.every((c) => isNumber(c) && c >= 0 && c <= 100);
    if (!ok) return fail('invalid-stones', 'Leg elke steen binnen het vlak.', `Stone ${key}: expected [x, y], each 0 to 100.`);
    points[key] = [point[0], point[1]];
  }
  return { value: points };
}
