// A slider's answers as a histogram: one bar per step of the scale, its count above it; every bar
// links to the stories in that range (var=KEY&min=from&max=the largest value in the bar).
import { SelectCell, SelectFrame } from './select-frame.tsx';

interface HistogramBin {
  from: number;
  to: number;
  max: number | null;
  count: number;
}

export interface HistogramProps {
  id: string;
  title: string;
  desc: string;
  bins: HistogramBin[];
  format: (value: number) => string;
  href: (bin: number) => string;
  cellLabel: (bin: number) => string;
}

const W = 560;
const H = 200;
const BOTTOM = 24;
const TOP = 18;

export function Histogram({ id, title, desc, bins, format, href, cellLabel }: HistogramProps) {
  const most = Math.max(1, ...bins.map((b) => b.count));
  const width = (W - 20) / bins.length;
  const base = H - BOTTOM;
  return (
    <SelectFrame id={id} title={title} desc={desc} width={W} height={H}>
      {bins.map((bin, i) => {
        const h = (bin.count / most) * (base - TOP);
        const x = 10 + i * width;
        const bar = (
          <>
            <rect class="duiding-chart__bar" x={x + 2} y={base - h} width={width - 4} height={h} />
            <text class="duiding-select__count duiding-select__count--above" x={x + width / 2} y={base - h - 4} text-anchor="middle">
              {bin.count}
            </text>
          </>
        );
        return bin.count > 0 ? (
          <SelectCell href={href(i)} label={cellLabel(i)} count={bin.count}>
            <rect class="duiding-select__hit" x={x} y={TOP - 16} width={width} height={base - TOP + 16} />
            {bar}
          </SelectCell>
        ) : (
          <g>{bar}</g>
        );
      })}
      <line class="duiding-chart__axis" x1={10} x2={W - 10} y1={base} y2={base} />
      {bins.map((bin, i) =>
        i % 2 === 0 ? (
          <text class="duiding-chart__label" x={10 + i * width} y={H - 6}>
            {format(bin.from)}
          </text>
        ) : null,
      )}
      <text class="duiding-chart__label" x={W - 10} y={H - 6} text-anchor="end">
        {format(bins[bins.length - 1]?.to ?? 0)}
      </text>
    </SelectFrame>
  );
}
