// The pattern charts as the browser gets them: server-side SVG whose every part is a link to
// the stories behind it, named (an SVG <title>) and showing the right count.
import { describe, expect, it } from 'vitest';
import { BoxPlot } from '../../../src/web/charts/box-plot.tsx';
import { CountBars } from '../../../src/web/charts/count-bars.tsx';
import { DensityGrid } from '../../../src/web/charts/density-grid.tsx';
import { Histogram } from '../../../src/web/charts/histogram.tsx';
import { TernaryPlot } from '../../../src/web/charts/ternary-plot.tsx';
import { grid, histogram, thresholds } from '../../../src/domain/pattern-charts/bins.ts';
import { ternaryData } from '../../../src/domain/pattern-charts/ternary.ts';

/** Each part: its link, its name, the count it says it opens, and the count written on it. */
function parts(svg: string) {
  return [
    ...svg.matchAll(
      /<a href="([^"]*)" class="duiding-select__cell" data-select-cell="" data-label="([^"]*)" data-count="(\d+)"[^>]*><title>([^<]*)<\/title>([\s\S]*?)<\/a>/g,
    ),
  ].map((m) => ({
    href: m[1].replace(/&amp;/g, '&'),
    label: m[2],
    count: Number(m[3]),
    title: m[4],
    written: /class="duiding-select__count[^"]*"[^>]*>([^<]*)</.exec(m[5])?.[1] ?? null,
  }));
}

const common = { id: 'g', title: 'Titel', desc: 'Uitleg' };

describe('pattern charts (SVG)', () => {
  it('choice × choice: one part per non-empty cell with its count', async () => {
    const counts = [
      [12, 0, 3],
      [4, 9, 30],
    ];
    const svg = String(
      await CountBars({
        ...common,
        rows: [{ label: 'jongere' }, { label: 'ouder' }],
        columns: [{ label: 'boos' }, { label: 'blij' }, { label: 'rustig' }],
        counts,
        href: (i, j) => `/cel?r=${i}&c=${j}`,
        cellLabel: (i, j) => `cel ${i},${j}: ${counts[i][j]} verhalen`,
      }),
    );
    expect(svg).toMatch(/^<svg class="duiding-chart duiding-select" role="group" aria-labelledby="g-title" aria-describedby="g-desc"/);
    const found = parts(svg);
    expect(found.map((p) => [p.href, p.count])).toEqual([
      ['/cel?r=0&c=0', 12],
      ['/cel?r=0&c=2', 3],
      ['/cel?r=1&c=0', 4],
      ['/cel?r=1&c=1', 9],
      ['/cel?r=1&c=2', 30],
    ]);
    for (const p of found) {
      expect(p.title).toBe(p.label);
      expect(p.title).toContain(`${p.count} verhalen`);
      // A count is written where the part is wide enough; never a different one.
      if (p.written !== null) expect(Number(p.written)).toBe(p.count);
    }
    // The widest parts are wide enough to carry their number.
    expect(found.filter((p) => p.written !== null).map((p) => p.count)).toEqual(expect.arrayContaining([12, 30]));
  });

  it('slider: a bar per step with its count, empty steps not selectable', async () => {
    const values = Float64Array.from([0, 5, 9.5, 10, 10, 55, 100, Number.NaN]);
    const bins = histogram(values, thresholds(0, 100, 10), 100);
    const svg = String(await Histogram({ ...common, bins, format: String, href: (i) => `/bin/${i}`, cellLabel: (i) => `bin ${i}` }));
    const found = parts(svg);
    expect(found.map((p) => [p.href, p.count, Number(p.written)])).toEqual([
      ['/bin/0', 3, 3],
      ['/bin/1', 2, 2],
      ['/bin/5', 1, 1],
      ['/bin/9', 1, 1],
    ]);
  });

  it('groups × number: one part per group with n', async () => {
    const groups = [
      { label: 'jongere', n: 14, min: 0, q1: 20, median: 40, q3: 60, max: 100 },
      { label: 'ouder', n: 7, min: 10, q1: 30, median: 50, q3: 70, max: 90 },
    ];
    const svg = String(await BoxPlot({ ...common, groups, format: String, href: (g) => `/g/${g}`, cellLabel: (g) => groups[g].label }));
    expect(parts(svg).map((p) => [p.href, p.count, p.written])).toEqual([
      ['/g/0', 14, 'n 14'],
      ['/g/1', 7, 'n 7'],
    ]);
  });

  it('number × number and stones: a box per occupied cell with its count, dots when few', async () => {
    const x = Float64Array.from([1, 2, 2, 9, 9, 9]);
    const y = Float64Array.from([1, 1, 2, 9, 8, 9]);
    const g = grid(x, y, thresholds(1, 9, 2), 9, thresholds(1, 9, 2), 9);
    const props = {
      ...common,
      x: g.x,
      y: g.y,
      cells: g.cells,
      xLabel: 'x',
      yLabel: 'y',
      format: String,
      href: (i: number, j: number) => `/c/${i}/${j}`,
      cellLabel: (i: number, j: number, n: number) => `${i},${j}: ${n}`,
    };
    const dense = String(await DensityGrid({ ...props, points: null }));
    expect(parts(dense).map((p) => [p.href, p.count, Number(p.written)])).toEqual([
      ['/c/0/0', 3, 3],
      ['/c/1/1', 3, 3],
    ]);
    const dotted = String(await DensityGrid({ ...props, points: [...x].map((v, i) => [v, y[i]] as [number, number]) }));
    expect((dotted.match(/<circle [^>]*class="duiding-chart__dot"/g) ?? []).length).toBe(6);
    expect(parts(dotted).map((p) => p.count)).toEqual([3, 3]);
  });

  it('triad: every area with its count, a centroid per group', async () => {
    const c1 = Float64Array.from([1, 0.9, 0, 0.2, 1 / 3]);
    const c2 = Float64Array.from([0, 0.05, 1, 0.2, 1 / 3]);
    const c3 = c1.map((v, i) => 1 - v - c2[i]);
    const data = ternaryData([c1, c2, c3], { name: 'rol', question: 'rol', labels: ['a', 'b'], codes: Int32Array.from([0, 0, 1, 1, 1]) });
    const svg = String(
      await TernaryPlot({
        ...common,
        corners: ['familie', 'professional', 'ikzelf'],
        regions: data.regions,
        centroids: data.centroids.map((c) => ({ label: c.label ?? '', shares: c.shares })),
        href: (r) => `/r/${r}`,
        cellLabel: (r) => `vlak ${r}: ${data.regions[r].count}`,
      }),
    );
    const found = parts(svg);
    expect(found.map((p) => p.count).reduce((s, n) => s + n, 0)).toBe(5);
    for (const p of found) expect(Number(p.written)).toBe(p.count);
    expect(found.map((p) => p.count)).toEqual(data.regions.map((r) => r.count));
    expect((svg.match(/class="duiding-centroid/g) ?? []).length).toBe(4); // a dot on the plot and one in the legend, per group
  });
});
