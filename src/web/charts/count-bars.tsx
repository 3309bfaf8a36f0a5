// choice × choice as bars of counts (domain/charts/count-bars.ts); every part links to the
// stories of that cell (group=a:row&group=b:column).
import { countBarsScene } from '../../domain/charts/count-bars.ts';
import { ChartSvg } from './chart-svg.tsx';

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

export function CountBars({ id, title, desc, rows, columns, counts, href, cellLabel }: CountBarsProps) {
  const scene = countBarsScene(rows, columns, counts, (i, j) => ({ href: href(i, j), label: cellLabel(i, j) }));
  return <ChartSvg id={id} title={title} desc={desc} scene={scene} select={{}} />;
}
