// SenseMaker's triad geometry. The export gives a point as _percentX/_percentY (fractions of
// the triangle's bounding box, y measured from the bottom edge) and, per corner label, the
// barycentric weight. Checked against every triad of the real ADemo export (to 2.3e-16): corner 1
// is the top (0.5, 1), corner 2 bottom left (0, 0), corner 3 bottom right (1, 0), so
//   top = y,  left = 1 − x − y/2,  right = x − y/2.
// SenseMaker lets a point lie a hair outside the triangle (one ADemo weight is −0.0009); the
// caller decides what to do with a negative weight.

export type TriadWeights = [top: number, left: number, right: number];

export function triadWeightsFromPercent(x: number, y: number): TriadWeights {
  return [y, 1 - x - y / 2, x - y / 2];
}

/** The inverse, for weights in any scale (they are normalised by their sum first). */
export function percentFromTriadWeights(weights: readonly [number, number, number]): { x: number; y: number } {
  const sum = weights[0] + weights[1] + weights[2];
  const [top, , right] = weights.map((w) => w / sum) as TriadWeights;
  return { x: right + top / 2, y: top };
}
