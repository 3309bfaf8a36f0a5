// Degenerate pairs (see the header of src/domain/patterns/scan.ts for the decisions). The SciPy
// behaviour each follows is quoted; the values themselves are checked in tests/unit/stats.
import { describe, expect, it } from 'vitest';
import { scanPatterns } from '../../../src/domain/patterns/scan.ts';
import type { Pattern } from '../../../src/domain/patterns/types.ts';
import type { AnswerValue, Question, Questionnaire } from '../../../src/domain/questionnaire/types.ts';

const t = (s: string) => ({ nl: s });
const slider = (key: string): Question => ({ key, about: 'story', type: 'slider', text: t(key), left: t('-'), right: t('+') });
const choice = (key: string): Question => ({ key, about: 'story', type: 'choice', text: t(key), options: [] });
const questionnaireOf = (...questions: Question[]): Questionnaire => ({
  format: 'duiding.questionnaire/v1',
  key: 'degenerate',
  title: t('degenerate'),
  languages: ['nl'],
  prompts: [],
  questions,
});
const find = (patterns: Pattern[], a: string, b: string) => patterns.find((p) => p.a === a && p.b === b);

describe('degenerate pairs', () => {
  it('lists Spearman with a constant variable with p = q = null (SciPy: nan), outside BH', () => {
    const stories: Record<string, AnswerValue>[] = Array.from({ length: 12 }, (_, i) => ({ x: i, y: (i * 7) % 12, c: 5 }));
    const { patterns } = scanPatterns(questionnaireOf(slider('x'), slider('y'), slider('c')), stories);
    expect(find(patterns, 'x', 'c')).toMatchObject({ test: 'spearman', statistic: null, p: null, q: null, n: 12, significant: false });
    // Only x × y has a p, so BH over one test leaves it unchanged.
    const xy = find(patterns, 'x', 'y')!;
    expect(xy.q).toBe(xy.p);
  });

  it('gives Spearman of two stories ρ but no p (spearmanr([1,2],[3,5]) → 0.9999999999999999, nan)', () => {
    const stories: Record<string, AnswerValue>[] = [{ x: 1, y: 3 }, { x: 2, y: 5 }, { x: 3 }];
    const [pattern] = scanPatterns(questionnaireOf(slider('x'), slider('y')), stories).patterns;
    expect(pattern).toMatchObject({ n: 2, p: null, q: null });
    expect(Math.abs(pattern.statistic! - 1)).toBeLessThan(1e-15);
  });

  it('lists Spearman without shared stories with n = 0 and no p', () => {
    const [pattern] = scanPatterns(questionnaireOf(slider('x'), slider('y')), [{ x: 1 }, { y: 2 }]).patterns;
    expect(pattern).toMatchObject({ test: 'spearman', n: 0, statistic: null, p: null });
  });

  it('skips a numeric × categorical pair with one group, and a table with one row', () => {
    const stories = Array.from({ length: 8 }, (_, i) => ({ x: i, g: 'a', h: i % 2 ? 'p' : 'q' }));
    const { patterns } = scanPatterns(questionnaireOf(slider('x'), choice('g'), choice('h')), stories);
    expect(patterns.map((p) => `${p.a} × ${p.b}`)).toEqual(['x × h']);
  });

  it('gives Kruskal–Wallis on all-equal values no statistic and no p (SciPy raises)', () => {
    const stories = ['a', 'b', 'c', 'a', 'b', 'c'].map((g) => ({ x: 4, g }));
    const [pattern] = scanPatterns(questionnaireOf(slider('x'), choice('g')), stories).patterns;
    expect(pattern).toMatchObject({ test: 'kruskal-wallis', df: 2, statistic: null, p: null, q: null });
  });

  it('gives Mann–Whitney on all-equal values p = 1, as SciPy, and counts it in BH', () => {
    const stories = ['a', 'b', 'a', 'b', 'a'].map((g) => ({ x: 4, g }));
    const [pattern] = scanPatterns(questionnaireOf(slider('x'), choice('g')), stories).patterns;
    expect(pattern).toMatchObject({ test: 'mann-whitney', statistic: 3, p: 1, q: 1 });
    expect(pattern.effect).toEqual({ name: 'rank-biserial', value: 0 });
  });

  it('gives groups of one their own median and a tiny Mann–Whitney its p', () => {
    const stories = [
      { x: 1, g: 'b' },
      { x: 2, g: 'a' },
    ];
    const [pattern] = scanPatterns(questionnaireOf(slider('x'), choice('g')), stories).patterns;
    expect(pattern).toMatchObject({ test: 'mann-whitney', statistic: 1, p: 1, n: 2 });
    if (pattern.test !== 'mann-whitney') return;
    expect(pattern.groups).toEqual([
      { label: 'a', n: 1, median: 2 },
      { label: 'b', n: 1, median: 1 },
    ]);
  });

  it('takes the median of an even group as the mean of the middle two', () => {
    const stories = [1, 9, 3, 7, 5, 4].map((x, i) => ({ x, g: i < 4 ? 'a' : 'b' }));
    const [pattern] = scanPatterns(questionnaireOf(slider('x'), choice('g')), stories).patterns;
    if (pattern.test !== 'mann-whitney') throw new Error('expected mann-whitney');
    expect(pattern.groups).toEqual([
      { label: 'a', n: 4, median: 5 },
      { label: 'b', n: 2, median: 4.5 },
    ]);
  });

  it('never calls a pattern of fewer than 10 stories significant, however small q is', () => {
    const stories = Array.from({ length: 9 }, (_, i) => ({ x: i, y: 2 * i }));
    const [pattern] = scanPatterns(questionnaireOf(slider('x'), slider('y')), stories).patterns;
    expect(pattern.q).toBeLessThan(1e-10);
    expect(pattern.significant).toBe(false);
  });

  it('returns an empty scan for no stories', () => {
    expect(scanPatterns(questionnaireOf(slider('x'), choice('g')), [])).toEqual({
      format: 'duiding.patterns/v1',
      stories: 0,
      patterns: [],
    });
  });
});
