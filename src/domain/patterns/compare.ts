// A comparison of 2–4 subsets of stories (duiding.compare/v1): per analysis variable the
// distribution in each subset and a test of difference, with the subset as the categorical
// side of the scan's own pair tests — chi-square (variable × subset) for categorical variables,
// Mann–Whitney (2 subsets) or Kruskal–Wallis (3–4) for numeric ones — and Benjamini–Hochberg
// over the tested variables. The same semantics, in Python: scripts/reference/compare-reference.py.
//
// Subsets must not overlap (the tests assume independent samples; services/compare.ts refuses
// overlap before this runs). Variables of a question that defines a subset are not tested:
// their difference is made by the filter itself.
import type { Question, Questionnaire } from '../questionnaire/types.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { groupPattern } from './group-pair.ts';
import { rankOnce } from './pair-support.ts';
import { tablePattern } from './table-pair.ts';
import type { EffectName, PatternTest } from './types.ts';
import { deriveVariables, type Answers, type CategoricalVariable, type NumericVariable } from './variables.ts';

interface CompareGroup {
  /** The subset's parameter: a, b, c or d. */
  subset: string;
  /** Stories of the subset with a value for this variable. */
  n: number;
  /** Per category (or bin) of the question, in the order of `categories`. */
  counts: number[];
  /** Numeric variables only: the median, as the scan's groups (null when n = 0). */
  median?: number | null;
}

/** A bin of a numeric variable: nominal bounds [from, to) (the last one closed), and the observed values inside. */
interface CompareBin {
  from: number;
  to: number;
  /** Smallest and largest observed value in the bin (null when empty): a range with exactly these stories. */
  min: number | null;
  max: number | null;
}

export interface CompareQuestion {
  /** The analysis variable (PRODUCT.md "Pattern semantics"): gehoord, wie_hielp.2, wat_hielp=luisteren. */
  key: string;
  question: string;
  kind: 'numeric' | 'categorical';
  /** null when fewer than two subsets have a value (no test). Never Spearman: the subset is a group. */
  test: Exclude<PatternTest, 'spearman'> | null;
  statistic: number | null;
  df?: number;
  p: number | null;
  /** Benjamini–Hochberg over the questions of this comparison that have a p. */
  q: number | null;
  /** Stories with a value in any subset. */
  n: number;
  effect: { name: EffectName; value: number | null } | null;
  /** chi-square only: more than 20 % of expected counts below 5. */
  low_expected?: boolean;
  /** Category labels (option keys, area codes, ja/nee) or bin labels ("0–10"). */
  categories: string[];
  /** Numeric variables: the bins behind `categories`. */
  bins?: CompareBin[];
  groups: CompareGroup[];
}

/**
 * @param stories the answers of every story in some subset
 * @param membership per story the index of its subset in `subsets`
 */
export function compareVariables(
  questionnaire: Questionnaire,
  stories: ReadonlyArray<Answers>,
  membership: Int32Array,
  subsets: readonly string[],
  defining: ReadonlySet<string>,
): CompareQuestion[] {
  const { numeric, categorical } = deriveVariables(questionnaire, stories);
  // Subset names are a < b < c < d: their order is also the code-point order the tests use.
  const subset: CategoricalVariable = { name: '(subset)', question: '(subset)', labels: [...subsets], codes: membership };
  const questionOf = new Map(questionnaire.questions.map((q) => [q.key, q]));
  const out: CompareQuestion[] = [];
  // Questionnaire order, numeric and categorical variables as they come.
  for (const question of questionnaire.questions) {
    if (defining.has(question.key)) continue;
    for (const variable of numeric) if (variable.question === question.key) out.push(compareNumeric(variable, subset, questionOf.get(question.key)!));
    for (const variable of categorical) if (variable.question === question.key) out.push(compareCategorical(variable, subset));
  }
  const q = benjaminiHochberg(out.map((row) => row.p ?? Number.NaN));
  out.forEach((row, k) => (row.q = Number.isNaN(q[k]) ? null : q[k]));
  return out;
}

function compareNumeric(variable: NumericVariable, subset: CategoricalVariable, question: Question): CompareQuestion {
  const pattern = groupPattern(rankOnce(variable), subset);
  const { bins, whole } = binsOf(variable.values, question);
  const size = subset.labels.length;
  const counts = subset.labels.map(() => new Array<number>(bins.length).fill(0));
  const values = subset.labels.map((): number[] => []);
  for (let i = 0; i < variable.values.length; i++) {
    const value = variable.values[i];
    const code = subset.codes[i];
    if (Number.isNaN(value) || code < 0) continue;
    const bin = binIndex(bins, value);
    counts[code][bin]++;
    values[code].push(value);
    const b = bins[bin];
    b.min = b.min === null ? value : Math.min(b.min, value);
    b.max = b.max === null ? value : Math.max(b.max, value);
  }
  const groups = Array.from(
    { length: size },
    (_, code): CompareGroup => ({
      subset: subset.labels[code],
      n: values[code].length,
      counts: counts[code],
      median: median(values[code]),
    }),
  );
  return {
    key: variable.name,
    question: variable.question,
    kind: 'numeric',
    test: pattern?.test ?? null,
    statistic: pattern?.statistic ?? null,
    ...(pattern?.df !== undefined ? { df: pattern.df } : {}),
    p: pattern?.p ?? null,
    q: null,
    n: groups.reduce((s, g) => s + g.n, 0),
    effect: pattern?.effect ?? null,
    categories: bins.map((b) => (whole ? String(b.from) : `${b.from}–${b.to}`)),
    bins,
    groups,
  };
}

function compareCategorical(variable: CategoricalVariable, subset: CategoricalVariable): CompareQuestion {
  const pattern = tablePattern(variable, subset);
  const counts = subset.labels.map(() => new Array<number>(variable.labels.length).fill(0));
  for (let i = 0; i < variable.codes.length; i++) {
    if (variable.codes[i] >= 0 && subset.codes[i] >= 0) counts[subset.codes[i]][variable.codes[i]]++;
  }
  // Only the categories seen among the subsets' stories (the union may hold no others anyway).
  const seen = variable.labels.map((_, c) => counts.some((row) => row[c] > 0));
  const categories = variable.labels.filter((_, c) => seen[c]);
  const groups = subset.labels.map((label, code): CompareGroup => {
    const row = counts[code].filter((_, c) => seen[c]);
    return { subset: label, n: row.reduce((s, k) => s + k, 0), counts: row };
  });
  return {
    key: variable.name,
    question: variable.question,
    kind: 'categorical',
    test: pattern ? 'chi-square' : null,
    statistic: pattern?.statistic ?? null,
    ...(pattern ? { df: pattern.df, low_expected: pattern.low_expected } : {}),
    p: pattern?.p ?? null,
    q: null,
    n: groups.reduce((s, g) => s + g.n, 0),
    effect: pattern?.effect ?? null,
    categories,
    groups,
  };
}

/**
 * Bins for the side-by-side distribution: one per whole number when the values are whole and
 * span at most 11 of them (a scale, a small count), else ten equal bins over the question's range
 * (slider and stones 0–100, a triad corner's share 0–1) or the observed range.
 */
function binsOf(values: Float64Array, question: Question): { bins: CompareBin[]; whole: boolean } {
  let lo = Infinity;
  let hi = -Infinity;
  let whole = true;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
    if (!Number.isInteger(value)) whole = false;
  }
  if (question.type === 'scale') [lo, hi] = [Math.min(question.min, lo), Math.max(question.max, hi)];
  if (lo === Infinity) return { bins: [{ from: 0, to: 0, min: null, max: null }], whole: false };
  if (whole && hi - lo <= 10) {
    return { bins: Array.from({ length: hi - lo + 1 }, (_, k) => ({ from: lo + k, to: lo + k + 1, min: null, max: null })), whole: true };
  }
  if (question.type === 'slider' || question.type === 'stones') [lo, hi] = [Math.min(0, lo), Math.max(100, hi)];
  if (question.type === 'triad') [lo, hi] = [0, 1];
  const width = (hi - lo) / 10;
  return {
    bins: Array.from({ length: 10 }, (_, k) => ({ from: round(lo + k * width), to: round(k === 9 ? hi : lo + (k + 1) * width), min: null, max: null })),
    whole: false,
  };
}

function binIndex(bins: readonly CompareBin[], value: number): number {
  for (let k = 0; k < bins.length - 1; k++) if (value < bins[k].to) return k;
  return bins.length - 1;
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** The middle value, or the mean of the two middle values (numpy.median). */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
