// The comparison's chart shows the counts of the comparison: one bar per category and subset, each
// carrying its count and share, bar lengths proportional to the share within the subset.
import { describe, expect, it } from 'vitest';
import { compareVariables } from '../../../src/domain/patterns/compare.ts';
import type { Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { DistributionChart } from '../../../src/web/pages/compare/distribution-chart.tsx';

const questionnaire = {
  key: 'q',
  questions: [
    { key: 'gevoel', type: 'choice', about: 'story', text: { nl: 'Gevoel' }, options: ['blij', 'boos', 'bang'].map((key) => ({ key, text: { nl: key } })) },
    { key: 'gehoord', type: 'slider', about: 'story', text: { nl: 'Gehoord' }, left: { nl: 'nee' }, right: { nl: 'ja' } },
  ],
} as unknown as Questionnaire;

// Subset a: 3 blij, 1 boos; subset b: 1 blij, 2 boos, 2 bang.
const stories = [
  ...['blij', 'blij', 'blij', 'boos'].map((gevoel, i) => ({ gevoel, gehoord: 10 + i * 20 })),
  ...['blij', 'boos', 'boos', 'bang', 'bang'].map((gevoel, i) => ({ gevoel, gehoord: 95 - i * 5 })),
];
const membership = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 1]);

async function svgOf(key: string) {
  const question = compareVariables(questionnaire, stories, membership, ['a', 'b'], new Set()).find((q) => q.key === key)!;
  const html = String(
    await DistributionChart({
      id: 't',
      title: 'T',
      desc: 'D',
      categories: question.categories,
      groups: question.groups.map((g) => ({ label: g.subset, n: g.n, counts: g.counts })),
    }),
  );
  const bars = [
    ...html.matchAll(/<g class="duiding-compare__bar" data-subset="(\d)" data-count="(\d+)"><rect [^>]*width="([\d.]+)"[^>]*\/><text[^>]*>([^<]*)<\/text>/g),
  ].map((m) => ({
    subset: Number(m[1]),
    count: Number(m[2]),
    width: Number(m[3]),
    label: m[4],
  }));
  return { question, html, bars };
}

describe('distribution chart of a comparison', () => {
  it('draws every category × subset with the right count and share', async () => {
    const { question, bars } = await svgOf('gevoel');
    expect(question.categories).toEqual(['bang', 'blij', 'boos']);
    // Category-major: bang a, bang b, blij a, blij b, boos a, boos b.
    expect(bars.map((b) => [b.subset, b.count])).toEqual([
      [0, 0],
      [1, 2],
      [0, 3],
      [1, 1],
      [0, 1],
      [1, 2],
    ]);
    expect(bars.map((b) => b.label)).toEqual(['0 (0%)', '2 (40%)', '3 (75%)', '1 (20%)', '1 (25%)', '2 (40%)']);
    // Lengths follow the share within the subset: 3 of 4 is longer than 2 of 5, and 0 draws nothing.
    expect(bars[0].width).toBe(0);
    expect(bars[2].width / bars[1].width).toBeCloseTo(0.75 / 0.4, 6);
  });

  it('bins a slider in tens and counts each subset in its bins', async () => {
    const { question, bars } = await svgOf('gehoord');
    expect(question.categories).toHaveLength(10);
    // a: 10, 30, 50, 70 → bins 1, 3, 5, 7; b: 95, 90, 85, 80, 75 → bins 9, 9, 8, 8, 7.
    const perSubset = (s: number) => bars.filter((b) => b.subset === s).map((b) => b.count);
    expect(perSubset(0)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 0]);
    expect(perSubset(1)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 2, 2]);
    expect(question.groups.map((g) => g.median)).toEqual([40, 85]);
    expect(question.test).toBe('mann-whitney');
  });

  it('has a title and description for screen readers', async () => {
    const { html } = await svgOf('gevoel');
    expect(html).toMatch(/^<svg class="duiding-chart" xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="t-title t-desc"/);
  });
});
