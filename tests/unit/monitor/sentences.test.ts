import { describe, expect, it } from 'vitest';
import { patternChart, type ChartLabels } from '../../../src/domain/monitor/pattern-chart.ts';
import { distinctShares, formatFigure, patternSentence } from '../../../src/domain/monitor/sentences.ts';
import { judge, trendOf } from '../../../src/domain/monitor/trend.ts';
import { agreements } from '../../../src/domain/monitor/agreement.ts';
import type { Pattern } from '../../../src/domain/patterns/types.ts';

const labels: ChartLabels = {
  category: (_variable, value) => ({ nl: { jongere: 'jongeren', ouder: 'ouders', professional: 'professionals' }[value] ?? value, en: value }),
  higher: () => null,
};
const council = { threshold: 5, apply: true };
const analyst = { threshold: 5, apply: false };
const gehoord = { nl: 'Voelde u zich gehoord?', en: 'Did you feel heard?' };
const rol = { nl: 'Wie bent u?', en: 'Who are you?' };

function groups(list: { label: string; n: number; median: number }[]): Pattern {
  const n = list.reduce((s, g) => s + g.n, 0);
  return {
    a: 'gehoord',
    b: 'rol',
    test: list.length === 2 ? 'mann-whitney' : 'kruskal-wallis',
    statistic: 1,
    p: 0.001,
    q: 0.002,
    n,
    effect: { name: 'epsilon2', value: 0.1 },
    significant: true,
    groups: list,
  };
}

describe('pattern sentences', () => {
  it('formats numbers the Dutch way', () => {
    expect(formatFigure(1204, 'nl', 0)).toBe('1.204');
    expect(formatFigure(7.25, 'nl')).toBe('7,3');
    expect(formatFigure(1204, 'en', 0)).toBe('1,204');
  });

  it('compares two groups by their medians, with the number of stories', () => {
    const pattern = groups([
      { label: 'jongere', n: 504, median: 45 },
      { label: 'ouder', n: 700, median: 62 },
    ]);
    const chart = patternChart(pattern, { ...labels, higher: () => ({ nl: 'helemaal wel', en: 'completely' }) }, analyst);
    const sentence = patternSentence({ test: pattern.test, n: 1204, a: gehoord, b: rol, chart });
    expect(sentence.nl).toBe(
      'Bij ouders ligt het antwoord op "Voelde u zich gehoord?" dichter bij "helemaal wel" dan bij jongeren. Het middelste antwoord is 62 (700 verhalen) tegen 45 (504 verhalen). Samen 1.204 verhalen.',
    );
    expect(sentence.en).toContain('median answer is 62 (700 stories) against 45 (504 stories). 1,204 stories in all.');
  });

  it('names the highest and lowest of three or more groups', () => {
    const pattern = groups([
      { label: 'jongere', n: 300, median: 40 },
      { label: 'ouder', n: 300, median: 70.5 },
      { label: 'professional', n: 100, median: 55 },
    ]);
    const sentence = patternSentence({ test: pattern.test, n: 700, a: gehoord, b: rol, chart: patternChart(pattern, labels, analyst) });
    expect(sentence.nl).toBe(
      'Het antwoord op "Voelde u zich gehoord?" verschilt per antwoord op "Wie bent u?". Het middelste antwoord is het hoogst bij ouders (70,5, 300 verhalen) en het laagst bij jongeren (40, 300 verhalen). Samen 700 verhalen.',
    );
  });

  it('states a triad corner as a percentage', () => {
    const pattern = {
      ...groups([
        { label: 'jongere', n: 300, median: 0.3 },
        { label: 'professional', n: 100, median: 0.7 },
      ]),
      a: 'wie_hielp.2',
    };
    const chart = patternChart(pattern, { ...labels, isShare: (v) => v === 'wie_hielp.2' }, analyst);
    const sentence = patternSentence({
      test: pattern.test,
      n: 400,
      a: { nl: 'Wie hielp? (een professional)', en: 'Who helped? (a professional)' },
      b: rol,
      chart,
    });
    expect(sentence.nl).toBe(
      'Bij professionals is het antwoord op "Wie hielp? (een professional)" hoger dan bij jongeren. Het middelste antwoord is 70% (100 verhalen) tegen 30% (300 verhalen). Samen 400 verhalen.',
    );
  });

  it('never states a figure of a suppressed group', () => {
    const pattern = groups([
      { label: 'jongere', n: 300, median: 40 },
      { label: 'ouder', n: 300, median: 55 },
      { label: 'professional', n: 3, median: 99 },
    ]);
    const chart = patternChart(pattern, labels, council);
    if (chart.kind !== 'groups') throw new Error('groups expected');
    expect(chart.groups[2]).toMatchObject({ n: { suppressed: true }, median: { suppressed: true } });
    const sentence = patternSentence({ test: pattern.test, n: 603, a: gehoord, b: rol, chart });
    expect(sentence.nl).not.toContain('99');
    expect(sentence.nl).not.toContain('professionals');
    // Secondary suppression: with one group hidden and the total shown, the smallest other goes too.
    expect(chart.groups.filter((g) => typeof g.n !== 'number')).toHaveLength(2);
  });

  it('says the groups are too small when fewer than two can be shown', () => {
    const pattern = groups([
      { label: 'jongere', n: 4, median: 40 },
      { label: 'ouder', n: 3, median: 55 },
    ]);
    const sentence = patternSentence({ test: pattern.test, n: 7, a: gehoord, b: rol, chart: patternChart(pattern, labels, council) });
    expect(sentence.nl).toContain('te klein om cijfers te tonen');
    expect(sentence.nl).not.toMatch(/40|55/);
  });

  it('describes a correlation by its direction and a table by its most over-represented cell', () => {
    const spearman: Pattern = {
      a: 'x',
      b: 'y',
      test: 'spearman',
      statistic: -0.42,
      p: 0.001,
      q: 0.001,
      n: 850,
      effect: { name: 'rho', value: -0.42 },
      significant: true,
    };
    const s = patternSentence({
      test: 'spearman',
      n: 850,
      a: { nl: 'Wachttijd', en: 'Wait' },
      b: { nl: 'Cijfer', en: 'Grade' },
      chart: patternChart(spearman, labels, analyst),
    });
    expect(s.nl).toBe('Hoe hoger het antwoord op "Wachttijd", hoe lager meestal het antwoord op "Cijfer". Samenhang -0,42, in 850 verhalen.');
    const table: Pattern = {
      a: 'rol',
      b: 'gevoel',
      test: 'chi-square',
      statistic: 30,
      df: 1,
      p: 0.001,
      q: 0.001,
      n: 250,
      effect: { name: 'cramers-v', value: 0.3 },
      significant: true,
      low_expected: false,
      table: {
        rows: ['jongere', 'ouder'],
        columns: ['boos', 'blij'],
        counts: [
          [60, 40],
          [30, 120],
        ],
      },
    };
    const t = patternSentence({
      test: 'chi-square',
      n: 250,
      a: rol,
      b: { nl: 'Hoe voelt u zich?', en: 'How do you feel?' },
      chart: patternChart(table, labels, analyst),
    });
    expect(t.nl).toBe('Bij jongeren is "boos" vaker het antwoord op "Hoe voelt u zich?": 60% van 100 verhalen, tegen 36% gemiddeld. Samen 250 verhalen.');
  });

  it('never writes "100% tegen 100%": one decimal when whole percents agree, another cell when even that does', () => {
    expect(distinctShares(1, 0.996, 'nl')).toEqual(['100%', '99,6%']);
    expect(distinctShares(0.6, 0.36, 'nl')).toEqual(['60%', '36%']);
    expect(distinctShares(1, 0.9999, 'nl')).toBeNull();
    // One story answered "ja" among 1,000: its row is 100% "nee", the column 99,9%.
    const table: Pattern = {
      a: 'rol',
      b: 'plaatsing',
      test: 'chi-square',
      statistic: 30,
      df: 1,
      p: 0.001,
      q: 0.001,
      n: 1001,
      effect: { name: 'cramers-v', value: 1 },
      significant: true,
      low_expected: true,
      table: {
        rows: ['jongere', 'ouder'],
        columns: ['nee', 'ja'],
        counts: [
          [20000, 0],
          [0, 1],
        ],
      },
    };
    const t = patternSentence({
      test: 'chi-square',
      n: 20001,
      a: rol,
      b: { nl: 'Uithuisplaatsing?', en: 'Placement?' },
      chart: patternChart(table, labels, analyst),
    });
    const [, share, average] = /: (\S+%) .*tegen (\S+%) gemiddeld/.exec(t.nl)!;
    expect(share).not.toBe(average);
    expect(t.nl).toContain('100% van 1 verhaal, tegen 0% gemiddeld');
  });

  it('puts the strength word beside a correlation', () => {
    const s = patternSentence({
      test: 'spearman',
      n: 850,
      a: { nl: 'A', en: 'A' },
      b: { nl: 'B', en: 'B' },
      chart: { kind: 'correlation', rho: 0.42 },
      strength: { nl: 'matig', en: 'moderate' },
    });
    expect(s.nl).toBe('Hoe hoger het antwoord op "A", hoe hoger meestal het antwoord op "B". Samenhang 0,42 (matig), in 850 verhalen.');
    expect(s.en).toContain('Correlation 0.42 (moderate)');
  });
});

describe('trend and agreement', () => {
  it('judges a trend against the target direction', () => {
    expect(
      trendOf(
        [
          { period: '2025', value: 10 },
          { period: '2026', value: 8 },
        ],
        'down',
      ),
    ).toMatchObject({ from: '2025', to: '2026', change: -2, judgement: 'better' });
    expect(
      trendOf(
        [
          { period: '2026', value: 8 },
          { period: '2025', value: 10 },
        ],
        'up',
      )?.judgement,
    ).toBe('worse');
    expect(
      trendOf(
        [
          { period: '2025', value: 10 },
          { period: '2026', value: null },
        ],
        'up',
      ),
    ).toBeNull();
    expect(judge(0.05, 10, 'up')).toBe('same');
    expect(judge(2, 10, 'none')).toBe('unknown');
  });

  it('says per area whether stories and numbers point the same way as across areas', () => {
    const areas = [
      { story: 10, indicator: 12 },
      { story: 2, indicator: 3 },
      { story: 9, indicator: 2 },
      { story: 5, indicator: 5 },
      { story: null, indicator: 8 },
    ];
    expect(agreements(areas, 0.8)).toEqual(['agree', 'agree', 'disagree', 'unclear', 'unclear']);
    expect(agreements(areas, 0.05)).toEqual(Array(5).fill('unclear'));
  });
});

describe('sentences about a ticked option (issue 17: "Bij wie \\"niets hielp\\" niet koos")', () => {
  it('names both groups of a multichoice option as people who did or did not tick it', async () => {
    const { categoryLabel } = await import('../../../src/domain/monitor/labels.ts');
    const { questionnaire } = await import('../../../src/domain/demo/questionnaire.ts');
    const q = questionnaire();
    const option = 'wat_hielp=niets';
    const chosen = categoryLabel(q, option, 'ja', {});
    const notChosen = categoryLabel(q, option, 'nee', {});
    expect(chosen.nl).toBe('mensen die "niets hielp" aankruisten');
    const pattern = {
      ...groups([
        { label: 'ja', n: 80, median: 30 },
        { label: 'nee', n: 400, median: 60 },
      ]),
      b: option,
    };
    const chart = patternChart(
      pattern,
      { category: (v, value) => categoryLabel(q, v, value, {}), higher: () => ({ nl: 'helemaal wel', en: 'completely' }) },
      analyst,
    );
    const s = patternSentence({ test: pattern.test, n: 480, a: gehoord, b: { nl: 'Wat hielp? (niets)', en: 'What helped? (nothing)' }, chart });
    expect(s.nl).toBe(
      `Bij ${notChosen.nl} ligt het antwoord op "Voelde u zich gehoord?" dichter bij "helemaal wel" dan bij ${chosen.nl}. Het middelste antwoord is 60 (400 verhalen) tegen 30 (80 verhalen). Samen 480 verhalen.`,
    );
    expect(s.nl).toMatch(/^Bij mensen die "[^"]+" niet aankruisten ligt/);
    expect(s.nl).not.toMatch(/\bwie "[^"]+" (niet )?koos/);
    expect(s.en).toMatch(/^For people who did not tick "[^"]+" the answer/);
  });
});
