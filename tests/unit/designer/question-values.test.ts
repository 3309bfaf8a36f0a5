// The designer's form ↔ question mapping: every type survives question → fields → question, empty
// rows drop out, and each parser problem lands next to the form field it is about.
import { describe, expect, it } from 'vitest';
import { endOfDay, lastDayBefore, startOfDay } from '../../../src/domain/calendar.ts';
import { missingDutchTexts } from '../../../src/domain/questionnaire/dutch-texts.ts';
import { parseQuestionnaire } from '../../../src/domain/questionnaire/parse.ts';
import type { Question, Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { questionFieldNames } from '../../../src/web/pages/designer/question-form.tsx';
import { errorsByField, questionToValues, valuesToQuestion } from '../../../src/web/pages/designer/question-values.ts';

const questions: Question[] = [
  {
    key: 's',
    about: 'story',
    type: 'slider',
    text: { nl: 'Gehoord?', en: 'Heard?' },
    left: { nl: 'niet' },
    right: { nl: 'wel' },
    allowNotApplicable: true,
    help: { nl: 'Schuif' },
  },
  { key: 't', about: 'story', type: 'triad', text: { nl: 'Wie?' }, corners: [{ nl: 'a' }, { nl: 'b', en: 'B' }, { nl: 'c' }], required: true },
  {
    key: 'st',
    about: 'story',
    type: 'stones',
    text: { nl: 'Stenen' },
    x: { nl: 'x' },
    y: { nl: 'y' },
    stones: [
      { key: 'school', text: { nl: 'school' } },
      { key: 'thuis', text: { nl: 'thuis' } },
    ],
  },
  {
    key: 'c',
    about: 'participant',
    type: 'choice',
    text: { nl: 'Wie bent u?' },
    options: [
      { key: 'jongere', text: { nl: 'jongere' } },
      { key: 'ouder', text: { nl: 'ouder', en: 'parent' } },
    ],
  },
  {
    key: 'm',
    about: 'story',
    type: 'multichoice',
    text: { nl: 'Welke?' },
    options: [
      { key: 'a', text: { nl: 'A' } },
      { key: 'b', text: { nl: 'B' } },
    ],
    max: 1,
  },
  { key: 'sc', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10, minLabel: { nl: 'slecht' } },
  { key: 'n', about: 'participant', type: 'number', text: { nl: 'Leeftijd' }, min: 0, max: 120 },
  { key: 'x', about: 'story', type: 'text', text: { nl: 'Nog iets?' } },
  { key: 'w', about: 'participant', type: 'area', level: 'wijk', text: { nl: 'Wijk' }, areas: [{ code: 'WK047901', name: 'Centrum Oost' }] },
];

describe('designer form values', () => {
  it.each(questions.map((q) => [q.type, q] as const))('round-trips a %s question through its form fields', (_, question) => {
    const { question: back } = valuesToQuestion(question.type, questionToValues(question));
    expect(back).toEqual(question);
  });

  it('leaves empty rows out and maps a problem in a later row back to its form row', () => {
    const values = {
      key: 'c',
      about: 'story',
      'text.nl': 'Wie?',
      'options[0].key': 'a',
      'options[0].text.nl': 'A',
      'options[2].key': 'met spatie',
      'options[2].text.nl': 'B',
    };
    const { question, rowMap } = valuesToQuestion('choice', values);
    expect((question.options as unknown[]).length).toBe(2);
    const definition = { format: 'duiding.questionnaire/v1', key: 'q', title: { nl: 'Q' }, languages: ['nl'], prompts: [], questions: [question] };
    const parsed = parseQuestionnaire(definition);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems.map((p) => ({ ...p, field: p.field!.replace('questions[0].', '') }));
    expect(problems[0].field).toBe('options[1].key');
    const errors = errorsByField(problems, questionFieldNames('choice', values), rowMap, 'nl');
    expect(Object.keys(errors)).toEqual(['options[2].key']);
    expect(errors['options[2].key'][0]).toContain('geen geldige sleutel');
  });

  it('sends a missing label to its group and an unknown place to the summary', () => {
    const fields = questionFieldNames('slider', {});
    const errors = errorsByField(
      [
        { field: 'left', code: 'missing', nl: 'dit veld ontbreekt', en: 'missing' },
        { field: 'right.nl', code: 'missing-dutch', nl: 'vul de Nederlandse tekst in', en: 'fill in Dutch' },
        { field: 'type', code: 'type-changed', nl: 'soort', en: 'type' },
      ],
      fields,
      {},
      'nl',
    );
    expect(errors).toEqual({ left: ['dit veld ontbreekt'], 'right.nl': ['vul de Nederlandse tekst in'], '': ['soort'] });
  });

  it('numbers area problems by the line of the list', () => {
    const { question } = valuesToQuestion('area', {
      key: 'w',
      about: 'participant',
      'text.nl': 'Wijk',
      level: 'wijk',
      areas: 'WK047901 Centrum\nBU04790101 Buurt',
    });
    expect(question.areas).toEqual([
      { code: 'WK047901', name: 'Centrum' },
      { code: 'BU04790101', name: 'Buurt' },
    ]);
    const errors = errorsByField(
      [{ field: 'areas[1].code', code: 'invalid-area-code', nl: 'geen wijkcode', en: 'no district code' }],
      questionFieldNames('area', {}),
      {},
      'nl',
    );
    expect(errors).toEqual({ areas: ['regel 2: geen wijkcode'] });
  });

  it('asks for Dutch wherever a label exists only in English', () => {
    const q = {
      format: 'duiding.questionnaire/v1',
      key: 'q',
      title: { nl: 'Q' },
      languages: ['nl', 'en'],
      prompts: [{ key: 'p', text: { en: 'Tell' } }],
      questions: [{ ...questions[1], corners: [{ nl: 'a' }, { en: 'B' }, { nl: 'c' }] }],
    } as Questionnaire;
    expect(missingDutchTexts(q).map((p) => p.field)).toEqual(['prompts[0].text.nl', 'questions[0].corners[1].nl']);
  });
});

describe('calendar days in Amsterdam', () => {
  it('opens at local midnight and closes after the last day, across the clock change', () => {
    expect(startOfDay('2026-03-29')!.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfDay('2026-03-29')!.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDay('2026-07-01')!.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(lastDayBefore(endOfDay('2026-10-25')!)).toBe('2026-10-25');
    expect(startOfDay('2026-02-30')).toBeNull();
    expect(startOfDay('1-2-2026')).toBeNull();
  });
});
