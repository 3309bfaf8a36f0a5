// categorical × categorical → chi-square test of independence
// (scipy.stats.chi2_contingency(pd.crosstab(a, b), correction=False)), effect Cramér's V.
import { chiSquareIndependence } from '../stats/chi-square.ts';
import type { ChiSquarePattern } from './types.ts';
import type { CategoricalVariable } from './variables.ts';

/**
 * The table holds only the categories observed among the stories with both values, as a
 * cross-tabulation does. Fewer than two rows or columns: no test, no pattern (as the reference).
 */
export function tablePattern(a: CategoricalVariable, b: CategoricalVariable): ChiSquarePattern | null {
  const rowCount = a.labels.length;
  const columnCount = b.labels.length;
  const flat = new Float64Array(rowCount * columnCount);
  const codesA = a.codes;
  const codesB = b.codes;
  for (let i = 0; i < codesA.length; i++) {
    if (codesA[i] >= 0 && codesB[i] >= 0) flat[codesA[i] * columnCount + codesB[i]]++;
  }
  const full = Array.from({ length: rowCount }, (_, r) => flat.subarray(r * columnCount, (r + 1) * columnCount));
  const result = chiSquareIndependence(full);
  if (result.rows.length < 2 || result.columns.length < 2) return null;
  const counts = result.rows.map((r) => result.columns.map((c) => full[r][c]));
  const n = counts.reduce((sum, row) => sum + row.reduce((s, k) => s + k, 0), 0);
  return {
    a: a.name,
    b: b.name,
    test: 'chi-square',
    statistic: result.statistic,
    df: result.df,
    p: result.p,
    q: null,
    n,
    effect: { name: 'cramers-v', value: result.cramersV },
    significant: false,
    low_expected: result.lowExpected,
    table: {
      rows: result.rows.map((r) => a.labels[r]),
      columns: result.columns.map((c) => b.labels[c]),
      counts,
    },
  };
}
