// Number × choice patterns in a network against numpy/SciPy: scripts/network-reference.py fits
// the two-way ANOVA on the stories themselves (numpy.linalg.lstsq, scipy.stats.f.sf) and runs the
// scan's group test on the pooled stories; here each member is first reduced to its value counts
// per category (what leaves its node), then to cell moments, and only those are combined.
// Relative 1e-6. The "ongelijk" network is unbalanced, one member lacks a category and one saw a
// single category.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellMoments, groupPattern, interactionHeterogeneity } from '../../../src/domain/network/group-heterogeneity.ts';
import { groupValueCounts } from '../../../src/domain/network/member-statistics.ts';
import { fSf } from '../../../src/domain/stats/f-distribution.ts';
import { expectClose } from '../stats/expect-close.ts';

interface Member {
  gevoel: Array<string | null>;
  paar: Array<string | null>;
  score: Array<number | null>;
}
interface Expected {
  pooled: { test: string; statistic: number; p: number; effect: number; categories: string[]; n: number };
  members: Array<number | null>;
  heterogeneity: { df: number; dfError: number; members: number; statistic: number | null; p: number | null };
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/network.reference.json', import.meta.url), 'utf8')) as {
  groups: Array<{ name: string; members: Member[]; scoreGevoel: Expected; scorePaar: Expected }>;
};
const close = (actual: number, expected: number | null) => expectClose(actual, expected ?? Number.NaN, 1e-6);

function categorical(values: Array<string | null>) {
  const labels = [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => (a < b ? -1 : 1));
  return { labels, codes: Int32Array.from(values, (v) => (v === null ? -1 : labels.indexOf(v))) };
}
const numeric = (values: Array<number | null>) => Float64Array.from(values, (v) => v ?? Number.NaN);
const moments = (cells: ReturnType<typeof groupValueCounts>) => new Map([...cells].map(([label, values]) => [label, cellMoments(values)]));

describe.each(fixture.groups)('network $name', (network) => {
  describe.each([
    ['gevoel', 'scoreGevoel'],
    ['paar', 'scorePaar'],
  ] as const)('score × %s', (key, pairName) => {
    const expected = network[pairName];
    const cells = network.members.map((m) => groupValueCounts(numeric(m.score), categorical(m[key])));

    it('pools the pattern as the local scan tests it (mannwhitneyu / kruskal)', () => {
      const pooled = groupPattern(cells)!;
      expect(pooled.test).toBe(expected.pooled.test);
      expect(pooled.categories).toEqual(expected.pooled.categories);
      expect(pooled.n).toBe(expected.pooled.n);
      close(pooled.statistic, expected.pooled.statistic);
      close(pooled.p, expected.pooled.p);
      close(pooled.effect, expected.pooled.effect);
      cells.forEach((member, i) => {
        const own = groupPattern([member], pooled);
        if (expected.members[i] === null) expect(own?.effect ?? Number.NaN).toBeNaN();
        else close(own!.effect, expected.members[i]);
      });
    });

    it('tests the member × category interaction (two-way ANOVA, F)', () => {
      const result = interactionHeterogeneity(cells.map(moments));
      expect(result.df).toBe(expected.heterogeneity.df);
      expect(result.dfError).toBe(expected.heterogeneity.dfError);
      expect(result.members).toBe(expected.heterogeneity.members);
      close(result.statistic, expected.heterogeneity.statistic);
      close(result.p, expected.heterogeneity.p);
    });
  });
});

describe('the interaction test by hand', () => {
  const cell = (...values: number[]) => {
    const n = values.length;
    const sum = values.reduce((s, v) => s + v, 0);
    return { n, sum, squares: values.reduce((s, v) => s + (v - sum / n) ** 2, 0) };
  };

  it('finds no interaction when every member has the same category differences (F = 0)', () => {
    const a = new Map([
      ['x', cell(1, 2, 3)],
      ['y', cell(11, 12, 13)],
    ]);
    const b = new Map([
      ['x', cell(5, 6, 7, 8)],
      ['y', cell(15, 16, 17, 18)],
    ]);
    const result = interactionHeterogeneity([a, b]);
    expect(result.df).toBe(1);
    expect(result.dfError).toBe(14 - 4);
    expect(result.statistic).toBeLessThan(1e-12);
    expect(result.p).toBeCloseTo(1, 9);
  });

  it('gives no test with one member, or when no member shares two categories with another', () => {
    expect(
      interactionHeterogeneity([
        new Map([
          ['x', cell(1, 2)],
          ['y', cell(3, 4)],
        ]),
      ]).p,
    ).toBeNaN();
    // Each member saw other categories: the design falls apart, every cell is fitted exactly.
    const apart = interactionHeterogeneity([
      new Map([
        ['x', cell(1, 2)],
        ['y', cell(3, 5)],
      ]),
      new Map([
        ['z', cell(1, 9)],
        ['w', cell(3, 4)],
      ]),
    ]);
    expect(apart.df).toBe(0);
    expect(apart.p).toBeNaN();
  });

  it('matches scipy.stats.f.sf', () => {
    // scipy.stats.f.sf(3.5, 2, 40), f.sf(50, 8, 285) (a tail far below 1e-16), f.sf(0.2, 1, 10)
    close(fSf(3.5, 2, 40), 0.03974135475714913);
    close(fSf(50, 8, 285), 5.451428748163775e-50);
    close(fSf(0.2, 1, 10), 0.6642514717311352);
  });
});
