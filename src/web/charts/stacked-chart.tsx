// 100% stacked bars per row (domain/charts/stacked.ts); suppressed shares are not drawn and the
// table alternative says why.
import { stackedScene } from '../../domain/charts/stacked.ts';
import { ChartSvg } from './chart-svg.tsx';

export interface StackedChartProps {
  id: string;
  title: string;
  desc: string;
  rows: { label: string; shares: (number | null)[] }[];
  columns: string[];
}

export function StackedChart({ id, title, desc, rows, columns }: StackedChartProps) {
  return <ChartSvg id={id} title={title} desc={desc} scene={stackedScene(rows, columns)} />;
}
