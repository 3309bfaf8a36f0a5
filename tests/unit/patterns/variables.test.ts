import { describe, expect, it } from 'vitest';
import { compareCodePoints, deriveVariables } from '../../../src/domain/patterns/variables.ts';
import { NOT_APPLICABLE, type AnswerValue, type Questionnaire } from '../../../src/domain/questionnaire/types.ts';

const t = (s: string) => ({ nl: s });
const questionnaire: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'test',
  title: t('test'),
  languages: ['nl'],
  prompts: [],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: t('?'), left: t('-'), right: t('+'), allowNotApplicable: true },
    { key: 'wie', about: 'story', type: 'triad', text: t('?'), corners: [t('a'), t('b'), t('c')] },
    { key: 'plek', about: 'story', type: 'stones', text: t('?'), x: t('x'), y: t('y'), stones: [{ key: 'school', text: t('s') }] },
    { key: 'rol', about: 'participant', type: 'choice', text: t('?'), options: [{ key: 'ouder', text: t('o') }] },
    {
      key: 'hulp',
      about: 'story',
      type: 'multichoice',
      text: t('?'),
      options: [
        { key: 'geld', text: t('g') },
        { key: 'gesprek', text: t('p') },
      ],
    },
    { key: 'uitleg', about: 'story', type: 'text', text: t('?') },
    { key: 'wijk', about: 'participant', type: 'area', level: 'wijk', text: t('?') },
  ],
};

const stories: Record<string, AnswerValue>[] = [
  { gehoord: 40, wie: [1, 1, 2], plek: { school: [10, 90] }, rol: 'ouder', hulp: ['geld'], uitleg: 'x', wijk: 'WK02' },
  { gehoord: NOT_APPLICABLE, wie: [0, 0, 0], rol: 'jongere', hulp: [], wijk: 'WK01' },
  { wie: NOT_APPLICABLE, hulp: NOT_APPLICABLE, rol: NOT_APPLICABLE },
  {},
];

const variables = deriveVariables(questionnaire, stories);
const numeric = Object.fromEntries(variables.numeric.map((v) => [v.name, v]));
const categorical = Object.fromEntries(variables.categorical.map((v) => [v.name, v]));
const decode = (name: string) => Array.from(categorical[name].codes, (c) => (c < 0 ? null : categorical[name].labels[c]));

describe('analysis variables', () => {
  it('names the variables in questionnaire order and leaves text out', () => {
    expect(variables.numeric.map((v) => v.name)).toEqual(['gehoord', 'wie.1', 'wie.2', 'wie.3', 'plek.school.x', 'plek.school.y']);
    expect(variables.categorical.map((v) => v.name)).toEqual(['rol', 'hulp=geld', 'hulp=gesprek', 'wijk']);
    expect(variables.numeric.map((v) => v.question)).toEqual(['gehoord', 'wie', 'wie', 'wie', 'plek', 'plek']);
  });

  it('treats not applicable and unanswered as missing', () => {
    expect(Array.from(numeric.gehoord.values)).toEqual([40, NaN, NaN, NaN]);
  });

  it('normalises a triad by the sum of its weights; a zero sum is missing', () => {
    expect(Array.from(numeric['wie.1'].values)).toEqual([0.25, NaN, NaN, NaN]);
    expect(Array.from(numeric['wie.3'].values)).toEqual([0.5, NaN, NaN, NaN]);
  });

  it('splits stones into x and y', () => {
    expect(Array.from(numeric['plek.school.x'].values)).toEqual([10, NaN, NaN, NaN]);
    expect(Array.from(numeric['plek.school.y'].values)).toEqual([90, NaN, NaN, NaN]);
  });

  it('keeps observed categories, sorted, including ones not among the options', () => {
    expect(categorical.rol.labels).toEqual(['jongere', 'ouder']);
    expect(decode('rol')).toEqual(['ouder', 'jongere', null, null]);
    expect(decode('wijk')).toEqual(['WK02', 'WK01', null, null]);
  });

  it('makes each multichoice option a yes/no variable; skipped or NA is missing, an empty selection is "nee"', () => {
    expect(decode('hulp=geld')).toEqual(['ja', 'nee', null, null]);
    expect(decode('hulp=gesprek')).toEqual(['nee', 'nee', null, null]);
  });
});

describe('code point order (Python sorted)', () => {
  it('puts characters above U+FFFF after U+E000–U+FFFF, unlike UTF-16 order', () => {
    const labels = ['\u{1F600}', '\uFF21', 'b', 'a', 'ab', 'é'];
    expect([...labels].sort(compareCodePoints)).toEqual(['a', 'ab', 'b', 'é', '\uFF21', '\u{1F600}']);
  });
});
