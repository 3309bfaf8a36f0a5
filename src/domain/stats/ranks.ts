// Average ranks with ties: scipy.stats.rankdata(values, method="average"), together with the tie
// term Σ(t³ − t) over groups of t tied values, from which SciPy's tie corrections are built
// (mannwhitneyu's _tie_term, and kruskal's tiecorrect = 1 − Σ(t³ − t)/(n³ − n)).

export interface Ranking {
  /** 1-based average ranks, in the order of the input. */
  ranks: Float64Array;
  /** Σ(t³ − t) over the tie groups. */
  tieTerm: number;
}

/**
 * Indices of `values` sorted by value; ties keep their input order. Values must not be NaN.
 * The values are sorted natively as a Float64Array (faster than sorting indices with a JS
 * comparator), and each index is then placed by binary search into its value's run.
 */
export function sortedOrder(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const placed = new Int32Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < value) low = middle + 1;
      else high = middle;
    }
    order[low + placed[low]++] = i;
  }
  return order;
}

/** rankdata(values, method="average"). Values must be finite. */
export function averageRanks(values: ArrayLike<number>): Ranking {
  const order = sortedOrder(values);
  const ranks = new Float64Array(values.length);
  const tieTerm = ranksAlongOrder(Float64Array.from(order, (i) => values[i]), order, null, ranks);
  return { ranks, tieTerm };
}

/**
 * Average ranks of the entries `order` lists (sorted by value; `sortedValues[k]` is the value of
 * entry `order[k]`), restricted to those with `include[i] !== 0` when `include` is given: the
 * ranks SciPy would compute for that subset alone. Written into `out` at the entries' own
 * indices; returns Σ(t³ − t). One pass, no sort, so that a scan can sort each variable once and
 * rank it for every pair in O(n).
 */
export function ranksAlongOrder(
  sortedValues: ArrayLike<number>,
  order: ArrayLike<number>,
  include: Uint8Array | null,
  out: Float64Array,
): number {
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
