// groups × number as box plots (domain/charts/box-plot.ts); each group's row links to the
// stories of that group (group=b:label).
import type { GroupSpread } from '../../domain/pattern-charts/groups.ts';
import { boxPlotScene } from '../../domain/charts/box-plot.ts';
import { ChartSvg } from './chart-svg.tsx';

export interface BoxPlotProps {
  id: string;
  title: string;
  desc: string;
  groups: GroupSpread[];
  /** How a value is written (a triad share as a percentage). */
  format: (value: number) => string;
  href: (group: number) => string;
  cellLabel: (group: number) => string;
}

export function BoxPlot({ id, title, desc, groups, format, href, cellLabel }: BoxPlotProps) {
  const scene = boxPlotScene(groups, { format, part: (g) => ({ href: href(g), label: cellLabel(g) }) });
  return <ChartSvg id={id} title={title} desc={desc} scene={scene} select={{}} />;
}
