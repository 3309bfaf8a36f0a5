// choice × choice: per category of a, one bar split by the categories of b, each part as wide as
// its share of the row and labelled with its count (a mosaic with counts, rows of equal height).
// Every part links to the stories of that cell.
import { countText, label, segment, type Part } from './parts.ts';
import { clip, type ChartScene, type Shape } from './scene.ts';

const W = 560;
const LABEL = 150;
const ROW = 30;

export function countBarsScene(
  rows: { label: string }[],
  columns: { label: string }[],
  counts: number[][],
  part: (row: number, column: number) => Part,
): ChartScene {
  const span = W - LABEL - 10;
  const legendY = rows.length * ROW + 16;
  const shapes: Shape[] = rows.map((row, i) => {
    const total = counts[i].reduce((s, c) => s + c, 0);
    const y = 4 + i * ROW;
    const inner: Shape[] = [label(LABEL - 6, y + 17, clip(row.label, 22), 'end')];
    let x = LABEL;
    counts[i].forEach((count, j) => {
      if (count <= 0 || total === 0) return;
      const width = (count / total) * span;
      const bar: Shape[] = [{ kind: 'rect', x, y: y + 2, w: Math.max(width, 1), h: ROW - 6, ...segment(j) }];
      if (width >= 26) bar.push(countText(x + width / 2, y + 19, String(count), 'middle'));
      inner.push({ kind: 'link', ...part(i, j), count, shapes: bar });
      x += width;
    });
    return { kind: 'group', shapes: inner };
  });
  columns.forEach((column, j) => {
    const x = (j % 3) * 180;
    const y = legendY + Math.floor(j / 3) * 18;
    shapes.push({
      kind: 'group',
      hidden: true,
      shapes: [{ kind: 'rect', x, y: y - 10, w: 11, h: 11, ...segment(j) }, label(x + 15, y, clip(column.label, 24))],
    });
  });
  return { width: W, height: legendY + Math.ceil(columns.length / 3) * 18 + 4, shapes };
}
