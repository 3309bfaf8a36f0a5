// Benjamini–Hochberg adjusted p-values, as scipy.stats.false_discovery_control(p, method="bh")
// (and the bh() of the reference scan): q(i) = min over j ≥ i of p(j)·m/j along ascending p,
// capped at 1.

/**
 * q-values in the order of `p`. NaN entries (tests that could not be done) are left out of m
 * and get NaN, as R's p.adjust does; SciPy would instead turn every q into NaN.
 */
export function benjaminiHochberg(p: ArrayLike<number>): Float64Array {
  const q = new Float64Array(p.length).fill(Number.NaN);
  const order: number[] = [];
  for (let i = 0; i < p.length; i++) if (!Number.isNaN(p[i])) order.push(i);
  order.sort((i, j) => p[i] - p[j] || i - j);
  const m = order.length;
  let running = Infinity;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k];
    running = Math.min(running, (p[i] * m) / (k + 1));
    q[i] = Math.min(running, 1);
  }
  return q;
}
