// Issue 16: one chart engine for the pages and the report (src/domain/charts). A scene is plain
// shapes; one SVG writer serves pages and the HTML report, and the page's charts are the same
// layouts as the report's.
import { describe, expect, it } from 'vitest';
import type { Choropleth } from '../../../src/domain/areas/choropleth.ts';
import { barsScene } from '../../../src/domain/charts/bars.ts';
import { mapScene } from '../../../src/domain/charts/map.ts';
import { PAGE_ACCENT } from '../../../src/domain/charts/scene.ts';
import { sceneToSvg } from '../../../src/domain/charts/svg.ts';
import { BarChart } from '../../../src/web/charts/bar-chart.tsx';
import { layoutChart } from '../../../src/reports/report-chart.ts';

const square = (x: number) => `M${x},0L${x + 10},0L${x + 10},10L${x},10Z`;
const map: Choropleth = {
  width: 40,
  height: 10,
  areas: [
    { code: 'WK01', name: 'Noord', d: square(0), cell: { kind: 'value', value: 4, step: 1 } },
    { code: 'WK02', name: 'Molenwijk', d: square(15), cell: { kind: 'suppressed' } },
    { code: 'WK03', name: 'Zuid', d: square(30), cell: { kind: 'missing' } },
  ],
  legend: [{ step: 1, from: 2, to: 5 }],
  hasSuppressed: true,
  hasMissing: true,
} as unknown as Choropleth;

describe('the SVG writer', () => {
  it('names the image by its title and description and escapes every text', () => {
    const scene = barsScene({ categories: ['<b>'], series: [{ name: 's', values: [1] }] }, { accent: '#154273', format: String });
    const svg = sceneToSvg(scene, { id: 'g1', title: 'A & B', desc: '"c"', class: 'duiding-chart' });
    expect(svg).toMatch(
      /^<svg class="duiding-chart" xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="g1-title g1-desc" viewBox="0 0 480 [\d.]+"/,
    );
    expect(svg).toContain('<title id="g1-title">A &amp; B</title><desc id="g1-desc">&quot;c&quot;</desc>');
    expect(svg).toContain('>&lt;b&gt;</text>');
    expect(svg).not.toContain('<b>');
  });

  it('hides the shapes from screen readers when a table says it all (the report)', () => {
    const svg = sceneToSvg(
      { width: 10, height: 10, shapes: [{ kind: 'circle', cx: 1, cy: 1, r: 1, fill: '#000000' }] },
      { id: 'x', title: 't', desc: 'd', hideShapes: true },
    );
    expect(svg).toContain('<g aria-hidden="true"><circle cx="1" cy="1" r="1" fill="#000000"/></g>');
  });
});

describe('one layout for page and report', () => {
  it("draws the page's bar chart with the report's bar layout", async () => {
    const page = String(
      await BarChart({
        id: 'b',
        title: 'Mediaan',
        desc: 'd',
        bars: [
          { label: 'Jong', value: 3 },
          { label: 'Oud', value: null },
        ],
        max: 5,
        empty: 'te weinig verhalen',
        format: String,
      }),
    );
    const scene = barsScene(
      { categories: ['Jong', 'Oud'], series: [{ name: 'Mediaan', values: [3, 'te weinig verhalen'] }] },
      { accent: PAGE_ACCENT, format: String, width: 420, max: 5 },
    );
    expect(page).toBe(sceneToSvg(scene, { id: 'b', title: 'Mediaan', desc: 'd', class: 'duiding-chart' }));
    expect(page.match(/<rect /g)).toHaveLength(1);
    expect(page).toContain('class="duiding-chart__suppressed">te weinig verhalen</text>');
  });

  it('hatches a hidden area on a page, and prints it white with a dashed outline; never coloured', () => {
    const page = mapScene(map, { format: String, page: { hatch: 'h', title: (a) => a.name } });
    const hidden = page.shapes.find((s) => s.kind === 'path' && s.class?.includes('--suppressed'))!;
    expect(hidden).toMatchObject({ pattern: 'h', title: 'Molenwijk' });
    expect(page.patterns?.map((p) => p.id)).toEqual(['h']);
    expect(sceneToSvg(page, { id: 'm', title: 't', desc: 'd' })).toContain('fill="url(#h)" fill-rule="evenodd"');

    const print = layoutChart(
      { kind: 'map', map, title: 't', description: 'd', unit: '', categoryLabel: 'Wijk', categories: [], series: [] },
      '#154273',
      String,
    );
    const printed = print.shapes.find((s) => s.kind === 'path' && s.class?.includes('--suppressed'))!;
    expect(printed).toMatchObject({ fill: '#ffffff', dash: true });
    expect(printed).not.toHaveProperty('pattern', 'h');
    // The printed map has its legend in the picture: the step, the hidden and the missing value.
    expect(print.shapes.filter((s) => s.kind === 'text').map((s) => (s as { text: string }).text)).toEqual(['2 – 5', 'te weinig', 'geen cijfer']);
    expect(print.height).toBeGreaterThan(map.height);
  });
});

describe('the interactive shapes (links and groups)', () => {
  const scene = {
    width: 100,
    height: 50,
    shapes: [
      {
        kind: 'link' as const,
        href: '/patronen/q/verhalen?var=a&min=1',
        label: 'a 1–2: 3 verhalen & meer',
        count: 3,
        data: { 'range-from': '1', 'range-max': '2' },
        shapes: [{ kind: 'rect' as const, x: 0, y: 0, w: 10, h: 10, fill: '#000000', class: 'duiding-chart__bar' }],
      },
      {
        kind: 'group' as const,
        hidden: true,
        shapes: [
          {
            kind: 'polygon' as const,
            points: [
              [0, 0],
              [5, 5],
              [0, 5],
            ] as [number, number][],
            fill: '#ffffff',
          },
        ],
      },
      { kind: 'text' as const, x: 12, y: 25, text: 'y', anchor: 'middle' as const, size: 12, fill: '#000000', rotate: -90 },
    ],
  };

  it('writes a link as a named <a> with its count and data, and the chart as a named group', () => {
    const svg = sceneToSvg(scene, { id: 'k', title: 'T', desc: 'D', class: 'duiding-chart duiding-select', select: { data: { 'select-range': '/r?x=1' } } });
    expect(svg).toMatch(
      /^<svg class="duiding-chart duiding-select" role="group" aria-labelledby="k-title" aria-describedby="k-desc" data-select-chart="" data-select-range="\/r\?x=1" id="k"/,
    );
    expect(svg).toContain(
      '<a href="/patronen/q/verhalen?var=a&amp;min=1" class="duiding-select__cell" data-select-cell="" data-label="a 1–2: 3 verhalen &amp; meer" data-count="3" data-range-from="1" data-range-max="2"><title>a 1–2: 3 verhalen &amp; meer</title><rect ',
    );
    expect(svg).toContain('<g aria-hidden="true"><polygon points="0,0 5,5 0,5" fill="#ffffff"/></g>');
    expect(svg).toContain('transform="rotate(-90 12 25)"');
  });

  it('draws what links and groups hold in the PDF, without links', async () => {
    const { default: PDFDocument } = await import('pdfkit');
    const { drawScene } = await import('../../../src/reports/pdf-chart.ts');
    const doc = new PDFDocument({ autoFirstPage: true });
    const drawn: string[] = [];
    const rect = doc.rect.bind(doc);
    doc.rect = ((...args: Parameters<typeof doc.rect>) => {
      drawn.push('rect');
      return rect(...args);
    }) as typeof doc.rect;
    expect(() => drawScene(doc, scene, 10, 10, 1)).not.toThrow();
    expect(drawn).toEqual(['rect']);
    doc.end();
  });
});
