// Bins whose stories can be asked for exactly with a cell query (domain/patterns/cell.ts). A cell
// range is inclusive at both ends, so bins that share a border would both claim a story on it.
// Each bin is therefore half-open [from, next from), and its query's upper bound is the largest
// value actually seen in the bin: no story of the next bin can reach it, and every story of this
// bin is at most it. The count drawn is then exactly the number of stories behind the link.

export interface Bin {
  /** Lower bound, inclusive; also the `min` of the bin's cell query. */
  from: number;
  /** Where the next bin starts (drawing only); the last bin ends at the scale's end. */
  to: number;
  /** Largest value seen in the bin: the `max` of its cell query; null when the bin is empty. */
  max: number | null;
  count: number;
}

/**
 * k equal steps from lo to hi, written as short decimals ("0.2", not 0.20000000000000001), so the
 * number in a link parses back to the very double the stories were binned with.
 */
export function thresholds(lo: number, hi: number, k: number): number[] {
  const span = hi - lo || 1;
  return Array.from({ length: k }, (_, i) => Number((lo + (span * i) / k).toPrecision(10)));
}

/** Index of the bin a value falls in (the last threshold it reaches); −1 for NaN or below the first. */
export function binIndex(value: number, starts: readonly number[]): number {
  if (!(value >= starts[0])) return -1;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (value >= starts[mid]) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Smallest and largest finite value; null when there is none. */
export function extent(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** A histogram over the given starts; `end` is where the last bin is drawn to. */
export function histogram(values: ArrayLike<number>, starts: readonly number[], end: number): Bin[] {
  const bins: Bin[] = starts.map((from, i) => ({ from, to: i + 1 < starts.length ? starts[i + 1] : end, max: null, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const b = binIndex(values[i], starts);
    if (b < 0) continue;
    const bin = bins[b];
    bin.count++;
    if (bin.max === null || values[i] > bin.max) bin.max = values[i];
  }
  return bins;
}

interface GridCell {
  /** Bin of x and of y. */
  i: number;
  j: number;
  count: number;
}

export interface Grid {
  x: Bin[];
  y: Bin[];
  /** Only the cells with stories. */
  cells: GridCell[];
}

/**
 * Stories counted per pair of bins (x by y), only where both values are present. The bins' `max`
 * come from the same stories, so a cell's query (x from..max, y from..max) finds exactly them.
 */
export function grid(x: ArrayLike<number>, y: ArrayLike<number>, xStarts: readonly number[], xEnd: number, yStarts: readonly number[], yEnd: number): Grid {
  const both = (i: number) => !Number.isNaN(x[i]) && !Number.isNaN(y[i]);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!both(i)) continue;
    xs.push(x[i]);
    ys.push(y[i]);
  }
  const counts = new Map<number, number>();
  const k = yStarts.length;
  for (let s = 0; s < xs.length; s++) {
    const i = binIndex(xs[s], xStarts);
    const j = binIndex(ys[s], yStarts);
    if (i < 0 || j < 0) continue;
    counts.set(i * k + j, (counts.get(i * k + j) ?? 0) + 1);
  }
  const cells = [...counts].map(([key, count]) => ({ i: Math.floor(key / k), j: key % k, count })).sort((p, q) => p.i - q.i || p.j - q.j);
  return { x: histogram(xs, xStarts, xEnd), y: histogram(ys, yStarts, yEnd), cells };
}
