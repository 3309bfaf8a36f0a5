import { describe, expect, it } from 'vitest';
import { disqualification, strengthOf } from '../../../src/domain/monitor/strength.ts';
import type { ChiSquarePattern, GroupPattern, Pattern } from '../../../src/domain/patterns/types.ts';
import { strongestPatterns } from '../../../src/services/monitor/patterns-section.ts';

const base = { statistic: 1, p: 1e-6, q: 1e-5, significant: true } as const;
const rho = (a: string, b: string, value: number, n = 500): Pattern => ({ ...base, a, b, test: 'spearman', n, effect: { name: 'rho', value } });
const groups = (a: string, b: string, value: number, sizes: number[]): GroupPattern => ({
  ...base,
  a,
  b,
  test: sizes.length === 2 ? 'mann-whitney' : 'kruskal-wallis',
  n: sizes.reduce((s, n) => s + n, 0),
  effect: { name: sizes.length === 2 ? 'rank-biserial' : 'epsilon2', value },
  groups: sizes.map((n, i) => ({ label: `g${i}`, n, median: i })),
});
const table = (a: string, b: string, counts: number[][], value: number, lowExpected = false): ChiSquarePattern => ({
  ...base,
  a,
  b,
  test: 'chi-square',
  df: (counts.length - 1) * (counts[0].length - 1),
  n: counts.flat().reduce((s, n) => s + n, 0),
  effect: { name: 'cramers-v', value },
  low_expected: lowExpected,
  table: { rows: counts.map((_, i) => `r${i}`), columns: counts[0].map((_, j) => `c${j}`), counts },
});

describe('strength words (Cohen 1988)', () => {
  it('reads ρ and r on .10/.30/.50', () => {
    expect([0.05, 0.1, 0.29, 0.3, 0.5, -0.7].map((v) => strengthOf(rho('a', 'b', v))!.word)).toEqual(['zeer-zwak', 'zwak', 'zwak', 'matig', 'sterk', 'sterk']);
    expect(strengthOf(groups('a', 'b', -0.35, [50, 60]))!.label).toEqual({ nl: 'matig', en: 'moderate' });
  });

  it('reads ε² as η² on .01/.06/.14', () => {
    expect([0.005, 0.02, 0.08, 0.2].map((v) => strengthOf(groups('a', 'b', v, [30, 30, 30]))!.word)).toEqual(['zeer-zwak', 'zwak', 'matig', 'sterk']);
  });

  it("reads Cramér's V as w/√(k − 1): V = .30 is matig in a 2 × 2 table, .36 sterk with k = 3", () => {
    expect(
      strengthOf(
        table(
          'a',
          'b',
          [
            [50, 50],
            [50, 50],
          ],
          0.25,
        ),
      )!.word,
    ).toBe('zwak');
    expect(
      strengthOf(
        table(
          'a',
          'b',
          [
            [50, 50],
            [50, 50],
          ],
          0.3,
        ),
      )!.word,
    ).toBe('matig');
    const k3 = strengthOf(
      table(
        'a',
        'b',
        [
          [50, 50, 50],
          [50, 50, 50],
          [50, 50, 50],
        ],
        0.36,
      ),
    )!;
    expect(k3.word).toBe('sterk');
    expect(k3.convention).toContain('k = 3');
  });
});

describe('which patterns the council is shown', () => {
  it('turns down a group or a cell under the threshold, and a rough chi-square', () => {
    expect(disqualification(groups('a', 'b', 0.4, [100, 4]), 5)).toBe('small-group');
    expect(disqualification(groups('a', 'b', 0.4, [100, 5]), 5)).toBeNull();
    expect(
      disqualification(
        table(
          'a',
          'b',
          [
            [287, 0],
            [0, 1],
          ],
          1,
        ),
        5,
      ),
    ).toBe('small-group');
    expect(
      disqualification(
        table(
          'a',
          'b',
          [
            [80, 0],
            [20, 30],
          ],
          0.6,
        ),
        5,
      ),
    ).toBeNull();
    expect(
      disqualification(
        table(
          'a',
          'b',
          [
            [80, 3],
            [20, 30],
          ],
          0.6,
        ),
        5,
      ),
    ).toBe('small-group');
    expect(
      disqualification(
        table(
          'a',
          'b',
          [
            [80, 6],
            [20, 30],
          ],
          0.6,
          true,
        ),
        5,
      ),
    ).toBe('low-expected');
    expect(disqualification({ ...rho('a', 'b', 0.6), significant: false }, 5)).toBe('not-significant');
  });

  it('ranks one "uithuisplaatsing ja" story with V = 1 nowhere, and real effects by relative strength', () => {
    const lonely = {
      ...table(
        'uithuisplaatsing',
        'aanbieder',
        [
          [287, 0],
          [0, 1],
        ],
        1,
      ),
      q: 1e-66,
    };
    const chosen = strongestPatterns(
      [
        lonely,
        rho('gehoord', 'cijfer', 0.35),
        groups('wachtweken', 'wijk', 0.1, [40, 50, 60]),
        table(
          'gevoel',
          'rol',
          [
            [60, 40],
            [30, 120],
          ],
          0.3,
        ),
      ],
      new Set(),
      5,
    );
    // ε² .10 → .10/.14 = .71 of "sterk", ρ .35 → .70, V .30 (2 × 2) → .60.
    expect(chosen.map((p) => p.a)).toEqual(['wachtweken', 'gehoord', 'gevoel']);
  });
});
