// A triad on a ternary plot: corner 1 at the top, 2 bottom left, 3 bottom right. The areas are
// the cells of domain/pattern-charts/ternary.ts (a grid on the shares of corners 1 and 2), shaded
// by their number of stories and labelled with it; each is a part linking to its stories. A ringed
// dot marks the average position of each group.
import { countText, density, label, segment, type Part } from './parts.ts';
import { clip, type ChartScene, type Shape } from './scene.ts';

export interface TernaryData {
  corners: [string, string, string];
  regions: { count: number; polygon: [number, number][] }[];
  centroids: { label: string; shares: [number, number, number] }[];
}

const W = 420;
const SIDE = 320;
const TOP = 26;
const HEIGHT = (SIDE * Math.sqrt(3)) / 2;
const LEFT = (W - SIDE) / 2;

/** Shares (c1, c2, c3 = 1 − c1 − c2) to the chart: the weighted mean of the three corners. */
function ternaryPoint(c1: number, c2: number): [number, number] {
  const c3 = 1 - c1 - c2;
  const corners = [
    [LEFT + SIDE / 2, TOP],
    [LEFT, TOP + HEIGHT],
    [LEFT + SIDE, TOP + HEIGHT],
  ];
  return [c1 * corners[0][0] + c2 * corners[1][0] + c3 * corners[2][0], c1 * corners[0][1] + c2 * corners[1][1] + c3 * corners[2][1]];
}

const centroidDot = (cx: number, cy: number, k: number): Shape => {
  const colour = segment(k);
  return { kind: 'circle', cx, cy, r: 5, fill: colour.fill, class: `duiding-centroid duiding-chart__seg--${k % 6}` };
};

export function ternaryScene(data: TernaryData, part: (region: number) => Part): ChartScene {
  const { corners, regions, centroids } = data;
  const most = Math.max(1, ...regions.map((r) => r.count));
  const outline = [ternaryPoint(1, 0), ternaryPoint(0, 1), ternaryPoint(0, 0)];
  const legendY = TOP + HEIGHT + 40;
  const shapes: Shape[] = [{ kind: 'polygon', points: outline, fill: '#fafafa', stroke: '#6b6b6b', class: 'duiding-plot__area' }];
  regions.forEach((region, r) => {
    const points = region.polygon.map(([a, b]) => ternaryPoint(a, b));
    const centre = points.reduce((s, p) => [s[0] + p[0] / points.length, s[1] + p[1] / points.length], [0, 0]);
    const shade = density(region.count, most);
    const area: Shape = points.length >= 3 ? { kind: 'polygon', points, ...shade } : { kind: 'circle', cx: centre[0], cy: centre[1], r: 6, ...shade };
    shapes.push({
      kind: 'link',
      ...part(r),
      count: region.count,
      shapes: [area, countText(centre[0], centre[1] + 4, String(region.count), 'middle', 'density')],
    });
  });
  shapes.push(
    { kind: 'polygon', points: outline, fill: 'none', stroke: '#333333', width: 1.5, class: 'duiding-ternary__edge' },
    label(LEFT + SIDE / 2, TOP - 8, clip(corners[0], 40), 'middle'),
    label(LEFT, TOP + HEIGHT + 18, clip(corners[1], 28)),
    label(LEFT + SIDE, TOP + HEIGHT + 18, clip(corners[2], 28), 'end'),
  );
  const legend: Shape[] = centroids.flatMap((c, k) => {
    const lx = (k % 2) * 200;
    const ly = legendY + Math.floor(k / 2) * 18;
    return [centroidDot(...ternaryPoint(c.shares[0], c.shares[1]), k), centroidDot(lx + 6, ly - 4, k), label(lx + 16, ly, clip(c.label, 26))];
  });
  shapes.push({ kind: 'group', hidden: true, shapes: legend });
  return { width: W, height: legendY + Math.ceil(centroids.length / 2) * 18 + 4, shapes };
}
