// Horizontal bars, one per group (e.g. the median of a question per group of tellers). A group
// whose figure was suppressed gets no bar, only the words "te weinig verhalen".
import { barsScene } from '../../domain/charts/bars.ts';
import { PAGE_ACCENT } from '../../domain/charts/scene.ts';
import { ChartSvg } from './chart-svg.tsx';

interface Bar {
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

export function BarChart({ id, title, desc, bars, max, empty, format }: BarChartProps) {
  const data = { categories: bars.map((b) => b.label), series: [{ name: title, values: bars.map((b) => b.value ?? empty) }] };
  return <ChartSvg id={id} title={title} desc={desc} scene={barsScene(data, { accent: PAGE_ACCENT, format, width: 420, max })} />;
}
