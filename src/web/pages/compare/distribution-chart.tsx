// The distributions of one question side by side (domain/charts/distribution.ts), drawn by the one
// chart engine: an image with a title and description for screen readers; the table beside it has
// the same counts as links to the stories.
import { distributionScene, type DistributionData } from '../../../domain/charts/distribution.ts';
import { ChartSvg } from '../../charts/chart-svg.tsx';

export interface DistributionChartProps extends DistributionData {
  id: string;
  title: string;
  desc: string;
}

export function DistributionChart({ id, title, desc, ...data }: DistributionChartProps) {
  return <ChartSvg id={id} title={title} desc={desc} scene={distributionScene(data)} />;
}
