// number × number (and a stone on the stones canvas): the plane cut into boxes by the bins of x
// and y, each box shaded by its number of stories and labelled with it, and — when there are few
// stories — every story as a dot. Boxes, not hexagons: a box is exactly the cell query "x from..max
// and y from..max", so the number on it is the number of stories its link opens.
import { clip } from '../../domain/charts/scene.ts';
import { densityClass, SelectCell, SelectFrame } from './select-frame.tsx';

interface GridBin {
  from: number;
  to: number;
  max: number | null;
}

export interface DensityGridProps {
  id: string;
  title: string;
  desc: string;
  x: GridBin[];
  y: GridBin[];
  cells: { i: number; j: number; count: number }[];
  points?: [number, number][] | null;
  xLabel: string;
  yLabel: string;
  format: (value: number) => string;
  href: (i: number, j: number) => string;
  cellLabel: (i: number, j: number, count: number) => string;
}

const SIZE = 300;
const LEFT = 44;
const BOTTOM = 40;
const TOP = 8;

export function DensityGrid({ id, title, desc, x, y, cells, points, xLabel, yLabel, format, href, cellLabel }: DensityGridProps) {
  const x0 = x[0]?.from ?? 0;
  const x1 = x[x.length - 1]?.to ?? 1;
  const y0 = y[0]?.from ?? 0;
  const y1 = y[y.length - 1]?.to ?? 1;
  const px = (v: number) => LEFT + ((v - x0) / (x1 - x0 || 1)) * SIZE;
  const py = (v: number) => TOP + SIZE - ((v - y0) / (y1 - y0 || 1)) * SIZE;
  const most = Math.max(1, ...cells.map((c) => c.count));
  const withDots = !!points && points.length > 0;
  return (
    <SelectFrame id={id} title={title} desc={desc} width={LEFT + SIZE + 12} height={TOP + SIZE + BOTTOM}>
      <rect class="duiding-plot__area" x={LEFT} y={TOP} width={SIZE} height={SIZE} />
      {cells.map((cell) => {
        const bx = x[cell.i];
        const by = y[cell.j];
        const left = px(bx.from);
        const top = py(by.to);
        const w = px(bx.to) - left;
        const h = py(by.from) - top;
        return (
          <SelectCell href={href(cell.i, cell.j)} label={cellLabel(cell.i, cell.j, cell.count)} count={cell.count}>
            <rect class={`duiding-density ${withDots ? 'duiding-density--light' : densityClass(cell.count, most)}`} x={left} y={top} width={w} height={h} />
            {withDots ? null : (
              <text class="duiding-select__count duiding-select__count--density" x={left + w / 2} y={top + h / 2 + 4} text-anchor="middle">
                {cell.count}
              </text>
            )}
          </SelectCell>
        );
      })}
      {withDots ? (
        <g aria-hidden="true">
          {points!.map(([vx, vy]) => (
            <circle class="duiding-chart__dot" cx={px(vx)} cy={py(vy)} r={2.5} />
          ))}
        </g>
      ) : null}
      <text class="duiding-chart__label" x={LEFT} y={TOP + SIZE + 14}>
        {format(x0)}
      </text>
      <text class="duiding-chart__label" x={LEFT + SIZE} y={TOP + SIZE + 14} text-anchor="end">
        {format(x1)}
      </text>
      <text class="duiding-chart__label" x={LEFT + SIZE / 2} y={TOP + SIZE + 32} text-anchor="middle">
        {clip(xLabel, 44)}
      </text>
      <text class="duiding-chart__label" x={LEFT - 4} y={TOP + SIZE} text-anchor="end">
        {format(y0)}
      </text>
      <text class="duiding-chart__label" x={LEFT - 4} y={TOP + 10} text-anchor="end">
        {format(y1)}
      </text>
      <text class="duiding-chart__label" transform={`translate(12 ${TOP + SIZE / 2}) rotate(-90)`} text-anchor="middle">
        {clip(yLabel, 40)}
      </text>
    </SelectFrame>
  );
}
