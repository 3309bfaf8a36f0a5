// Choropleth maps in the council report: the same paths in the HTML's SVG and the PDF's vectors,
// a legend, the table alternative, and a suppressed wijk white and dashed — never coloured.
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../src/domain/areas/choropleth.ts';
import { demoWijkGeometry } from '../../../src/domain/areas/demo-geometry.ts';
import { layoutChart } from '../../../src/reports/report-chart.ts';
import type { ReportDocument } from '../../../src/reports/document.ts';
import { renderHtml } from '../../../src/reports/html.ts';
import { MAP_STEPS } from '../../../src/domain/charts/map.ts';
import { renderPdf } from '../../../src/reports/pdf.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { sampleDocument } from './sample-document.ts';

const NAMES = ['Centrum', 'Oude Haven', 'Molenwijk', 'Parkzicht'];

function mapDocument(): ReportDocument {
  const areas = NAMES.map((name, i) => ({ code: `WK99990${i + 1}`, name, geometry: demoWijkGeometry(i) }));
  const values = new Map<string, number | { suppressed: true } | null>([
    ['WK999901', 4],
    ['WK999902', 8],
    ['WK999903', { suppressed: true }],
    ['WK999904', null],
  ]);
  const map = buildChoropleth(areas, values, 480)!;
  const doc = sampleDocument();
  doc.sections[1]!.blocks.push({
    kind: 'chart',
    chart: {
      kind: 'map',
      title: 'Kaart: Wachttijd per wijk, 2026',
      description: 'Kaart van 4 wijken in 2026.',
      unit: 'weken',
      categoryLabel: 'Wijk',
      categories: map.areas.map((a) => a.name),
      series: [
        {
          name: 'Wachttijd',
          values: map.areas.map((a) => (a.cell.kind === 'value' ? a.cell.value : a.cell.kind === 'suppressed' ? 'te weinig verhalen' : 'geen cijfer')),
        },
      ],
      map,
      mapLegend: { suppressed: 'te weinig verhalen', missing: 'geen cijfer' },
    },
  });
  return doc;
}

describe('maps in the report', () => {
  it('lays out one path per wijk with its class colour; the suppressed one white and dashed', () => {
    const chart = mapDocument().sections[1]!.blocks.at(-1)!;
    if (chart.kind !== 'chart') throw new Error('expected a chart');
    const paths = layoutChart(chart.chart, '#154273', String).shapes.filter((s) => s.kind === 'path');
    // Four areas and the legend's swatch for "te weinig".
    expect(paths.slice(0, 4).map((p) => (p.kind === 'path' ? [p.fill, p.dash ?? false] : null))).toEqual([
      [MAP_STEPS[0], false],
      [MAP_STEPS[4], false],
      ['#ffffff', true],
      ['#eeeeee', false],
    ]);
  });

  it('writes the map as SVG with its table alternative in HTML, and as text and vectors in the PDF', async () => {
    const doc = mapDocument();
    const html = renderHtml(doc);
    expect(html).toContain('<title id="grafiek-');
    expect(html.match(/<path d="M/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toMatch(/Tabel bij de grafiek: Kaart: Wachttijd per wijk, 2026/);
    const { pages } = await pdfText(await renderPdf(doc));
    const text = pages.join('\n');
    expect(text).toContain('Kaart: Wachttijd per wijk, 2026');
    expect(text).toMatch(/Molenwijk te weinig verhalen/);
    expect(text).toContain('te weinig verhalen'); // the legend
  });
});
