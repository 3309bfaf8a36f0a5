// A correlation on its scale from −1 to 1 (domain/charts/gauge.ts).
import { gaugeScene } from '../../domain/charts/gauge.ts';
import { ChartSvg } from './chart-svg.tsx';

export function GaugeChart({ id, title, desc, value, format }: { id: string; title: string; desc: string; value: number; format: (v: number) => string }) {
  return <ChartSvg id={id} title={title} desc={desc} scene={gaugeScene(value, format)} />;
}
