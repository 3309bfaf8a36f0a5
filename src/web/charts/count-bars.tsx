// choice × choice: per category of a, one bar split by the categories of b, each part as wide as
// its share of the row and labelled with its count (a mosaic with counts, rows of equal height).
// Every part links to the stories of that cell (group=a:row&group=b:column).
import { clip } from '../../domain/charts/scene.ts';
import { SelectCell, SelectFrame } from './select-frame.tsx';

export interface CountBarsProps {
  id: string;
  title: string;
  desc: string;
  rows: { label: string }[];
  columns: { label: string }[];
  counts: number[][];
  href: (row: number, column: number) => string;
  cellLabel: (row: number, column: number) => string;
}

const W = 560;
const LABEL = 150;
const ROW = 30;
const COLOURS = 6;

export function CountBars({ id, title, desc, rows, columns, counts, href, cellLabel }: CountBarsProps) {
  const span = W - LABEL - 10;
  const legendY = rows.length * ROW + 16;
  const height = legendY + Math.ceil(columns.length / 3) * 18 + 4;
  return (
    <SelectFrame id={id} title={title} desc={desc} width={W} height={height}>
      {rows.map((row, i) => {
        const total = counts[i].reduce((s, c) => s + c, 0);
        let x = LABEL;
        const y = 4 + i * ROW;
        return (
          <g>
            <text class="duiding-chart__label" x={LABEL - 6} y={y + 17} text-anchor="end">
              {clip(row.label, 22)}
            </text>
            {counts[i].map((count, j) => {
              if (count <= 0 || total === 0) return null;
              const width = (count / total) * span;
              const part = (
                <SelectCell href={href(i, j)} label={cellLabel(i, j)} count={count}>
                  <rect class={`duiding-chart__seg duiding-chart__seg--${j % COLOURS}`} x={x} y={y + 2} width={Math.max(width, 1)} height={ROW - 6} />
                  {width >= 26 ? (
                    <text class="duiding-select__count" x={x + width / 2} y={y + 19} text-anchor="middle">
                      {count}
                    </text>
                  ) : null}
                </SelectCell>
              );
              x += width;
              return part;
            })}
          </g>
        );
      })}
      {columns.map((column, j) => {
        const x = (j % 3) * 180;
        const y = legendY + Math.floor(j / 3) * 18;
        return (
          <g aria-hidden="true">
            <rect class={`duiding-chart__seg duiding-chart__seg--${j % COLOURS}`} x={x} y={y - 10} width="11" height="11" />
            <text class="duiding-chart__label" x={x + 15} y={y}>
              {clip(column.label, 24)}
            </text>
          </g>
        );
      })}
    </SelectFrame>
  );
}
