// A slider's answers as a histogram (domain/charts/histogram.ts): every bar links to the stories
// in its range. With `rangeHref` (the stories page with `var=` and the filter) the bars also carry
// their range, and pattern-select.js joins the bars dragged over into one range (min, max).
import type { Bin } from '../../domain/pattern-charts/bins.ts';
import { histogramScene } from '../../domain/charts/histogram.ts';
import { ChartSvg } from './chart-svg.tsx';

export interface HistogramProps {
  id: string;
  title: string;
  desc: string;
  bins: Bin[];
  format: (value: number) => string;
  href: (bin: number) => string;
  cellLabel: (bin: number) => string;
  /** The address a chosen range opens, with `min` and `max` added by the script. */
  rangeHref?: string;
  /** What the status says of a chosen range: {from}, {to} and {n} are filled in by the script. */
  rangeLabel?: string;
}

export function Histogram({ id, title, desc, bins, format, href, cellLabel, rangeHref, rangeLabel }: HistogramProps) {
  const scene = histogramScene(bins, { format, part: (i) => ({ href: href(i), label: cellLabel(i) }) });
  const data = rangeHref ? { 'select-range': rangeHref, 'range-label': rangeLabel ?? '' } : undefined;
  return <ChartSvg id={id} title={title} desc={desc} scene={scene} select={{ data }} />;
}
