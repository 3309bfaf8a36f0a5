// Issue 17: a Dutch readability check (Flesch–Douma) over the teller's interface texts and the
// monitor's generated sentences. Thresholds and their reasons: docs/language.md. A failure names
// the sentence and its score.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/domain/demo/questionnaire.ts';
import { categoryLabel, higherEnd, variableLabel } from '../../../src/domain/monitor/labels.ts';
import { patternChart, type ChartLabels } from '../../../src/domain/monitor/pattern-chart.ts';
import { patternSentence } from '../../../src/domain/monitor/sentences.ts';
import type { Pattern } from '../../../src/domain/patterns/types.ts';
import { dutchSyllables, fleschDouma, sentencesOf, wordsOf } from '../../../src/domain/readability.ts';
import { monitorNl } from '../../../src/web/i18n/monitor.ts';
import { tellerNl } from '../../../src/web/i18n/teller.ts';
import { patternsNl } from '../../../src/web/i18n/patterns.ts';
import { reportTextsNl } from '../../../src/reports/texts.ts';

/** The thresholds of docs/language.md. */
const MIN_SENTENCE = 30;
/** Residents read the teller's page: easy ("redelijk makkelijk", 70+). */
const MIN_AVERAGE_TELLER = 70;
/** Council members read the monitor: plain ("normaal", 60+), with the questions quoted whole. */
const MIN_AVERAGE_MONITOR = 60;
/** A label of one to four words ("Verhaal intrekken") is not a sentence; Flesch–Douma says nothing about it. */
const MIN_WORDS = 5;

describe('Dutch syllables', () => {
  it.each([
    ['huis', 1],
    ['toe', 1],
    ['mooi', 1],
    ['leeuw', 1],
    ['verhaal', 2],
    ['jeugdhulp', 2],
    ['ouders', 2],
    ['knieën', 2],
    ['gemeente', 3],
    ['ideeën', 3],
    ['patiënt', 3],
    ['België', 3],
    ['beoordeling', 4],
    ['vrijwilliger', 4],
    ['situatie', 4],
    ['januari', 4],
    ['uitgenodigd', 4],
    ['intrekcode', 4],
    ['geïnteresseerd', 5],
    ['zorgverzekeraar', 5],
    ['coördinator', 5],
    ['werkloosheidsuitkering', 6],
    ['Bedankt', 2],
    ['café', 2],
  ] as const)('%s has %i', (word, count) => {
    expect(dutchSyllables(word)).toBe(count);
  });

  it('splits sentences, but not at a question mark inside quotes, nor inside numbers', () => {
    expect(sentencesOf('Het antwoord op "Voelde u zich gehoord?" is 7,5. Samen 1.204 verhalen.')).toEqual([
      'Het antwoord op "Voelde u zich gehoord?" is 7,5.',
      'Samen 1.204 verhalen.',
    ]);
    expect(wordsOf('Samen 1.204 verhalen, zo’n 0,42.')).toEqual(['Samen', '1.204', 'verhalen', 'zo’n', '0,42']);
  });

  it('scores easy text high and officialese low', () => {
    expect(fleschDouma('Uw verhaal helpt de gemeente. Wij lezen het goed.').score).toBeGreaterThan(80);
    const officialese =
      'Overeenkomstig de toepasselijke verordening geschiedt de beoordeling van de ontvankelijkheid van de aanvraag door de daartoe aangewezen gemeentelijke organisatieonderdelen.';
    expect(fleschDouma(officialese).score).toBeLessThan(MIN_SENTENCE);
  });
});

/** Every text of a catalog: strings, list items, and functions called with sample values. */
function textsOf(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const samples = [3, 'Gemeente Voorbeeld'];
    for (const sample of samples) {
      try {
        const text = (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => sample));
        if (typeof text === 'string') return [{ path, text }];
      } catch {
        // try the next kind of sample
      }
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textsOf(v, path ? `${path}.${k}` : k));
  return [];
}

/** Sentences of at least MIN_WORDS words, each with where it comes from. */
function sentencesOfTexts(texts: { path: string; text: string }[]) {
  return texts
    .flatMap(({ path, text }) => sentencesOf(text).map((sentence) => ({ path, sentence, ...fleschDouma(sentence) })))
    .filter((s) => s.words >= MIN_WORDS);
}

function expectReadable(sentences: ReturnType<typeof sentencesOfTexts>, minAverage: number) {
  const hard = sentences.filter((s) => s.score < MIN_SENTENCE).map((s) => `${s.path}: "${s.sentence}" scores ${s.score.toFixed(1)} (minimum ${MIN_SENTENCE})`);
  expect(hard, hard.join('\n')).toEqual([]);
  const words = sentences.reduce((n, s) => n + s.words, 0);
  const average = sentences.reduce((sum, s) => sum + s.score * s.words, 0) / words;
  if (process.env.DUIDING_READABILITY_REPORT)
    console.log(`average ${average.toFixed(1)}, lowest ${Math.min(...sentences.map((s) => s.score)).toFixed(1)}, ${sentences.length} sentences`);
  expect(average, `average Flesch–Douma ${average.toFixed(1)} over ${sentences.length} sentences (minimum ${minAverage})`).toBeGreaterThanOrEqual(minAverage);
}

describe('readability of what residents and the council read', () => {
  it("keeps the teller's interface texts (nl) plain", () => {
    const sentences = sentencesOfTexts(textsOf(tellerNl, 'teller'));
    expect(sentences.length).toBeGreaterThan(40);
    expectReadable(sentences, MIN_AVERAGE_TELLER);
  });

  it("keeps the monitor's and the council report's own texts (nl) plain", () => {
    // The Verantwoording and the report's appendix name the tests on purpose: left out.
    const texts = [...textsOf(monitorNl, 'monitor'), ...textsOf(reportTextsNl, 'report')].filter((t) => !t.path.includes('.method.'));
    const sentences = sentencesOfTexts(texts);
    expect(sentences.length).toBeGreaterThan(40);
    expectReadable(sentences, MIN_AVERAGE_MONITOR);
  });

  it("keeps every template of the monitor's generated sentences plain", () => {
    const sentences = sentencesOfTexts(monitorSentences().map((text, i) => ({ path: `monitor sentence ${i + 1}`, text })));
    expect(sentences.length).toBeGreaterThan(15);
    expectReadable(sentences, MIN_AVERAGE_MONITOR);
  });

  it("keeps the pattern workbench's texts (nl) plain", () => {
    // The names of the tests (Spearman, Mann–Whitney …) are named on purpose: left out.
    const sentences = sentencesOfTexts(textsOf(patternsNl, 'patterns').filter((t) => !t.path.startsWith('patterns.tests')));
    expect(sentences.length).toBeGreaterThan(15);
    expectReadable(sentences, MIN_AVERAGE_MONITOR);
  });
});

/** One sentence per template of domain/monitor/sentences.ts, with the demo questionnaire's own words. */
function monitorSentences(): string[] {
  const q = questionnaire();
  const labels: ChartLabels = {
    category: (variable, value) => categoryLabel(q, variable, value, { WK1: 'Centrum', WK2: 'Noord', WK3: 'Zuid' }),
    higher: (variable) => higherEnd(q, variable),
    isShare: (variable) => variable.startsWith('wie_hielp.'),
  };
  const analyst = { threshold: 5, apply: false };
  const council = { threshold: 5, apply: true };
  const base = { statistic: 1, p: 0.001, q: 0.002, significant: true } as const;
  const groups = (a: string, b: string, list: [string, number, number][]): Pattern => ({
    ...base,
    a,
    b,
    test: list.length === 2 ? 'mann-whitney' : 'kruskal-wallis',
    n: list.reduce((s, [, n]) => s + n, 0),
    effect: { name: 'epsilon2', value: 0.1 },
    groups: list.map(([label, n, median]) => ({ label, n, median })),
  });
  const table = (a: string, b: string, rows: string[], columns: string[], counts: number[][]): Pattern => ({
    ...base,
    a,
    b,
    test: 'chi-square',
    df: 1,
    n: counts.flat().reduce((s, n) => s + n, 0),
    effect: { name: 'cramers-v', value: 0.3 },
    low_expected: false,
    table: { rows, columns, counts },
  });
  const cases: [Pattern, typeof analyst][] = [
    [
      groups('gehoord', 'rol', [
        ['jongere', 120, 45],
        ['ouder', 300, 62],
      ]),
      analyst,
    ],
    [
      groups('gehoord', 'wat_hielp=niets', [
        ['ja', 80, 30],
        ['nee', 400, 60],
      ]),
      analyst,
    ],
    [
      groups('cijfer', 'wat_hielp=luisteren', [
        ['ja', 200, 8],
        ['nee', 150, 6],
      ]),
      analyst,
    ],
    [
      groups('wie_hielp.2', 'rol', [
        ['jongere', 120, 0.3],
        ['professional', 90, 0.7],
      ]),
      analyst,
    ],
    [
      groups('gehoord', 'rol', [
        ['jongere', 120, 45],
        ['ouder', 300, 62],
        ['professional', 80, 50],
      ]),
      analyst,
    ],
    [
      groups('wachtweken', 'wijk', [
        ['WK1', 120, 6],
        ['WK2', 140, 9],
        ['WK3', 100, 4.5],
      ]),
      analyst,
    ],
    [
      groups('gehoord', 'rol', [
        ['jongere', 120, 50],
        ['ouder', 300, 50],
      ]),
      analyst,
    ],
    [
      groups('gehoord', 'rol', [
        ['jongere', 4, 45],
        ['ouder', 3, 62],
      ]),
      council,
    ],
    [
      table(
        'rol',
        'gevoel',
        ['jongere', 'ouder'],
        ['boos', 'opgelucht'],
        [
          [60, 40],
          [30, 120],
        ],
      ),
      analyst,
    ],
    [
      table(
        'wat_hielp=niets',
        'thuis',
        ['ja', 'nee'],
        ['ja', 'nee'],
        [
          [20, 60],
          [200, 100],
        ],
      ),
      analyst,
    ],
    [
      table(
        'rol',
        'gevoel',
        ['jongere', 'ouder'],
        ['boos', 'opgelucht'],
        [
          [2, 1],
          [1, 2],
        ],
      ),
      council,
    ],
    [{ ...base, a: 'gehoord', b: 'cijfer', test: 'spearman', n: 850, effect: { name: 'rho', value: 0.42 } }, analyst],
    [{ ...base, a: 'wachtweken', b: 'gehoord', test: 'spearman', n: 850, effect: { name: 'rho', value: -0.31 } }, analyst],
    [{ ...base, a: 'wachtweken', b: 'gehoord', test: 'spearman', n: 850, effect: { name: 'rho', value: 0 } }, analyst],
  ];
  return cases.flatMap(([pattern, policy]) => {
    const chart = patternChart(pattern, labels, policy);
    const sentence = patternSentence({
      test: pattern.test,
      n: policy.apply && pattern.n < 10 ? { suppressed: true } : pattern.n,
      a: variableLabel(q, pattern.a),
      b: variableLabel(q, pattern.b),
      chart,
      strength: { nl: 'matig', en: 'moderate' },
    });
    return [sentence.nl];
  });
}
