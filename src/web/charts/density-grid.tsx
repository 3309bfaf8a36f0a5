// number × number (and a stone on the stones canvas) as a density grid
// (domain/charts/density-grid.ts); every box links to the stories in its x and y range.
import { densityGridScene, type DensityGridData } from '../../domain/charts/density-grid.ts';
import { ChartSvg } from './chart-svg.tsx';

export interface DensityGridProps extends DensityGridData {
  id: string;
  title: string;
  desc: string;
  format: (value: number) => string;
  href: (i: number, j: number) => string;
  cellLabel: (i: number, j: number, count: number) => string;
}

export function DensityGrid({ id, title, desc, format, href, cellLabel, ...data }: DensityGridProps) {
  const scene = densityGridScene(data, { format, part: (i, j, count) => ({ href: href(i, j), label: cellLabel(i, j, count) }) });
  return <ChartSvg id={id} title={title} desc={desc} scene={scene} select={{}} />;
}
