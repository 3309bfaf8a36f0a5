// Number × choice patterns across the members of a network (a slider against a choice question):
// the pattern in the network and the test of whether it differs between members. Combined from
// each member's value counts per category (member-statistics.ts groupValueCounts); nothing
// row-shaped leaves a member. scripts/network-reference.py computes the same from the rows with
// numpy/SciPy, and tests/unit/network/group-heterogeneity.test.ts holds both to a relative 1e-6.
//
// - The pattern in the network is the local scan's group test on the pooled stories
//   (PRODUCT.md "Pattern semantics"): Mann–Whitney for two categories, Kruskal–Wallis for three
//   or more, the numeric variable as a; only stories with both answers; the categories are those
//   observed. The members' value counts per category merge into the pooled ranks exactly.
// - The heterogeneity is the member × category interaction of a two-way analysis of variance:
//   the full cell-means model against the additive member + category model, both by least
//   squares on the stories. Each needs only n, the mean and the sum of squared deviations per
//   member × category cell: SSE_full = Σ within-cell squares, and SSE_add − SSE_full is the
//   weighted least-squares misfit of the additive model to the cell means (weights n). Then
//   F = ((SSE_add − SSE_full)/df_int) / (SSE_full/df_err) with df_int = cells − (K + C − components)
//   and df_err = N − cells, p = scipy.stats.f.sf. A member that lacks a category leaves that cell
//   empty; the degrees of freedom count the cells that exist, so an unbalanced design and missing
//   cells need no special case (the interaction sum of squares is then the one of type II and III
//   alike, since the interaction is the last term).
//
// Why not a rank test for the interaction: ranking the pooled values and running the ANOVA on the
// ranks gives a wrong size for the interaction when the main effects are present (Blair,
// Sawilowsky & Higgins 1987), and the aligned rank transform needs the pooled residuals of every
// story, which a member cannot send. The F test on means is exact from per-cell moments and robust
// to non-normal answers at the sizes a network has; with few stories per cell it has little power,
// and the page says "no difference seen", never "the same".
import { fSf } from '../stats/f-distribution.ts';
import { kruskalWallisFromRanks } from '../stats/kruskal-wallis.ts';
import { mannWhitneyFromRanks } from '../stats/mann-whitney.ts';
import { ranksFromCounts } from '../stats/ranks.ts';
import type { HeterogeneityTest } from './heterogeneity.ts';
import type { GroupValueCounts, ValueCounts } from './member-statistics.ts';

/** n, Σx and Σ(x − x̄)² of one cell: what the F test needs (Chan et al.'s mergeable form of n, Σx, Σx²). */
export interface CellMoments {
  n: number;
  sum: number;
  /** Sum of squared deviations from the cell's mean (two passes, no cancellation of Σx² − (Σx)²/n). */
  squares: number;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function cellMoments(values: ValueCounts): CellMoments {
  let n = 0;
  let sum = 0;
  for (const [v, c] of values) {
    n += c;
    sum += c * v;
  }
  const mean = n === 0 ? 0 : sum / n;
  let squares = 0;
  for (const [v, c] of values) squares += c * (v - mean) ** 2;
  return { n, sum, squares };
}

export interface InteractionTest extends HeterogeneityTest {
  test: 'anova-interaction';
  /** The denominator's degrees of freedom, N − cells (df is the numerator's, the interaction's). */
  dfError: number;
}

/**
 * Does the number × choice pattern differ between members? The member × category interaction
 * F test from each member's moments per category. Members without a story that answered both do
 * not enter. NaN p when it cannot be done: fewer than two members, no interaction degrees of
 * freedom (e.g. every member saw a different single category), no error degrees of freedom, or no
 * variation within the cells.
 */
export function interactionHeterogeneity(members: ReadonlyArray<ReadonlyMap<string, CellMoments>>): InteractionTest {
  const withData = members.filter((m) => [...m.values()].some((c) => c.n > 0));
  const categories = [...new Set(withData.flatMap((m) => [...m.keys()].filter((k) => m.get(k)!.n > 0)))].sort(byCodePoint);
  const k = withData.length;
  const c = categories.length;
  const cells: { member: number; category: number; n: number; mean: number }[] = [];
  let total = 0;
  let within = 0;
  withData.forEach((m, i) =>
    categories.forEach((label, j) => {
      const cell = m.get(label);
      if (!cell || cell.n === 0) return;
      cells.push({ member: i, category: j, n: cell.n, mean: cell.sum / cell.n });
      total += cell.n;
      within += cell.squares;
    }),
  );
  const components = connectedComponents(k, c, cells);
  const df = cells.length - (k + c - components.count);
  const dfError = total - cells.length;
  const undone: InteractionTest = { test: 'anova-interaction', statistic: Number.NaN, df, dfError, p: Number.NaN, members: k };
  if (k < 2 || df <= 0 || dfError <= 0 || !(within > 0)) return undone;
  const fitted = additiveFit(k, c, cells, components.of);
  const interaction = cells.reduce((s, cell, x) => s + cell.n * (cell.mean - fitted[x]) ** 2, 0);
  const f = interaction / df / (within / dfError);
  return { test: 'anova-interaction', statistic: f, df, dfError, p: fSf(f, df, dfError), members: k };
}

/** Members 0…k−1 and categories k…k+c−1 linked by their non-empty cells: the design's connected parts. */
function connectedComponents(k: number, c: number, cells: ReadonlyArray<{ member: number; category: number }>) {
  const parent = Array.from({ length: k + c }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const cell of cells) parent[find(cell.member)] = find(k + cell.category);
  const roots = new Set<number>();
  for (let x = 0; x < k + c; x++) roots.add(find(x));
  return { count: roots.size, of: (x: number) => find(x) };
}

/**
 * The additive model's fitted cell means, by weighted least squares (weights n) on the cell
 * means: μ_ij = α_i + β_j. Eliminating α leaves a weighted Laplacian system for β, singular once
 * per connected part; fixing the first category of each part at 0 makes it positive definite,
 * solved by Cholesky. The fitted values do not depend on which category is fixed.
 */
function additiveFit(
  k: number,
  c: number,
  cells: ReadonlyArray<{ member: number; category: number; n: number; mean: number }>,
  componentOf: (x: number) => number,
): number[] {
  // Centre on the grand mean: the system then solves for small numbers.
  const total = cells.reduce((s, x) => s + x.n, 0);
  const grand = cells.reduce((s, x) => s + x.n * x.mean, 0) / total;
  const memberN = new Array<number>(k).fill(0);
  const memberSum = new Array<number>(k).fill(0);
  const categoryN = new Array<number>(c).fill(0);
  const categorySum = new Array<number>(c).fill(0);
  for (const x of cells) {
    memberN[x.member] += x.n;
    memberSum[x.member] += x.n * (x.mean - grand);
    categoryN[x.category] += x.n;
    categorySum[x.category] += x.n * (x.mean - grand);
  }
  const fixed = new Set<number>();
  const seenParts = new Set<number>();
  for (let j = 0; j < c; j++) {
    const part = componentOf(k + j);
    if (!seenParts.has(part)) {
      seenParts.add(part);
      fixed.add(j);
    }
  }
  const free = [...Array(c).keys()].filter((j) => !fixed.has(j));
  const index = new Map(free.map((j, r) => [j, r]));
  const size = free.length;
  const a = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const b = new Array<number>(size).fill(0);
  free.forEach((j, r) => {
    a[r][r] += categoryN[j];
    b[r] += categorySum[j];
  });
  const byMember = Array.from({ length: k }, () => [] as { category: number; n: number }[]);
  for (const x of cells) byMember[x.member].push({ category: x.category, n: x.n });
  byMember.forEach((list, i) => {
    for (const u of list) {
      const r = index.get(u.category);
      if (r === undefined) continue;
      b[r] -= (u.n * memberSum[i]) / memberN[i];
      for (const v of list) {
        const s = index.get(v.category);
        if (s !== undefined) a[r][s] -= (u.n * v.n) / memberN[i];
      }
    }
  });
  const solved = choleskySolve(a, b);
  const beta = new Array<number>(c).fill(0);
  free.forEach((j, r) => {
    beta[j] = solved[r];
  });
  const alpha = memberSum.map((s, i) => s / memberN[i]);
  for (const x of cells) alpha[x.member] -= (x.n * beta[x.category]) / memberN[x.member];
  return cells.map((x) => grand + alpha[x.member] + beta[x.category]);
}

/** Solves A x = b for a symmetric positive definite A. */
function choleskySolve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let p = 0; p < j; p++) s -= l[i][p] * l[j][p];
      l[i][j] = i === j ? Math.sqrt(s) : s / l[j][j];
    }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let p = 0; p < i; p++) s -= l[i][p] * y[p];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let p = i + 1; p < n; p++) s -= l[p][i] * x[p];
    x[i] = s / l[i][i];
  }
  return x;
}

export interface GroupPattern {
  test: 'mann-whitney' | 'kruskal-wallis';
  statistic: number;
  p: number;
  /** Rank-biserial r (Mann–Whitney; r > 0 when the second category's values tend to be larger) or ε² = H/(n − 1). */
  effect: number;
  /** The categories that are groups, in code-point order. */
  categories: string[];
  n: number;
}

/**
 * The local scan's group test (domain/patterns/group-pair.ts) on the stories of all these members
 * together: mannwhitneyu for two observed categories, kruskal for more; null with fewer than two
 * (the scan lists no pattern then). `as` forces the test, for a member's own effect beside the
 * network's: Mann–Whitney then needs the network's two categories, Kruskal–Wallis any two.
 */
export function groupPattern(members: readonly GroupValueCounts[], as?: { test: GroupPattern['test']; categories: readonly string[] }): GroupPattern | null {
  const merged = new Map<string, Map<number, number>>();
  for (const m of members)
    for (const [label, values] of m)
      for (const [v, count] of values) {
        if (count === 0) continue;
        let cell = merged.get(label);
        if (!cell) merged.set(label, (cell = new Map()));
        cell.set(v, (cell.get(v) ?? 0) + count);
      }
  const categories = [...merged.keys()].sort(byCodePoint);
  if (categories.length < 2) return null;
  const test = as?.test ?? (categories.length === 2 ? 'mann-whitney' : 'kruskal-wallis');
  if (test === 'mann-whitney' && as && !as.categories.every((label) => merged.has(label))) return null;
  const groups = test === 'mann-whitney' && as ? [...as.categories] : categories;
  const values = [...new Set(groups.flatMap((label) => [...merged.get(label)!.keys()]))].sort((x, y) => x - y);
  const position = new Map(values.map((v, i) => [v, i]));
  const pooled = new Float64Array(values.length);
  for (const label of groups) for (const [v, count] of merged.get(label)!) pooled[position.get(v)!] += count;
  const ranks = new Float64Array(values.length);
  const tieTerm = ranksFromCounts(pooled, ranks);
  const sizes = groups.map((label) => [...merged.get(label)!.values()].reduce((s, x) => s + x, 0));
  const rankSums = groups.map((label) => [...merged.get(label)!].reduce((s, [v, count]) => s + count * ranks[position.get(v)!], 0));
  const n = sizes.reduce((s, x) => s + x, 0);
  if (test === 'mann-whitney') {
    const result = mannWhitneyFromRanks(rankSums[0], sizes[0], sizes[1], tieTerm);
    return { test, statistic: result.statistic, p: result.p, effect: result.rankBiserial, categories: groups, n };
  }
  const result = kruskalWallisFromRanks(rankSums, sizes, tieTerm);
  return { test, statistic: result.statistic, p: result.p, effect: result.epsilon2, categories: groups, n };
}
