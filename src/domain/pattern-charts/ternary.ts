// A triad's answers on a ternary plot. Regions are cells of a grid on the first two corners'
// shares (bins.ts), so each is exactly the query "corner 1 from..max and corner 2 from..max":
// parallelograms inside the triangle, triangles along its third side. Centroids are the mean
// share of each corner per group (or over all stories).
import { grid, thresholds, type Bin, type Grid } from './bins.ts';
import type { CategoricalVariable } from '../patterns/variables.ts';

const TRIAD_STEPS = 5;

interface TernaryRegion {
  i: number;
  j: number;
  count: number;
  /** The cell query: corner 1 and corner 2 between these bounds (inclusive). */
  first: { min: number; max: number };
  second: { min: number; max: number };
  /** Corners of the region in shares (corner 1, corner 2); corner 3 is the rest. */
  polygon: [number, number][];
}

interface Centroid {
  label: string | null;
  n: number;
  shares: [number, number, number];
}

export interface TernaryData {
  regions: TernaryRegion[];
  centroids: Centroid[];
  n: number;
}

export function ternaryData(
  corners: readonly [ArrayLike<number>, ArrayLike<number>, ArrayLike<number>],
  groups: CategoricalVariable | null,
  steps = TRIAD_STEPS,
): TernaryData {
  const starts = thresholds(0, 1, steps);
  const g: Grid = grid(corners[0], corners[1], starts, 1, starts, 1);
  const bound = (bins: Bin[], i: number) => ({ min: bins[i].from, max: bins[i].max ?? bins[i].from });
  const regions = g.cells.map((cell) => ({
    ...cell,
    first: bound(g.x, cell.i),
    second: bound(g.y, cell.j),
    polygon: clipToTriangle(starts[cell.i], g.x[cell.i].to, starts[cell.j], g.y[cell.j].to),
  }));
  return { regions, centroids: centroids(corners, groups), n: g.cells.reduce((s, c) => s + c.count, 0) };
}

/** The square [x0, x1] × [y0, y1] cut by x + y ≤ 1; a single point when nothing of it is inside. */
export function clipToTriangle(x0: number, x1: number, y0: number, y1: number): [number, number][] {
  const square: [number, number][] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  const inside = (p: [number, number]) => p[0] + p[1] <= 1 + 1e-12;
  const out: [number, number][] = [];
  // A corner on the line itself is both kept and a crossing: add each point once.
  const add = (point: [number, number]) => {
    const last = out[out.length - 1];
    if (!last || Math.abs(last[0] - point[0]) > 1e-12 || Math.abs(last[1] - point[1]) > 1e-12) out.push(point);
  };
  for (let s = 0; s < 4; s++) {
    const p = square[s];
    const q = square[(s + 1) % 4];
    if (inside(p)) add(p);
    if (inside(p) !== inside(q)) {
      const t = (1 - p[0] - p[1]) / (q[0] - p[0] + q[1] - p[1]);
      add([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  const [first, last] = [out[0], out[out.length - 1]];
  if (out.length > 1 && Math.abs(first[0] - last[0]) < 1e-12 && Math.abs(first[1] - last[1]) < 1e-12) out.pop();
  return out.length >= 3 ? out : [[x0, y0]];
}

function centroids(corners: readonly [ArrayLike<number>, ArrayLike<number>, ArrayLike<number>], groups: CategoricalVariable | null): Centroid[] {
  const labels = groups ? groups.labels : [null];
  const sums = labels.map(() => ({ n: 0, s: [0, 0, 0] }));
  for (let i = 0; i < corners[0].length; i++) {
    const c1 = corners[0][i];
    if (Number.isNaN(c1)) continue;
    const code = groups ? groups.codes[i] : 0;
    if (code < 0) continue;
    const sum = sums[code];
    sum.n++;
    sum.s[0] += c1;
    sum.s[1] += corners[1][i];
    sum.s[2] += corners[2][i];
  }
  return labels.flatMap((label, code) => {
    const { n, s } = sums[code];
    return n === 0 ? [] : [{ label, n, shares: [s[0] / n, s[1] / n, s[2] / n] as [number, number, number] }];
  });
}
