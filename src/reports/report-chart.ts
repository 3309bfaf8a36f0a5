// A report chart → its scene in the one chart engine (domain/charts): bars, lines or a map. The
// HTML report writes the scene as SVG (domain/charts/svg.ts), the PDF draws it with pdfkit
// (pdf-chart.ts), so both show identical vectors.
import { barsScene } from '../domain/charts/bars.ts';
import { linesScene } from '../domain/charts/lines.ts';
import { mapScene } from '../domain/charts/map.ts';
import type { ChartScene } from '../domain/charts/scene.ts';
import type { ReportChart } from './document.ts';

export function layoutChart(chart: ReportChart, accent: string, format: (n: number) => string, width = 480): ChartScene {
  if (chart.kind === 'map' && chart.map) return mapScene(chart.map, { format, legend: chart.mapLegend });
  return chart.kind === 'bars' ? barsScene(chart, { accent, format, width }) : linesScene(chart, { accent, format, width });
}
