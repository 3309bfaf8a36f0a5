// A triad on a ternary plot (domain/charts/ternary.ts); every area links to its stories.
import { ternaryScene, type TernaryData } from '../../domain/charts/ternary.ts';
import { ChartSvg } from './chart-svg.tsx';

export interface TernaryPlotProps extends TernaryData {
  id: string;
  title: string;
  desc: string;
  href: (region: number) => string;
  cellLabel: (region: number) => string;
}

export function TernaryPlot({ id, title, desc, href, cellLabel, ...data }: TernaryPlotProps) {
  const scene = ternaryScene(data, (r) => ({ href: href(r), label: cellLabel(r) }));
  return <ChartSvg id={id} title={title} desc={desc} scene={scene} select={{}} />;
}
