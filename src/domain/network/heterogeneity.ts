// Combining the members' sufficient statistics (member-statistics.ts) into network figures and
// tests of heterogeneity across members: does a question's distribution, or a pattern between two
// questions, differ between the member municipalities? Each test names the SciPy function (or the
// textbook formula on SciPy's distributions) it matches; scripts/network-reference.py computes
// the same from the rows with SciPy, and the unit test holds both to a relative 1e-6.
//
// - choice question: chi-square test of homogeneity of the member × category table
//   (scipy.stats.chi2_contingency(table, correction=False));
// - number question: Kruskal–Wallis across members (scipy.stats.kruskal(*members)), from the
//   members' value counts, which give the pooled average ranks exactly;
// - choice × choice pattern: the test of no three-way interaction (homogeneous association) on
//   the member × row × column table: expected counts by iterative proportional fitting of the
//   three two-way margins, Pearson X² with (K − 1)(r − 1)(c − 1) degrees of freedom
//   (Bishop, Fienberg & Holland 1975, ch. 3; for 2 × 2 tables the large-sample equivalent of
//   Breslow–Day's test of equal odds ratios, but defined for any r × c);
// - number × number pattern: Cochran's Q on the members' Fisher-transformed Spearman ρ,
//   z = atanh ρ with variance 1.06/(n − 3) (Fieller, Hartley & Pearson 1957), Q ~ χ²(k − 1),
//   with I² = max(0, (Q − df)/Q) and the fixed-effect pooled ρ = tanh(z̄).
import { chiSquareIndependence } from '../stats/chi-square.ts';
import { chiSquareSf, normalSf } from '../stats/distributions.ts';
import { kruskalWallisFromRanks } from '../stats/kruskal-wallis.ts';
import { ranksFromCounts } from '../stats/ranks.ts';
import type { CategoryCounts, CrossCounts, RankCorrelation, ValueCounts } from './member-statistics.ts';

export interface HeterogeneityTest {
  test: 'chi-square-homogeneity' | 'kruskal-wallis' | 'no-three-way-interaction' | 'cochran-q' | 'anova-interaction';
  statistic: number;
  df: number;
  /** NaN when the test cannot be done (fewer than two members with data, no variation). */
  p: number;
  /** Members whose data entered the test. */
  members: number;
}

/** Code-point order, as Python sorts strings (the reference) and the scan orders labels. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The union of the members' labels, in code-point order. */
function unionLabels(sets: ReadonlyArray<Iterable<string>>): string[] {
  const all = new Set<string>();
  for (const set of sets) for (const label of set) all.add(label);
  return [...all].sort(byCodePoint);
}

/** Does a choice question's distribution differ between members? chi2_contingency(members × categories). */
export function categoryHomogeneity(members: readonly CategoryCounts[]): HeterogeneityTest & { cramersV: number } {
  const withData = members.filter((m) => [...m.values()].some((c) => c > 0));
  const labels = unionLabels(withData.map((m) => m.keys()));
  const table = withData.map((m) => labels.map((label) => m.get(label) ?? 0));
  const result = chiSquareIndependence(table);
  const undone = withData.length < 2 || result.df === 0;
  return {
    test: 'chi-square-homogeneity',
    statistic: undone ? Number.NaN : result.statistic,
    df: result.df,
    p: undone ? Number.NaN : result.p,
    cramersV: undone ? Number.NaN : result.cramersV,
    members: withData.length,
  };
}

/** The distinct values of all members with each member's count per value (columns = members). */
function alignValues(members: readonly ValueCounts[]): { values: number[]; counts: number[][] } {
  const values = [...new Set(members.flatMap((m) => m.map(([v]) => v)))].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const counts = members.map((m) => {
    const row = new Array<number>(values.length).fill(0);
    for (const [v, c] of m) row[index.get(v)!] += c;
    return row;
  });
  return { values, counts };
}

/** The network's counts per distinct value: the members' value counts merged. */
export function pooledValueCounts(members: readonly ValueCounts[]): Array<[number, number]> {
  const { values, counts } = alignValues(members);
  return values.map((v, i) => [v, counts.reduce((s, row) => s + row[i], 0)]);
}

/** numpy.median of the values a ValueCounts describes (the mean of the two middle ones for an even n). */
export function medianOfCounts(counts: ValueCounts): number {
  const n = counts.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return Number.NaN;
  const at = (k: number) => {
    let seen = 0;
    for (const [v, c] of counts) {
      seen += c;
      if (k < seen) return v;
    }
    return Number.NaN;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** Does a number question differ between members? kruskal(*members) from value counts. */
export function valueHeterogeneity(members: readonly ValueCounts[]): HeterogeneityTest & { epsilon2: number } {
  const withData = members.filter((m) => m.some(([, c]) => c > 0));
  const { counts } = alignValues(withData);
  const pooled = counts.length === 0 ? [] : counts[0].map((_, i) => counts.reduce((s, row) => s + row[i], 0));
  const rankOfValue = new Float64Array(pooled.length);
  const tieTerm = ranksFromCounts(pooled, rankOfValue);
  const rankSums = counts.map((row) => row.reduce((s, c, i) => s + c * rankOfValue[i], 0));
  const sizes = counts.map((row) => row.reduce((s, c) => s + c, 0));
  const result = kruskalWallisFromRanks(rankSums, sizes, tieTerm);
  return { test: 'kruskal-wallis', statistic: result.statistic, df: result.df, p: result.p, epsilon2: result.epsilon2, members: withData.length };
}

/** The members' cross counts summed into one table over the union of labels (the network's pattern). */
export function pooledCrossCounts(members: readonly CrossCounts[]): CrossCounts {
  const rows = unionLabels(members.map((m) => m.rows));
  const columns = unionLabels(members.map((m) => m.columns));
  const counts = rows.map((r) => columns.map((c) => members.reduce((s, m) => s + cellOf(m, r, c), 0)));
  return { rows, columns, counts };
}

function cellOf(table: CrossCounts, row: string, column: string): number {
  const i = table.rows.indexOf(row);
  const j = table.columns.indexOf(column);
  return i < 0 || j < 0 ? 0 : table.counts[i][j];
}

const IPF_TOLERANCE = 1e-10;
const IPF_MAX_ITERATIONS = 10_000;

/**
 * Does the association between two choice questions differ between members? The test of no
 * three-way interaction on members × rows × columns. Rows and columns are those every member with
 * data observed in this pair (a category missing in one member would make a margin zero, and then
 * the degrees of freedom depend on which parameters can be estimated; dropping it keeps the test
 * exact and simple). A pooled cell that is empty has fitted 0 in every member and removes K − 1
 * degrees of freedom.
 */
export function associationHeterogeneity(members: readonly CrossCounts[]): HeterogeneityTest {
  const withData = members.filter((m) => m.counts.some((row) => row.some((c) => c > 0)));
  const observedRows = (m: CrossCounts) => m.rows.filter((_, i) => m.counts[i].some((c) => c > 0));
  const observedColumns = (m: CrossCounts) => m.columns.filter((_, j) => m.counts.some((row) => row[j] > 0));
  const rows = unionLabels([withData.length ? observedRows(withData[0]) : []]).filter((r) => withData.every((m) => observedRows(m).includes(r)));
  const columns = unionLabels([withData.length ? observedColumns(withData[0]) : []]).filter((c) => withData.every((m) => observedColumns(m).includes(c)));
  const k = withData.length;
  const undone = (df: number): HeterogeneityTest => ({ test: 'no-three-way-interaction', statistic: Number.NaN, df, p: Number.NaN, members: k });
  if (k < 2 || rows.length < 2 || columns.length < 2) return undone(0);
  const n = withData.map((m) => rows.map((r) => columns.map((c) => cellOf(m, r, c))));
  const fitted = fitNoThreeWay(n);
  let statistic = 0;
  let emptyPooledCells = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < columns.length; j++) {
      if (n.every((table) => table[i][j] === 0)) emptyPooledCells++;
      for (let m = 0; m < k; m++) {
        const expected = fitted[m][i][j];
        if (expected > 0) statistic += (n[m][i][j] - expected) ** 2 / expected;
      }
    }
  }
  const df = (k - 1) * (rows.length - 1) * (columns.length - 1) - emptyPooledCells * (k - 1);
  if (!(df > 0)) return undone(df);
  return { test: 'no-three-way-interaction', statistic, df, p: chiSquareSf(statistic, df), members: k };
}

/** Iterative proportional fitting of the margins [row, column], [member, row], [member, column]. */
function fitNoThreeWay(n: number[][][]): number[][][] {
  const k = n.length;
  const r = n[0].length;
  const c = n[0][0].length;
  const m = n.map((table) => table.map((row) => row.map(() => 1)));
  const ratio = (target: number, current: number) => (current === 0 ? 0 : target / current);
  for (let iteration = 0; iteration < IPF_MAX_ITERATIONS; iteration++) {
    let change = 0;
    const rescale = (a: number, i: number, j: number, factor: number) => {
      const next = m[a][i][j] * factor;
      change = Math.max(change, Math.abs(next - m[a][i][j]));
      m[a][i][j] = next;
    };
    for (let i = 0; i < r; i++)
      for (let j = 0; j < c; j++) {
        let target = 0;
        let current = 0;
        for (let a = 0; a < k; a++) {
          target += n[a][i][j];
          current += m[a][i][j];
        }
        const factor = ratio(target, current);
        for (let a = 0; a < k; a++) rescale(a, i, j, factor);
      }
    for (let a = 0; a < k; a++)
      for (let i = 0; i < r; i++) {
        const factor = ratio(
          n[a][i].reduce((s, x) => s + x, 0),
          m[a][i].reduce((s, x) => s + x, 0),
        );
        for (let j = 0; j < c; j++) rescale(a, i, j, factor);
      }
    for (let a = 0; a < k; a++)
      for (let j = 0; j < c; j++) {
        let target = 0;
        let current = 0;
        for (let i = 0; i < r; i++) {
          target += n[a][i][j];
          current += m[a][i][j];
        }
        const factor = ratio(target, current);
        for (let i = 0; i < r; i++) rescale(a, i, j, factor);
      }
    if (change < IPF_TOLERANCE) break;
  }
  return m;
}

/** The network's Spearman pattern: members combined on Fisher's z (fixed effect). */
export interface CorrelationHeterogeneity extends HeterogeneityTest {
  /** tanh of the weighted mean z; NaN when no member qualifies. */
  pooledRho: number;
  /** Two-sided p of the pooled z against 0: 2·norm.sf(|z̄|·√Σw). */
  pooledP: number;
  /** Share of the variation between members beyond chance, 0 … 1. */
  iSquared: number;
}

/** Fieller, Hartley & Pearson (1957): var(atanh ρ_s) ≈ 1.06/(n − 3). */
const SPEARMAN_VARIANCE_FACTOR = 1.06;

/**
 * Does a number × number pattern differ between members? Cochran's Q on atanh ρ. A member with
 * fewer than 4 pairs or |ρ| = 1 (infinite z) or no ρ (a constant answer) does not enter.
 */
export function correlationHeterogeneity(members: readonly RankCorrelation[]): CorrelationHeterogeneity {
  const usable = members.filter((m) => m.n >= 4 && Number.isFinite(m.rho) && Math.abs(m.rho) < 1);
  const z = usable.map((m) => Math.atanh(m.rho));
  const w = usable.map((m) => (m.n - 3) / SPEARMAN_VARIANCE_FACTOR);
  const sumW = w.reduce((s, x) => s + x, 0);
  const mean = usable.length === 0 ? Number.NaN : z.reduce((s, x, i) => s + w[i] * x, 0) / sumW;
  const pooledRho = Math.tanh(mean);
  const pooledP = usable.length === 0 ? Number.NaN : Math.min(1, 2 * normalSf(Math.abs(mean) * Math.sqrt(sumW)));
  const df = usable.length - 1;
  if (usable.length < 2)
    return { test: 'cochran-q', statistic: Number.NaN, df, p: Number.NaN, members: usable.length, pooledRho, pooledP, iSquared: Number.NaN };
  const q = z.reduce((s, x, i) => s + w[i] * (x - mean) ** 2, 0);
  return {
    test: 'cochran-q',
    statistic: q,
    df,
    p: chiSquareSf(q, df),
    members: usable.length,
    pooledRho,
    pooledP,
    iSquared: q > df ? (q - df) / q : 0,
  };
}
