// 100% stacked bars: per row the shares of each column category (a table pattern). Suppressed
// shares are not drawn; the row then ends short and the table alternative says why.
import { ChartFrame, clip } from './frame.tsx';

export interface StackedChartProps {
  id: string;
  title: string;
  desc: string;
  rows: { label: string; shares: (number | null)[] }[];
  columns: string[];
}

const W = 420;
const ROW = 22;
const LABEL = 150;
const COLOURS = 6;

export function StackedChart({ id, title, desc, rows, columns }: StackedChartProps) {
  const legendY = rows.length * ROW + 12;
  const height = legendY + Math.ceil(columns.length / 3) * 16 + 4;
  const span = W - LABEL - 10;
  return (
    <ChartFrame id={id} title={title} desc={desc} width={W} height={height}>
      {rows.map((row, i) => {
        let x = LABEL;
        const y = 4 + i * ROW;
        return (
          <g>
            <text class="duiding-chart__label" x={LABEL - 6} y={y + 14} text-anchor="end">
              {clip(row.label, 24)}
            </text>
            {row.shares.map((share, j) => {
              if (share === null || share <= 0) return null;
              const rect = <rect class={`duiding-chart__seg duiding-chart__seg--${j % COLOURS}`} x={x} y={y + 2} width={share * span} height={ROW - 6} />;
              x += share * span;
              return rect;
            })}
          </g>
        );
      })}
      {columns.map((column, j) => {
        const x = (j % 3) * 140;
        const y = legendY + Math.floor(j / 3) * 16;
        return (
          <g>
            <rect class={`duiding-chart__seg duiding-chart__seg--${j % COLOURS}`} x={x} y={y - 9} width="10" height="10" />
            <text class="duiding-chart__label" x={x + 14} y={y}>
              {clip(column, 18)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
