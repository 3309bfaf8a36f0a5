// The chart data of one pattern as the monitor shows it, with small-cell suppression already
// applied: group sizes and medians, table counts and shares based on fewer stories than the
// threshold become { suppressed: true } before anything is rendered or sent.
import type { ChiSquarePattern, GroupPattern, Pattern } from '../patterns/types.ts';
import { figure, isSuppressed, suppressParts, type Figure, type SuppressionPolicy } from '../privacy/suppression.ts';
import type { Bilingual } from './labels.ts';

export interface GroupBar {
  label: Bilingual;
  n: Figure;
  median: Figure;
}

export type PatternChart =
  /** Median of a (numeric) per category of b; higher: what a higher value of a means, if the question says. */
  /** percent: a is a share 0…1 (a triad corner), shown as a percentage. */
  | { kind: 'groups'; groups: GroupBar[]; higher: Bilingual | null; percent?: boolean }
  /** Rows: categories of a; columns: categories of b; rowShares 0…1 of each row's total. */
  | { kind: 'table'; rows: Bilingual[]; columns: Bilingual[]; counts: Figure[][]; rowShares: Figure[][]; columnShares: Figure[] }
  | { kind: 'correlation'; rho: number | null };

export interface ChartLabels {
  /** Label of a category of the pattern's variable a or b. */
  category(variable: string, value: string): Bilingual;
  /** What a higher value of a numeric variable means, or null. */
  higher(variable: string): Bilingual | null;
  /** Whether a numeric variable is a share 0…1 (a triad corner). */
  isShare?(variable: string): boolean;
}

export function patternChart(pattern: Pattern, labels: ChartLabels, policy: SuppressionPolicy): PatternChart {
  if (pattern.test === 'spearman') return { kind: 'correlation', rho: pattern.effect.value };
  if (pattern.test === 'chi-square') return tableChart(pattern, labels, policy);
  return groupChart(pattern, labels, policy);
}

function groupChart(pattern: GroupPattern, labels: ChartLabels, policy: SuppressionPolicy): PatternChart {
  const sizes = suppressParts(
    pattern.groups.map((g) => g.n),
    policy,
  );
  return {
    kind: 'groups',
    higher: labels.higher(pattern.a),
    percent: labels.isShare?.(pattern.a) ?? false,
    groups: pattern.groups.map((g, i) => ({
      label: labels.category(pattern.b, g.label),
      n: sizes[i],
      // A median hidden alongside its (secondarily) hidden size: together they would narrow it down.
      median: isSuppressed(sizes[i]) ? { suppressed: true } : figure(g.median, g.n, policy),
    })),
  };
}

function tableChart(pattern: ChiSquarePattern, labels: ChartLabels, policy: SuppressionPolicy): PatternChart {
  const { rows, columns, counts } = pattern.table;
  const rowTotals = counts.map((row) => row.reduce((s, n) => s + n, 0));
  const columnTotals = columns.map((_, j) => counts.reduce((s, row) => s + row[j], 0));
  const total = rowTotals.reduce((s, n) => s + n, 0);
  const shown = counts.map((row) => suppressParts(row, policy));
  return {
    kind: 'table',
    rows: rows.map((r) => labels.category(pattern.a, r)),
    columns: columns.map((c) => labels.category(pattern.b, c)),
    counts: shown,
    rowShares: counts.map((row, i) =>
      row.map((n, j) => (isSuppressed(shown[i][j]) || rowTotals[i] === 0 ? { suppressed: true } : figure(n / rowTotals[i], rowTotals[i], policy))),
    ),
    columnShares: columnTotals.map((n) => (total === 0 ? { suppressed: true } : figure(n / total, n, policy))),
  };
}
