// Horizontal bars, one per group (e.g. the median of a question per group of tellers). A group
// whose figure was suppressed gets no bar, only the words "te weinig verhalen".
import { ChartFrame, clip } from './frame.tsx';

export interface Bar {
  label: string;
  /** null: suppressed or missing; the bar is left out and `empty` is written instead. */
  value: number | null;
}

export interface BarChartProps {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  max: number;
  empty: string;
  format: (value: number) => string;
}

const W = 420;
const ROW = 22;
const LABEL = 150;
const VALUE = 60;

export function BarChart({ id, title, desc, bars, max, empty, format }: BarChartProps) {
  const height = bars.length * ROW + 8;
  const width = (v: number) => Math.max(1, (v / (max || 1)) * (W - LABEL - VALUE));
  return (
    <ChartFrame id={id} title={title} desc={desc} width={W} height={height}>
      {bars.map((bar, i) => {
        const y = 4 + i * ROW;
        return (
          <g>
            <text class="duiding-chart__label" x={LABEL - 6} y={y + 14} text-anchor="end">
              {clip(bar.label, 24)}
            </text>
            {bar.value === null ? (
              <text class="duiding-chart__suppressed" x={LABEL} y={y + 14}>
                {empty}
              </text>
            ) : (
              <>
                <rect class="duiding-chart__bar" x={LABEL} y={y + 2} width={width(bar.value)} height={ROW - 6} />
                <text class="duiding-chart__value" x={LABEL + width(bar.value) + 4} y={y + 14}>
                  {format(bar.value)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
