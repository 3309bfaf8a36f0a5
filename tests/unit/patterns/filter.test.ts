import { describe, expect, it } from 'vitest';
import { inCell, parseCell } from '../../../src/domain/patterns/cell.ts';
import type { Answers } from '../../../src/domain/patterns/variables.ts';
import { filterFromArguments, filterKey, matchesAnswers, parsePeriod, parseStoryFilter } from '../../../src/domain/patterns/filter.ts';
import { InputRejected } from '../../../src/domain/problems.ts';
import { NOT_APPLICABLE, type Questionnaire } from '../../../src/domain/questionnaire/types.ts';

const t = (s: string) => ({ nl: s });
const questionnaire: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'test',
  title: t('test'),
  languages: ['nl'],
  prompts: [],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: t('g'), left: t('l'), right: t('r') },
    { key: 'wie', about: 'story', type: 'triad', text: t('w'), corners: [t('a'), t('b'), t('c')] },
    {
      key: 'rol',
      about: 'participant',
      type: 'choice',
      text: t('r'),
      options: [
        { key: 'jongere', text: t('j') },
        { key: 'ouder', text: t('o') },
      ],
    },
    {
      key: 'hielp',
      about: 'story',
      type: 'multichoice',
      text: t('h'),
      options: [
        { key: 'gesprek', text: t('g') },
        { key: 'geld', text: t('g') },
      ],
    },
    { key: 'wijk', about: 'participant', type: 'area', level: 'wijk', text: t('w'), areas: [{ code: 'WK999901', name: 'Noord' }] },
    { key: 'tip', about: 'story', type: 'text', text: t('t') },
  ],
} as Questionnaire;

function rejected(work: () => unknown) {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InputRejected);
    return (error as InputRejected).problems;
  }
  throw new Error('not rejected');
}

describe('story filter', () => {
  it('parses answers, ORs values of one key and gives one canonical key whatever the order', () => {
    const a = parseStoryFilter(questionnaire, {
      answers: [
        ['rol', 'ouder,jongere'],
        ['wijk', 'WK999901'],
      ],
      period: '2026-Q1',
    });
    const b = parseStoryFilter(questionnaire, {
      answers: [
        ['wijk', 'WK999901'],
        ['rol', 'jongere'],
        ['rol', 'ouder'],
      ],
      period: '2026-Q1',
    });
    expect(a.answers).toEqual({ rol: ['jongere', 'ouder'], wijk: ['WK999901'] });
    expect(filterKey(a)).toBe(filterKey(b));
    expect(filterKey(a)).not.toBe(filterKey(parseStoryFilter(questionnaire, {})));
  });

  it('matches choice, area and multichoice answers; missing and not applicable never match', () => {
    const filter = parseStoryFilter(questionnaire, {
      answers: [
        ['rol', 'jongere'],
        ['hielp', 'gesprek'],
      ],
    });
    expect(matchesAnswers(filter, { rol: 'jongere', hielp: ['geld', 'gesprek'] })).toBe(true);
    expect(matchesAnswers(filter, { rol: 'jongere', hielp: ['geld'] })).toBe(false);
    expect(matchesAnswers(filter, { rol: 'ouder', hielp: ['gesprek'] })).toBe(false);
    expect(matchesAnswers(filter, { hielp: ['gesprek'] })).toBe(false);
    expect(matchesAnswers(filter, { rol: NOT_APPLICABLE, hielp: ['gesprek'] })).toBe(false);
  });

  it('rejects unknown keys, unfilterable questions, unknown options and bad periods, naming the field', () => {
    const problems = rejected(() =>
      parseStoryFilter(questionnaire, {
        answers: [
          ['leeftijd', 'x'],
          ['gehoord', '3'],
          ['rol', 'kind'],
          ['tip', 'a'],
        ],
        period: '2026-13',
      }),
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['leeftijd', 'unknown-filter'],
      ['gehoord', 'unknown-filter'],
      ['rol', 'unknown-filter-value'],
      ['tip', 'unknown-filter'],
      ['period', 'invalid-period'],
    ]);
    for (const p of problems) expect(p.nl && p.en).toBeTruthy();
    expect(rejected(() => filterFromArguments(['rol'])).map((p) => p.code)).toEqual(['invalid-filter']);
    expect(filterFromArguments(['rol=jongere,ouder'], 'c', '2026').answers).toEqual([['rol', 'jongere,ouder']]);
  });

  it('turns years, quarters and months into calendar bounds', () => {
    expect(parsePeriod('2026')).toMatchObject({ from: '2026-01-01', to: '2027-01-01' });
    expect(parsePeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2027-01-01' });
    expect(parsePeriod('2026-Q2')).toMatchObject({ from: '2026-04-01', to: '2026-07-01' });
    expect(parsePeriod('2026-12')).toMatchObject({ from: '2026-12-01', to: '2027-01-01' });
    expect(parsePeriod('2026-03')).toMatchObject({ from: '2026-03-01', to: '2026-04-01' });
    for (const bad of ['26', '2026-Q5', '2026-00', '2026-1', 'Q1']) expect(parsePeriod(bad)).toBeNull();
  });
});

describe('pattern cell', () => {
  const stories = [
    { gehoord: 10, rol: 'jongere', wie: [1, 1, 2], hielp: ['gesprek'] },
    { gehoord: 40, rol: 'ouder', wie: [0, 0, 0], hielp: [] },
    { gehoord: 41, rol: 'jongere', wie: [0, 1, 0] },
    { rol: 'jongere', gehoord: NOT_APPLICABLE, hielp: ['geld'] },
  ] as unknown as Answers[];

  it('selects numeric ranges inclusively, triad corners by share, and categorical groups', () => {
    const mask = (input: Parameters<typeof parseCell>[1]) => [...inCell(questionnaire, parseCell(questionnaire, input), stories)];
    expect(mask({ var: 'gehoord', min: '0', max: '40' })).toEqual([1, 1, 0, 0]);
    expect(mask({ var: 'gehoord', min: '40' })).toEqual([0, 1, 1, 0]);
    expect(mask({ ranges: ['wie.3:0.5:'] })).toEqual([1, 0, 0, 0]);
    expect(mask({ ranges: ['wie.2::0.3'] })).toEqual([1, 0, 0, 0]);
    expect(mask({ groups: ['rol:jongere'] })).toEqual([1, 0, 1, 1]);
    expect(mask({ groups: ['hielp=gesprek:nee'] })).toEqual([0, 1, 0, 1]);
    expect(mask({ groups: ['rol:jongere'], var: 'gehoord', max: '40' })).toEqual([1, 0, 0, 0]);
    expect(mask({})).toEqual([1, 1, 1, 1]);
  });

  it('rejects unknown variables and values', () => {
    const codes = rejected(() =>
      parseCell(questionnaire, { var: 'rol', min: 'x', ranges: ['gehoord:1'], groups: ['rol:kind', 'gehoord:1', 'hielp=gesprek:misschien'] }),
    ).map((p) => [p.field, p.code]);
    expect(codes).toEqual([
      ['var', 'unknown-variable'],
      ['range', 'invalid-range'],
      ['group', 'unknown-group-value'],
      ['group', 'unknown-variable'],
      ['group', 'unknown-group-value'],
    ]);
  });
});
