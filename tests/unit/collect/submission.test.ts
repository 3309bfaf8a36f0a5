import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src/domain/collect/validate-answer.ts';
import { validateSubmission } from '../../../src/domain/collect/validate-submission.ts';
import { questionnaire } from '../../../src/domain/demo/questionnaire.ts';
import type { Question } from '../../../src/domain/questionnaire/types.ts';
import { NOT_APPLICABLE } from '../../../src/domain/questionnaire/types.ts';
import {
  contentDigest,
  derivedWithdrawalCode,
  hashWithdrawalCode,
  normaliseWithdrawalCode,
  randomWithdrawalCode,
} from '../../../src/services/collect/withdrawal-code.ts';

const noAreas = () => new Set<string>();
const q = (key: string) => questionnaire().questions.find((x) => x.key === key)!;

describe('checkAnswer', () => {
  it('keeps "NA" apart from unanswered, and allows it only where the question does', () => {
    expect(checkAnswer(q('gehoord'), 'NA', noAreas)).toEqual({ value: NOT_APPLICABLE });
    expect(checkAnswer(q('gevoel'), 'NA', noAreas)).toHaveProperty('problem.field', 'answers.gevoel');
    for (const empty of [undefined, null, '', [], {}]) expect(checkAnswer(q('wat_hielp'), empty, noAreas)).toEqual({ unanswered: true });
  });

  it('checks scale bounds, number limits and area registers', () => {
    expect(checkAnswer(q('cijfer'), 10, noAreas)).toEqual({ value: 10 });
    expect(checkAnswer(q('cijfer'), 0, noAreas)).toHaveProperty('problem.code', 'out-of-range');
    expect(checkAnswer(q('wachtweken'), 105, noAreas)).toHaveProperty('problem.code', 'out-of-range');
    expect(checkAnswer(q('gehoord'), Number.NaN, noAreas)).toHaveProperty('problem');
    const registerArea: Question = { key: 'buurt', about: 'participant', type: 'area', level: 'buurt', text: { nl: 'Buurt' } };
    const register = (level: string) => new Set(level === 'buurt' ? ['BU99990101'] : []);
    expect(checkAnswer(registerArea, 'BU99990101', register)).toEqual({ value: 'BU99990101' });
    expect(checkAnswer(registerArea, 'WK999901', register)).toHaveProperty('problem.code', 'unknown-area');
  });

  it('refuses duplicate multichoice keys and triads without weight', () => {
    expect(checkAnswer(q('wat_hielp'), ['school', 'school'], noAreas)).toHaveProperty('problem.code', 'duplicate-option');
    expect(checkAnswer(q('wie_hielp'), [0, 0, 0], noAreas)).toHaveProperty('problem.code', 'invalid-triad');
    expect(checkAnswer(q('wie_hielp'), [0, 0, 0.5], noAreas)).toEqual({ value: [0, 0, 0.5] });
  });
});

describe('validateSubmission', () => {
  it('takes the consent to share with a network as optional: absent is no, true is yes, anything else is named', () => {
    const base = {
      language: 'nl',
      prompt: 'moment',
      title: 'Titel',
      text: 'Een verhaal.',
      answers: { gevoel: 'opgelucht', rol: 'ouder', wijk: 'WK999903' },
    };
    const consentOf = (consent: Record<string, unknown>) => {
      const result = validateSubmission({ ...base, consent: { share: true, quote: false, ...consent } }, questionnaire(), ['nl'], () => new Set(['WK999903']));
      return result.ok ? result.submission.consent.network : result.problems.map((p) => `${p.field} ${p.code}`);
    };
    expect(consentOf({})).toBe(false);
    expect(consentOf({ network: false })).toBe(false);
    expect(consentOf({ network: true })).toBe(true);
    expect(consentOf({ network: 'ja' })).toEqual(['consent.network not-a-boolean']);
  });

  it('reports every problem at once, each with its field in Dutch and English', () => {
    const result = validateSubmission({ language: 'fr', answers: { gehoord: 200 } }, questionnaire(), ['nl'], noAreas);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(
      ['answers.gehoord', 'answers.gevoel', 'answers.rol', 'answers.wijk', 'consent.quote', 'consent.share', 'language', 'prompt', 'text', 'title'].sort(),
    );
    for (const p of result.problems) expect(p.nl && p.en).toBeTruthy();
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, [], 'tekst', 3]) {
      expect(validateSubmission(body, questionnaire(), ['nl'], noAreas)).toMatchObject({ ok: false, problems: [{ field: '(body)' }] });
    }
  });
});

describe('withdrawal codes', () => {
  it('are four groups of four unambiguous characters, typable in any case and spacing', () => {
    const code = randomWithdrawalCode();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    expect(normaliseWithdrawalCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code.replace(/-/g, ''));
    expect(hashWithdrawalCode(code.toLowerCase())).toBe(hashWithdrawalCode(code));
    expect(normaliseWithdrawalCode('0OIL-0000-0000-0000')).toBeNull();
    expect(new Set(Array.from({ length: 200 }, randomWithdrawalCode)).size).toBe(200);
  });

  it('are derived the same for the same submission and differently for other content or another key', () => {
    const key = Buffer.alloc(32, 1);
    const a = derivedWithdrawalCode(key, ['c', 'id', contentDigest({ text: 'x', answers: { b: 1, a: 2 } })]);
    expect(derivedWithdrawalCode(key, ['c', 'id', contentDigest({ answers: { a: 2, b: 1 }, text: 'x' })])).toBe(a);
    expect(derivedWithdrawalCode(key, ['c', 'id', contentDigest({ text: 'y', answers: { b: 1, a: 2 } })])).not.toBe(a);
    expect(derivedWithdrawalCode(Buffer.alloc(32, 2), ['c', 'id', contentDigest({ text: 'x', answers: { b: 1, a: 2 } })])).not.toBe(a);
    expect(normaliseWithdrawalCode(a)).not.toBeNull();
  });
});
