// The duiding.patterns/v1 document (PRODUCT.md "Patterns" and "Pattern semantics"). The fields
// of the reference scan (a, b, test, statistic, df, p, q, n, effect) come first; the rest
// (significant, groups, table, low_expected) lets a chart be drawn from a pattern alone.

export type PatternTest = 'spearman' | 'mann-whitney' | 'kruskal-wallis' | 'chi-square';
export type EffectName = 'rho' | 'rank-biserial' | 'epsilon2' | 'cramers-v';

interface PatternBase {
  a: string;
  b: string;
  test: PatternTest;
  /** null when the test is undefined for these data (see scan.ts, "degenerate pairs"). */
  statistic: number | null;
  p: number | null;
  /** Benjamini–Hochberg over all patterns of the scan that have a p; null when p is. */
  q: number | null;
  /** Stories with both values. */
  n: number;
  effect: { name: EffectName; value: number | null };
  /** q < 0.05 and n ≥ 10: small patterns are listed but never called significant. */
  significant: boolean;
}

export interface SpearmanPattern extends PatternBase {
  test: 'spearman';
}

interface GroupSummary {
  label: string;
  n: number;
  median: number;
}

export interface GroupPattern extends PatternBase {
  test: 'mann-whitney' | 'kruskal-wallis';
  /** kruskal-wallis only: groups − 1. */
  df?: number;
  /** The categories of b present among the n stories, in the order the test used them. */
  groups: GroupSummary[];
}

interface ContingencyTable {
  /** Categories of a (rows) and of b (columns) present among the n stories. */
  rows: string[];
  columns: string[];
  counts: number[][];
}

export interface ChiSquarePattern extends PatternBase {
  test: 'chi-square';
  df: number;
  /** Expected counts below 5 in more than 20% of the cells: the p-value is then rough. */
  low_expected: boolean;
  table: ContingencyTable;
}

export type Pattern = SpearmanPattern | GroupPattern | ChiSquarePattern;

export interface PatternsDocument {
  format: 'duiding.patterns/v1';
  /** Stories scanned. */
  stories: number;
  patterns: Pattern[];
}
