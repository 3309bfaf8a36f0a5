// number × number (and a stone on the stones canvas): the plane cut into boxes by the bins of x
// and y, each box shaded by its number of stories and labelled with it, and — when there are few
// stories — every story as a dot. Boxes, not hexagons: a box is exactly the cell query "x from..max
// and y from..max", so the number on it is the number of stories its link opens.
import type { Bin } from '../pattern-charts/bins.ts';
import { countText, density, label, type Part } from './parts.ts';
import { clip, PAGE_ACCENT, type ChartScene, type Shape } from './scene.ts';

/** A bin of an axis (its count is the cells'). */
type GridBin = Omit<Bin, 'count'>;

export interface DensityGridData {
  x: GridBin[];
  y: GridBin[];
  cells: { i: number; j: number; count: number }[];
  /** Every story as a dot (few stories), or null. */
  points?: [number, number][] | null;
  xLabel: string;
  yLabel: string;
}

const SIZE = 300;
const LEFT = 44;
const BOTTOM = 40;
const TOP = 8;

export function densityGridScene(
  data: DensityGridData,
  o: { format: (value: number) => string; part: (i: number, j: number, count: number) => Part },
): ChartScene {
  const { x, y, cells, points } = data;
  const x0 = x[0]?.from ?? 0;
  const x1 = x[x.length - 1]?.to ?? 1;
  const y0 = y[0]?.from ?? 0;
  const y1 = y[y.length - 1]?.to ?? 1;
  const px = (v: number) => LEFT + ((v - x0) / (x1 - x0 || 1)) * SIZE;
  const py = (v: number) => TOP + SIZE - ((v - y0) / (y1 - y0 || 1)) * SIZE;
  const most = Math.max(1, ...cells.map((c) => c.count));
  const withDots = !!points && points.length > 0;
  const shapes: Shape[] = [{ kind: 'rect', x: LEFT, y: TOP, w: SIZE, h: SIZE, fill: '#fafafa', class: 'duiding-plot__area' }];
  for (const cell of cells) {
    const left = px(x[cell.i].from);
    const top = py(y[cell.j].to);
    const w = px(x[cell.i].to) - left;
    const h = py(y[cell.j].from) - top;
    const box: Shape = withDots
      ? { kind: 'rect', x: left, y: top, w, h, fill: '#eef6fa', class: 'duiding-density duiding-density--light' }
      : { kind: 'rect', x: left, y: top, w, h, ...density(cell.count, most) };
    const inner = withDots ? [box] : [box, countText(left + w / 2, top + h / 2 + 4, String(cell.count), 'middle', 'density')];
    shapes.push({ kind: 'link', ...o.part(cell.i, cell.j, cell.count), count: cell.count, shapes: inner });
  }
  if (withDots) {
    shapes.push({
      kind: 'group',
      hidden: true,
      shapes: points!.map(([vx, vy]) => ({ kind: 'circle', cx: px(vx), cy: py(vy), r: 2.5, fill: PAGE_ACCENT, class: 'duiding-chart__dot' })),
    });
  }
  shapes.push(
    label(LEFT, TOP + SIZE + 14, o.format(x0)),
    label(LEFT + SIZE, TOP + SIZE + 14, o.format(x1), 'end'),
    label(LEFT + SIZE / 2, TOP + SIZE + 32, clip(data.xLabel, 44), 'middle'),
    label(LEFT - 4, TOP + SIZE, o.format(y0), 'end'),
    label(LEFT - 4, TOP + 10, o.format(y1), 'end'),
    label(12, TOP + SIZE / 2, clip(data.yLabel, 40), 'middle', -90),
  );
  return { width: LEFT + SIZE + 12, height: TOP + SIZE + BOTTOM, shapes };
}
