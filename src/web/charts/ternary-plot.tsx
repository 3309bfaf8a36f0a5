// A triad on a ternary plot: corner 1 at the top, 2 bottom left, 3 bottom right. The areas are
// the cells of domain/pattern-charts/ternary.ts (a grid on the shares of corners 1 and 2), shaded
// by their number of stories and labelled with it; each links to its stories. A ringed dot marks
// the average position of each group.
import { clip } from '../../domain/charts/scene.ts';
import { densityClass, SelectCell, SelectFrame } from './select-frame.tsx';

export interface TernaryPlotProps {
  id: string;
  title: string;
  desc: string;
  corners: [string, string, string];
  regions: { i: number; j: number; count: number; polygon: [number, number][] }[];
  centroids: { label: string; shares: [number, number, number] }[];
  href: (region: number) => string;
  cellLabel: (region: number) => string;
}

const W = 420;
const SIDE = 320;
const TOP = 26;
const HEIGHT = (SIDE * Math.sqrt(3)) / 2;
const LEFT = (W - SIDE) / 2;

/** Shares (c1, c2, c3 = 1 − c1 − c2) to the page: the weighted mean of the three corners. */
function ternaryPoint(c1: number, c2: number): [number, number] {
  const c3 = 1 - c1 - c2;
  const corners = [
    [LEFT + SIDE / 2, TOP],
    [LEFT, TOP + HEIGHT],
    [LEFT + SIDE, TOP + HEIGHT],
  ];
  return [c1 * corners[0][0] + c2 * corners[1][0] + c3 * corners[2][0], c1 * corners[0][1] + c2 * corners[1][1] + c3 * corners[2][1]];
}

export function TernaryPlot({ id, title, desc, corners, regions, centroids, href, cellLabel }: TernaryPlotProps) {
  const most = Math.max(1, ...regions.map((r) => r.count));
  const outline = [ternaryPoint(1, 0), ternaryPoint(0, 1), ternaryPoint(0, 0)].map((p) => p.join(',')).join(' ');
  const legendY = TOP + HEIGHT + 40;
  return (
    <SelectFrame id={id} title={title} desc={desc} width={W} height={legendY + Math.ceil(centroids.length / 2) * 18 + 4}>
      <polygon class="duiding-plot__area" points={outline} />
      {regions.map((region, r) => {
        const points = region.polygon.map(([a, b]) => ternaryPoint(a, b));
        const centre = points.reduce((s, p) => [s[0] + p[0] / points.length, s[1] + p[1] / points.length], [0, 0]);
        return (
          <SelectCell href={href(r)} label={cellLabel(r)} count={region.count}>
            {points.length >= 3 ? (
              <polygon class={`duiding-density ${densityClass(region.count, most)}`} points={points.map((p) => p.join(',')).join(' ')} />
            ) : (
              <circle class={`duiding-density ${densityClass(region.count, most)}`} cx={centre[0]} cy={centre[1]} r={6} />
            )}
            <text class="duiding-select__count duiding-select__count--density" x={centre[0]} y={centre[1] + 4} text-anchor="middle">
              {region.count}
            </text>
          </SelectCell>
        );
      })}
      <polygon class="duiding-ternary__edge" points={outline} />
      <text class="duiding-chart__label" x={LEFT + SIDE / 2} y={TOP - 8} text-anchor="middle">
        {clip(corners[0], 40)}
      </text>
      <text class="duiding-chart__label" x={LEFT} y={TOP + HEIGHT + 18} text-anchor="start">
        {clip(corners[1], 28)}
      </text>
      <text class="duiding-chart__label" x={LEFT + SIDE} y={TOP + HEIGHT + 18} text-anchor="end">
        {clip(corners[2], 28)}
      </text>
      <g aria-hidden="true">
        {centroids.map((c, k) => {
          const [cx, cy] = ternaryPoint(c.shares[0], c.shares[1]);
          const lx = (k % 2) * 200;
          const ly = legendY + Math.floor(k / 2) * 18;
          return (
            <>
              <circle class={`duiding-centroid duiding-chart__seg--${k % 6}`} cx={cx} cy={cy} r={5} />
              <circle class={`duiding-centroid duiding-chart__seg--${k % 6}`} cx={lx + 6} cy={ly - 4} r={5} />
              <text class="duiding-chart__label" x={lx + 16} y={ly}>
                {clip(c.label, 26)}
              </text>
            </>
          );
        })}
      </g>
    </SelectFrame>
  );
}
