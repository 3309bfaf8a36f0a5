// The figures of one monitor pattern for a reader with rounding applied: table cells, their row
// and column shares, group sizes and medians, and the pattern's n. Cells are rounded atom by atom
// (rounding.ts); shares, margins and n are computed from the rounded cells only, so a reader
// cannot subtract visible cells from an exact margin (issue 10, class 1).
import type { PatternChart } from '../monitor/pattern-chart.ts';
import type { Pattern } from '../patterns/types.ts';
import type { AnalysisVariables } from '../patterns/variables.ts';
import { cellAtoms, monthAtoms, type StoryMonths } from './atoms.ts';
import { discloseAtoms, shareFigure, sumDisclosed, valueFigure, type Disclosed, type DisclosurePolicy, type Figure } from './rounding.ts';

export interface PatternStories {
  variables: AnalysisVariables;
  stories: StoryMonths;
}

const numeric = (v: AnalysisVariables, name: string) => v.numeric.find((x) => x.name === name) ?? null;
const categorical = (v: AnalysisVariables, name: string) => v.categorical.find((x) => x.name === name) ?? null;

/**
 * Replaces the figures of an exact chart (built for a full view) by disclosed ones. Returns null
 * when the pattern's variables are not among the stories (then the caller hides the chart).
 */
export function disclosePattern(
  pattern: Pattern,
  chart: PatternChart,
  source: PatternStories,
  policy: DisclosurePolicy,
): { chart: PatternChart; n: Figure } | null {
  const { variables, stories } = source;
  if (pattern.test === 'chi-square' && chart.kind === 'table') {
    const a = categorical(variables, pattern.a);
    const b = categorical(variables, pattern.b);
    if (!a || !b) return null;
    const atoms = cellAtoms(stories, (i) => (a.codes[i] < 0 || b.codes[i] < 0 ? null : `${a.labels[a.codes[i]]}\u001f${b.labels[b.codes[i]]}`));
    const cells: Disclosed[][] = pattern.table.rows.map((r) => pattern.table.columns.map((c) => discloseAtoms(atoms.get(`${r}\u001f${c}`) ?? [], policy)));
    const rowTotals = cells.map((row) => sumDisclosed(row, policy));
    const columnTotals = pattern.table.columns.map((_, j) =>
      sumDisclosed(
        cells.map((row) => row[j]),
        policy,
      ),
    );
    const total = sumDisclosed(rowTotals, policy);
    return {
      n: total.figure,
      chart: {
        ...chart,
        counts: cells.map((row) => row.map((c) => c.figure)),
        rowShares: cells.map((row, i) => row.map((c) => shareFigure(c, rowTotals[i], policy))),
        columnShares: columnTotals.map((c) => shareFigure(c, total, policy)),
      },
    };
  }
  if ((pattern.test === 'mann-whitney' || pattern.test === 'kruskal-wallis') && chart.kind === 'groups') {
    const a = numeric(variables, pattern.a);
    const b = categorical(variables, pattern.b);
    if (!a || !b) return null;
    const atoms = cellAtoms(stories, (i) => (Number.isNaN(a.values[i]) || b.codes[i] < 0 ? null : b.labels[b.codes[i]]));
    const sizes = pattern.groups.map((g) => discloseAtoms(atoms.get(g.label) ?? [], policy));
    return {
      n: sumDisclosed(sizes, policy).figure,
      chart: { ...chart, groups: chart.groups.map((g, i) => ({ ...g, n: sizes[i].figure, median: valueFigure(pattern.groups[i].median, sizes[i], policy) })) },
    };
  }
  if (pattern.test === 'spearman') {
    const a = numeric(variables, pattern.a);
    const b = numeric(variables, pattern.b);
    if (!a || !b) return null;
    return {
      n: discloseAtoms(
        monthAtoms(stories, (i) => !Number.isNaN(a.values[i]) && !Number.isNaN(b.values[i])),
        policy,
      ).figure,
      chart,
    };
  }
  return null;
}
