// Weighted log-odds ratio with an informative Dirichlet prior: Monroe, Colaresi & Quinn (2008),
// "Fightin' Words", Political Analysis 16(4), eq. 22 and the variance and z-score after it.
//
//   δ_w = log((y_wA + α_w) / (n_A + α0 − y_wA − α_w)) − log((y_wB + α_w) / (n_B + α0 − y_wB − α_w))
//   σ²(δ_w) ≈ 1 / (y_wA + α_w) + 1 / (y_wB + α_w),   z_w = δ_w / σ(δ_w)
//
// The prior α_w is proportional to the word's count in the whole corpus (here: all published
// stories of the questionnaire): α_w = α0 · y_w / n. Default α0 = 1000, a weak prior next to the
// tens of thousands of words of a typical questionnaire; pass alpha0: 'corpus' to use the raw
// corpus counts themselves (α0 = n), the stronger prior of the paper's own examples.

export interface LogOddsInput {
  /** Word counts in group A, group B and the whole corpus (A and B are parts of it). */
  a: ReadonlyMap<string, number>;
  b: ReadonlyMap<string, number>;
  corpus: ReadonlyMap<string, number>;
  alpha0?: number | 'corpus';
  /** Leave out words seen fewer than this many times in A and B together (default 3). */
  minCount?: number;
}

export interface LogOddsRow {
  word: string;
  countA: number;
  countB: number;
  delta: number;
  z: number;
}

const DEFAULT_ALPHA0 = 1000;
export const DEFAULT_MIN_COUNT = 3;

export function weightedLogOdds(input: LogOddsInput): LogOddsRow[] {
  const nA = total(input.a);
  const nB = total(input.b);
  const n = total(input.corpus);
  const alpha0 = input.alpha0 === 'corpus' ? n : (input.alpha0 ?? DEFAULT_ALPHA0);
  const minCount = input.minCount ?? DEFAULT_MIN_COUNT;
  const rows: LogOddsRow[] = [];
  if (n === 0) return rows;
  for (const word of new Set([...input.a.keys(), ...input.b.keys()])) {
    const yA = input.a.get(word) ?? 0;
    const yB = input.b.get(word) ?? 0;
    if (yA + yB < minCount) continue;
    const alpha = (alpha0 * (input.corpus.get(word) ?? 0)) / n;
    if (!(alpha > 0)) continue; // a word outside the corpus has no prior; A and B come from the corpus
    const delta = Math.log((yA + alpha) / (nA + alpha0 - yA - alpha)) - Math.log((yB + alpha) / (nB + alpha0 - yB - alpha));
    const variance = 1 / (yA + alpha) + 1 / (yB + alpha);
    rows.push({ word, countA: yA, countB: yB, delta, z: delta / Math.sqrt(variance) });
  }
  return rows;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of counts.values()) sum += value;
  return sum;
}
