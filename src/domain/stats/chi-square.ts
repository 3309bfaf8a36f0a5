// Chi-square test of independence, as scipy.stats.chi2_contingency(table, correction=False)
// (SciPy 1.10), with Cramér's V = sqrt(χ² / (n·(min(rows, columns) − 1))).
import { chiSquareSf } from './distributions.ts';

export interface ChiSquareResult {
  statistic: number;
  df: number;
  p: number;
  cramersV: number;
  /** Expected counts below 5 in more than 20% of the cells: the usual warning for this test. */
  lowExpected: boolean;
  /** Indices of the rows and columns that were kept (non-empty), into the input table. */
  rows: number[];
  columns: number[];
}

/**
 * Rows and columns whose total is 0 are dropped first. SciPy raises on them ("expected
 * frequencies has a zero element"); dropping them is what a cross-tabulation of the observed
 * values gives anyway (an unobserved category is absent), so a 2×k table with an empty row is
 * tested as the 1×k table it reduces to. Like SciPy, a table with one row or column left has
 * df = 0, χ² = 0 and p = 1 (Cramér's V is then undefined: NaN); an empty table gives NaN.
 */
export function chiSquareIndependence(table: ReadonlyArray<ArrayLike<number>>): ChiSquareResult {
  const rowTotals = table.map((row) => sum(row));
  const rows = indicesWhere(rowTotals, (t) => t > 0);
  const columnCount = table.length > 0 ? table[0].length : 0;
  const columnTotals = Array.from({ length: columnCount }, (_, c) => sum(table.map((row) => row[c])));
  const columns = indicesWhere(columnTotals, (t) => t > 0);
  const n = sum(rows.map((r) => rowTotals[r]));
  const shape = { rows, columns };
  if (n === 0) return { statistic: NaN, df: 0, p: NaN, cramersV: NaN, lowExpected: false, ...shape };
  const df = (rows.length - 1) * (columns.length - 1);
  let statistic = 0;
  let lowCells = 0;
  for (const r of rows) {
    for (const c of columns) {
      const expected = (rowTotals[r] * columnTotals[c]) / n;
      const difference = table[r][c] - expected;
      statistic += (difference * difference) / expected;
      if (expected < 5) lowCells++;
    }
  }
  const lowExpected = lowCells > 0.2 * rows.length * columns.length;
  if (df === 0) return { statistic: 0, df, p: 1, cramersV: NaN, lowExpected, ...shape };
  const cramersV = Math.sqrt(statistic / (n * (Math.min(rows.length, columns.length) - 1)));
  return { statistic, df, p: chiSquareSf(statistic, df), cramersV, lowExpected, ...shape };
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

function indicesWhere(values: number[], keep: (v: number) => boolean): number[] {
  return values.flatMap((v, i) => (keep(v) ? [i] : []));
}
