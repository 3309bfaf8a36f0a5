// One indicator series as a small multiple (domain/charts/spark.ts); the table alternative is
// rendered by the page next to it.
import { sparkScene } from '../../domain/charts/spark.ts';
import { ChartSvg } from './chart-svg.tsx';

export { sharedScale } from '../../domain/charts/spark.ts';

export interface SeriesChartProps {
  id: string;
  title: string;
  desc: string;
  points: { period: string; value: number | null }[];
  /** Shared across the multiples of one indicator. */
  scale: { min: number; max: number };
  format: (value: number) => string;
}

export function SeriesChart({ id, title, desc, points, scale, format }: SeriesChartProps) {
  return <ChartSvg id={id} title={title} desc={desc} scene={sparkScene(points, scale, format)} />;
}
