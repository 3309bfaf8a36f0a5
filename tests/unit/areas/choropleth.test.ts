import { describe, expect, it } from 'vitest';
import { buildChoropleth, classSteps, stepOf } from '../../../src/domain/areas/choropleth.ts';
import { projectAreas } from '../../../src/domain/areas/projection.ts';
import type { AreaGeometry } from '../../../src/domain/areas/types.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

describe('projectAreas', () => {
  it('fits RD coordinates (metres) to the canvas with north up and the aspect ratio kept', () => {
    // Two RD squares side by side: 1000 m wide each, 1000 m high.
    const p = projectAreas(
      [
        { code: 'A', geometry: rect(100000, 400000, 101000, 401000) },
        { code: 'B', geometry: rect(101000, 400000, 102000, 401000) },
      ],
      210,
      5,
    )!;
    expect(p.width).toBe(210);
    expect(p.height).toBe(110); // 200 px for 2000 m, so 100 px for 1000 m, plus padding
    expect(p.areas[0]!.d).toBe('M5,105L105,105L105,5L5,5L5,105Z');
    expect(p.areas[1]!.centre).toEqual([155, 55]);
  });
  it('scales longitude by cos(latitude) for WGS84', () => {
    // At 60° N a degree of longitude is half a degree of latitude: 1° × 1° is twice as high as wide.
    const p = projectAreas([{ code: 'A', geometry: rect(10, 59.5, 11, 60.5) }], 100, 0)!;
    expect(p.height).toBe(200);
  });
  it('draws holes and every polygon of a MultiPolygon', () => {
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [rect(0, 0, 4, 4).coordinates as number[][][], rect(5, 0, 6, 1).coordinates as number[][][]],
    };
    const p = projectAreas([{ code: 'M', geometry: multi }], 100, 0)!;
    expect(p.areas[0]!.d.match(/M/g)).toHaveLength(2);
  });
});

describe('choropleth classes', () => {
  it('splits the range in five equal steps and places values at their step', () => {
    const legend = classSteps([0, 10, 5, 2.5]);
    expect(legend.map((s) => [s.from, s.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
    expect([0, 2, 2.5, 10].map((v) => stepOf(v, legend))).toEqual([0, 0, 1, 4]);
    expect(classSteps([3, 3])).toEqual([{ step: 0, from: 3, to: 3 }]);
  });
  it('never colours a suppressed area and keeps it out of the legend range', () => {
    const areas = [0, 1, 2].map((i) => ({ code: `WK00000${i}`, name: `W${i}`, geometry: rect(i, 0, i + 1, 1) }));
    const map = buildChoropleth(
      areas,
      new Map<string, number | { suppressed: true } | null>([
        ['WK000000', 1],
        ['WK000001', { suppressed: true }],
        ['WK000002', null],
      ]),
    )!;
    expect(map.areas.map((a) => a.cell)).toEqual([{ kind: 'value', value: 1, step: 0 }, { kind: 'suppressed' }, { kind: 'missing' }]);
    expect(map.legend).toEqual([{ step: 0, from: 1, to: 1 }]);
    expect(map.hasSuppressed && map.hasMissing).toBe(true);
  });
  it('draws only areas that have a row', () => {
    const areas = [0, 1].map((i) => ({ code: `WK00000${i}`, name: `W${i}`, geometry: rect(i, 0, i + 1, 1) }));
    expect(buildChoropleth(areas, new Map([['WK000001', 5]]))!.areas.map((a) => a.code)).toEqual(['WK000001']);
    expect(buildChoropleth(areas, new Map())).toBeNull();
  });
});
