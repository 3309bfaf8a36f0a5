import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/domain/indicators/types.ts';
import {
  aggregateStories,
  chooseAreaQuestion,
  linkOf,
  linkStoriesToIndicators,
  median,
  periodOf,
  type LinkPoint,
  type LinkStory,
} from '../../../src/domain/link/index.ts';
import type { AnswerValue, AreaQuestion, Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { expectClose } from '../stats/expect-close.ts';

const t = (s: string) => ({ nl: s });
const questionnaire: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'test',
  title: t('test'),
  languages: ['nl'],
  prompts: [],
  questions: [
    { key: 'wacht', about: 'story', type: 'number', text: t('?'), allowNotApplicable: true },
    {
      key: 'rol',
      about: 'participant',
      type: 'choice',
      text: t('?'),
      options: [
        { key: 'ouder', text: t('o') },
        { key: 'jongere', text: t('j') },
        { key: 'nooit', text: t('n') },
      ],
    },
    { key: 'hulp', about: 'story', type: 'multichoice', text: t('?'), options: [{ key: 'geld', text: t('g') }] },
    { key: 'gemeente', about: 'participant', type: 'area', level: 'gemeente', text: t('?') },
    { key: 'wijk', about: 'participant', type: 'area', level: 'wijk', text: t('?') },
  ],
};
const wijkQuestion = questionnaire.questions[4] as AreaQuestion;

const at2025 = new Date(Date.UTC(2025, 5, 1, 12));
const story = (answers: Record<string, AnswerValue>, collectedAt = at2025): LinkStory => ({ answers, collectedAt });

// Eight wijken with 11 stories each whose wacht median is MEDIANS[i], and a ninth with 4 stories.
const MEDIANS = [3, 5, 4, 8, 7, 10, 9, 12];
const INDICATOR = [2.5, 6.1, 3.3, 7.0, 7.0, 9.4, 8.8, 8.1];
const code = (i: number) => `WK00000${i + 1}`;
function demoStories(): LinkStory[] {
  const out: LinkStory[] = [];
  MEDIANS.forEach((m, i) => {
    for (let k = 0; k < 11; k++) out.push(story({ wijk: code(i), wacht: m + (k - 5), rol: k < 3 ? 'ouder' : 'jongere' }));
  });
  for (let k = 0; k < 4; k++) out.push(story({ wijk: code(8), wacht: 50, rol: 'ouder' }));
  return out;
}
const obs = (indicator: string, area: string, period: string, value: number | null, provider: string | null = null): Observation => ({
  indicator,
  area,
  period,
  value,
  provider,
  numerator: null,
  denominator: null,
});
function observations(): Observation[] {
  return [
    ...INDICATOR.map((v, i) => obs('wacht_cbs', code(i), '2025', v)),
    obs('wacht_cbs', code(8), '2025', 99),
    // Ignored: a provider's figure, a quarter, a year without stories, the municipality level.
    obs('wacht_cbs', code(0), '2025', 1000, 'P1'),
    obs('wacht_cbs', code(1), '2025-Q2', 1000),
    obs('wacht_cbs', code(1), '2019', 1000),
    obs('wacht_cbs', 'GM0001', '2025', 1000),
  ];
}

describe('aggregation per area and period', () => {
  it('takes the median, mean and n of a numeric variable per cell, as numpy.median', () => {
    const agg = aggregateStories(
      questionnaire,
      [
        story({ wijk: 'WK000001', wacht: 1 }),
        story({ wijk: 'WK000001', wacht: 4 }),
        story({ wijk: 'WK000001', wacht: 10 }),
        story({ wijk: 'WK000001', wacht: 2 }),
        story({ wijk: 'WK000001', wacht: { na: true } }),
        story({ wijk: 'WK000001' }),
        story({ wijk: 'WK000002', wacht: 7 }, new Date(Date.UTC(2026, 0, 3))),
        story({ wacht: 99 }),
      ],
      'wijk',
    );
    expect(agg.cells).toEqual([
      { area: 'WK000001', period: '2025' },
      { area: 'WK000002', period: '2026' },
    ]);
    expect(agg.stories).toBe(8);
    expect(agg.storiesWithoutArea).toBe(1);
    const wacht = agg.measures.find((m) => m.name === 'wacht')!;
    expect(wacht.aggregate).toBe('median');
    expect(wacht.cells).toEqual([
      { n: 4, value: 3, mean: 4.25 },
      { n: 1, value: 7, mean: 7 },
    ]);
  });

  it('turns each chosen option into a share with its n, and leaves the area questions out', () => {
    const agg = aggregateStories(
      questionnaire,
      [
        story({ wijk: 'WK000001', rol: 'ouder', hulp: ['geld'] }),
        story({ wijk: 'WK000001', rol: 'jongere', hulp: [] }),
        story({ wijk: 'WK000001', rol: 'jongere', hulp: [] }),
        story({ wijk: 'WK000001', hulp: { na: true } }),
      ],
      'wijk',
    );
    expect(agg.measures.map((m) => [m.name, m.aggregate])).toEqual([
      ['wacht', 'median'],
      ['rol=ouder', 'share'],
      ['rol=jongere', 'share'],
      ['hulp=geld', 'share'],
    ]);
    const cell = (name: string) => agg.measures.find((m) => m.name === name)!.cells[0];
    expect(cell('wacht')).toBeNull();
    expect(cell('rol=ouder')).toEqual({ n: 3, value: 1 / 3, mean: 1 / 3 });
    expect(cell('rol=jongere')).toEqual({ n: 3, value: 2 / 3, mean: 2 / 3 });
    expect(cell('hulp=geld')).toEqual({ n: 3, value: 1 / 3, mean: 1 / 3 });
  });

  it('dates a story by the Dutch calendar year', () => {
    expect(periodOf(new Date('2025-12-31T23:30:00Z'))).toBe('2026');
    expect(periodOf(new Date('2025-12-31T22:30:00Z'))).toBe('2025');
  });

  it('computes the median as numpy.median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('picks the first wijk-level area question unless one is named', () => {
    expect(chooseAreaQuestion(questionnaire)?.key).toBe('wijk');
    expect(chooseAreaQuestion(questionnaire, 'gemeente')?.key).toBe('gemeente');
    expect(chooseAreaQuestion(questionnaire, 'wacht')).toBeNull();
    expect(chooseAreaQuestion({ ...questionnaire, questions: questionnaire.questions.slice(0, 3) })).toBeNull();
  });
});

describe('link between story measures and indicators', () => {
  const stories = demoStories();
  const doc = linkStoriesToIndicators({
    questionnaire: 'test',
    areaQuestion: wijkQuestion,
    aggregates: aggregateStories(questionnaire, stories, 'wijk'),
    indicators: ['leeg', 'wacht_cbs'],
    observations: observations(),
  });
  const wacht = doc.links.find((l) => l.story_variable === 'wacht')!;

  it('gives Spearman ρ and p as SciPy over the points with enough stories', () => {
    // /usr/bin/python3 -c "from scipy import stats; print(stats.spearmanr([3, 5, 4, 8, 7, 10, 9, 12],[2.5, 6.1, 3.3, 7.0, 7.0, 9.4, 8.8, 8.1]))"
    // SignificanceResult(statistic=0.9221722216732094, pvalue=0.0011108173578061712)
    expect(wacht.aggregate).toBe('median');
    expectClose(wacht.rho!, 0.9221722216732094);
    expectClose(wacht.p!, 0.0011108173578061712);
    expect(wacht.n_points).toBe(8);
    expect(wacht.n_areas).toBe(8);
  });

  it('lists an area with too few stories, flags it, and keeps it out of ρ', () => {
    expect(wacht.points).toHaveLength(9);
    expect(wacht.points.map((p) => p.area)).toEqual([...MEDIANS.map((_, i) => code(i)), code(8)]);
    expect(wacht.points[0]).toEqual({
      area: code(0),
      period: '2025',
      stories: 11,
      story_value: 3,
      story_mean: 3,
      indicator_value: 2.5,
      too_few_stories: false,
    });
    expect(wacht.points[8]).toEqual({ area: code(8), period: '2025', stories: 4, story_value: 50, story_mean: 50, indicator_value: 99, too_few_stories: true });
    expect(wacht.flags).toEqual(['few_stories']);
  });

  it('ignores provider, quarterly, other-year and other-level observations', () => {
    for (const link of doc.links) {
      expect(link.points.every((p) => p.period === '2025' && p.area.startsWith('WK') && p.indicator_value !== 1000)).toBe(true);
    }
  });

  it('reports indicators without usable observations instead of linking them', () => {
    expect(doc.indicators_without_observations).toEqual(['leeg']);
    expect(new Set(doc.links.map((l) => l.indicator))).toEqual(new Set(['wacht_cbs']));
    expect(doc.format).toBe('duiding.link/v1');
    expect(doc.area_question).toBe('wijk');
  });

  it('shares: rol=ouder is 3/11 in every wijk, so ρ is undefined (null), ranked last', () => {
    const ouder = doc.links.find((l) => l.story_variable === 'rol=ouder')!;
    expect(ouder.aggregate).toBe('share');
    expect(ouder.points[0].story_value).toBeCloseTo(3 / 11, 15);
    expect(ouder.rho).toBeNull();
    expect(ouder.p).toBeNull();
    expect(ouder.q).toBeNull();
    expect(doc.links[0]).toBe(wacht);
    expect(doc.links[doc.links.length - 1].p).toBeNull();
  });

  it('q is Benjamini–Hochberg over the links of the run', () => {
    const tested = doc.links.filter((l) => l.p !== null);
    const m = tested.length;
    // Ranked by p, so q(i) = min over j ≥ i of p(j)·m/j.
    tested.forEach((link, i) => {
      const expected = Math.min(1, ...tested.slice(i).map((l, k) => (l.p! * m) / (i + k + 1)));
      expect(link.q).toBeCloseTo(expected, 14);
    });
    for (let i = 1; i < doc.links.length; i++) expect((doc.links[i].p ?? Infinity) >= (doc.links[i - 1].p ?? Infinity)).toBe(true);
  });
});

describe('flags', () => {
  const point = (area: string, stories: number, x: number, y: number | null): LinkPoint => ({
    area,
    period: '2025',
    stories,
    story_value: x,
    story_mean: x,
    indicator_value: y,
    too_few_stories: stories < 10,
  });

  it('few_areas when fewer than 8 distinct areas enter ρ; two years of one area count once', () => {
    const points = Array.from({ length: 7 }, (_, i) => point(`WK${i}`, 20, i, i * 2));
    points.push({ ...point('WK0', 20, 10, 30), period: '2026' }, { ...point('WK1', 20, 12, 32), period: '2026' });
    const link = linkOf('x', 'median', 'y', points);
    expect(link.n_points).toBe(9);
    expect(link.n_areas).toBe(7);
    expect(link.flags).toEqual(['few_areas']);
    expect(link.rho).toBe(1);
  });

  it('no flags with 8 areas of 10 stories or more', () => {
    const link = linkOf(
      'x',
      'median',
      'y',
      Array.from({ length: 8 }, (_, i) => point(`WK${i}`, 10, i, -i)),
    );
    expect(link.flags).toEqual([]);
    expect(link.rho).toBe(-1);
  });

  it('a point without an indicator value is listed but not counted', () => {
    const points = Array.from({ length: 8 }, (_, i) => point(`WK${i}`, 12, i, i));
    points[3] = point('WK3', 12, 3, null);
    const link = linkOf('x', 'median', 'y', points);
    expect(link.points).toHaveLength(8);
    expect(link.n_points).toBe(7);
    expect(link.flags).toEqual(['few_areas']);
  });

  it('few_stories when any point has fewer than 10 stories, even with enough areas left', () => {
    const points = Array.from({ length: 9 }, (_, i) => point(`WK${i}`, i === 8 ? 9 : 10, i, i));
    const link = linkOf('x', 'median', 'y', points);
    expect(link.n_areas).toBe(8);
    expect(link.flags).toEqual(['few_stories']);
  });
});
