// How strong a pattern is, in one plain word beside the number, and which patterns may be shown
// to the council at all. The words follow Cohen's conventions per measure:
//
//   J. Cohen (1988), Statistical Power Analysis for the Behavioral Sciences, 2nd ed.:
//   - correlation r (here Spearman's ρ and the rank-biserial r): small .10, medium .30, large .50
//     (ch. 3);
//   - w for contingency tables (ch. 7): small .10, medium .30, large .50, with Cramér's
//     V = w / √(k − 1), k = the smaller of rows and columns; so V's boundaries are Cohen's divided
//     by √(k − 1);
//   - η² (ch. 8, f² converted): small .01, medium .06, large .14; Kruskal–Wallis' ε² = H/(n − 1)
//     is read on that scale (Tomczak & Tomczak 2014, Trends Sport Sci. 21(1):19–25).
//
// Below "small" the word is "zeer zwak": significant with many stories, but hardly a difference.
import type { Pattern } from '../patterns/types.ts';
import type { Bilingual } from './labels.ts';

export type StrengthWord = 'zeer-zwak' | 'zwak' | 'matig' | 'sterk';

export interface Strength {
  word: StrengthWord;
  label: Bilingual;
  /** The measure's value on its own scale (|ρ|, |r|, V, ε²). */
  value: number;
  /** value / the measure's "large" boundary: 1 = the start of "sterk", comparable across measures. */
  relative: number;
  /** Which convention the word comes from, e.g. "Cohen (1988): V .10/.30/.50 ÷ √(k−1), k = 2". */
  convention: string;
}

const LABELS: Record<StrengthWord, Bilingual> = {
  'zeer-zwak': { nl: 'zeer zwak', en: 'very weak' },
  zwak: { nl: 'zwak', en: 'weak' },
  matig: { nl: 'matig', en: 'moderate' },
  sterk: { nl: 'sterk', en: 'strong' },
};

/** Cohen's small / medium / large for the pattern's measure. */
function boundaries(pattern: Pattern): { small: number; medium: number; large: number; convention: string } {
  switch (pattern.effect.name) {
    case 'epsilon2':
      return { small: 0.01, medium: 0.06, large: 0.14, convention: 'Cohen (1988): ε² als η², .01/.06/.14' };
    case 'cramers-v': {
      const k = pattern.test === 'chi-square' ? Math.max(2, Math.min(pattern.table.rows.length, pattern.table.columns.length)) : 2;
      const root = Math.sqrt(k - 1);
      return { small: 0.1 / root, medium: 0.3 / root, large: 0.5 / root, convention: `Cohen (1988): V = w/√(k−1), w .10/.30/.50, k = ${k}` };
    }
    case 'rank-biserial':
      return { small: 0.1, medium: 0.3, large: 0.5, convention: 'Cohen (1988): r .10/.30/.50' };
    case 'rho':
      return { small: 0.1, medium: 0.3, large: 0.5, convention: 'Cohen (1988): ρ als r, .10/.30/.50' };
  }
}

export function strengthOf(pattern: Pattern): Strength | null {
  if (pattern.effect.value === null || Number.isNaN(pattern.effect.value)) return null;
  const value = Math.abs(pattern.effect.value);
  const b = boundaries(pattern);
  const word: StrengthWord = value >= b.large ? 'sterk' : value >= b.medium ? 'matig' : value >= b.small ? 'zwak' : 'zeer-zwak';
  return { word, label: LABELS[word], value, relative: value / b.large, convention: b.convention };
}

/** The word for a correlation across wijken (warm × cold): Cohen's r, .10/.30/.50. */
export function correlationStrength(rho: number): Bilingual {
  const value = Math.abs(rho);
  return LABELS[value >= 0.5 ? 'sterk' : value >= 0.3 ? 'matig' : value >= 0.1 ? 'zwak' : 'zeer-zwak'];
}

export type Disqualification = 'not-significant' | 'small-group' | 'low-expected' | 'no-effect';

/**
 * Whether a council may be shown the pattern: significant, every group or table cell it shows
 * resting on at least `threshold` stories (a cell of 0 shows nobody and is allowed), and no
 * chi-square with low expected counts (its p is then rough). A pair with one story in a group
 * gets V = 1 and a tiny q, yet says nothing about more than that one story.
 */
export function disqualification(pattern: Pattern, threshold: number): Disqualification | null {
  if (!pattern.significant || pattern.q === null) return 'not-significant';
  if (strengthOf(pattern) === null) return 'no-effect';
  if (pattern.n < threshold) return 'small-group';
  if (pattern.test === 'mann-whitney' || pattern.test === 'kruskal-wallis') {
    if (pattern.groups.some((g) => g.n < threshold)) return 'small-group';
  } else if (pattern.test === 'chi-square') {
    const { counts } = pattern.table;
    const rowTotals = counts.map((row) => row.reduce((s, n) => s + n, 0));
    const columnTotals = counts[0]?.map((_, j) => counts.reduce((s, row) => s + row[j], 0)) ?? [];
    if ([...rowTotals, ...columnTotals].some((n) => n < threshold)) return 'small-group';
    if (counts.some((row) => row.some((n) => n > 0 && n < threshold))) return 'small-group';
    if (pattern.low_expected) return 'low-expected';
  }
  return null;
}
