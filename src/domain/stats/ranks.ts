// Average ranks with ties: scipy.stats.rankdata(values, method="average"), together with the tie
// term Σ(t³ − t) over groups of t tied values, from which SciPy's tie corrections are built
// (mannwhitneyu's _tie_term, and kruskal's tiecorrect = 1 − Σ(t³ − t)/(n³ − n)).

export interface Ranking {
  /** 1-based average ranks, in the order of the input. */
  ranks: Float64Array;
  /** Σ(t³ − t) over the tie groups. */
  tieTerm: number;
}

export interface DenseCodes {
  /** Per entry the index of its value in `distinct`; −1 where the value is NaN. */
  codes: Int32Array;
  /** The distinct values (NaN left out), ascending; −0 and 0 count as one value. */
  distinct: Float64Array;
}

/**
 * Each value replaced by the position of its value among the distinct values: a dense rank code.
 * The distinct values are found by hashing and only they are sorted, so with many ties (answers
 * on a scale, a slider in whole steps) this is a linear pass.
 */
export function denseCodes(values: ArrayLike<number>): DenseCodes {
  const n = values.length;
  const firstSeen = new Map<number, number>();
  const seen: number[] = [];
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (Number.isNaN(value)) {
      codes[i] = -1;
      continue;
    }
    let code = firstSeen.get(value);
    if (code === undefined) {
      code = seen.length;
      firstSeen.set(value, code);
      seen.push(value);
    }
    codes[i] = code;
  }
  const distinct = Float64Array.from(seen).sort();
  const remap = new Int32Array(distinct.length);
  for (let k = 0; k < distinct.length; k++) remap[firstSeen.get(distinct[k])!] = k;
  for (let i = 0; i < n; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
  return { codes, distinct };
}

/**
 * Indices of the entries with a code ≥ 0, sorted by code (a counting sort); ties keep their input
 * order.
 */
export function orderOfCodes(codes: Int32Array, distinctCount: number): Int32Array {
  const start = new Int32Array(distinctCount + 1);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) start[codes[i] + 1]++;
  for (let k = 0; k < distinctCount; k++) start[k + 1] += start[k];
  const order = new Int32Array(start[distinctCount]);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) order[start[codes[i]]++] = i;
  return order;
}

/** Indices of `values` sorted by value; ties keep their input order. Values must not be NaN. */
export function sortedOrder(values: ArrayLike<number>): Int32Array {
  const { codes, distinct } = denseCodes(values);
  return orderOfCodes(codes, distinct.length);
}

/**
 * Average ranks by dense code, for a subset in which counts[c] entries have code c: out[c] is
 * the rank SciPy would give those entries when ranking the subset alone (codes with count 0 are
 * left untouched). Returns Σ(t³ − t) over the tie groups.
 */
export function ranksFromCounts(counts: ArrayLike<number>, out: Float64Array): number {
  let ranked = 0;
  let tieTerm = 0;
  for (let c = 0; c < counts.length; c++) {
    const count = counts[c];
    if (count === 0) continue;
    out[c] = ranked + (count + 1) / 2;
    ranked += count;
    tieTerm += count * count * count - count;
  }
  return tieTerm;
}

/** rankdata(values, method="average"). Values must be finite. */
export function averageRanks(values: ArrayLike<number>): Ranking {
  const order = sortedOrder(values);
  const ranks = new Float64Array(values.length);
  const tieTerm = ranksAlongOrder(
    Float64Array.from(order, (i) => values[i]),
    order,
    null,
    ranks,
  );
  return { ranks, tieTerm };
}

/**
 * Average ranks of the entries `order` lists (sorted by value; `sortedValues[k]` is the value of
 * entry `order[k]`), restricted to those with `include[i] !== 0` when `include` is given: the
 * ranks SciPy would compute for that subset alone. Written into `out` at the entries' own
 * indices; returns Σ(t³ − t). One pass, no sort, so that a scan can sort each variable once and
 * rank it for every pair in O(n).
 */
export function ranksAlongOrder(sortedValues: ArrayLike<number>, order: ArrayLike<number>, include: Uint8Array | null, out: Float64Array): number {
  let tieTerm = 0;
  let ranked = 0;
  let start = 0;
  while (start < order.length) {
    const value = sortedValues[start];
    let end = start;
    let count = 0;
    while (end < order.length && sortedValues[end] === value) {
      if (include === null || include[order[end]] !== 0) count++;
      end++;
    }
    if (count > 0) {
      const rank = ranked + (count + 1) / 2;
      for (let k = start; k < end; k++) {
        const i = order[k];
        if (include === null || include[i] !== 0) out[i] = rank;
      }
      ranked += count;
      tieTerm += count * count * count - count;
    }
    start = end;
  }
  return tieTerm;
}
