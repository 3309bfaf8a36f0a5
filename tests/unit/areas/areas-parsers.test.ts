import { describe, expect, it } from 'vitest';
import { AreaRowDecoder } from '../../../src/domain/areas/csv-codec.ts';
import { readAreasGeoJson } from '../../../src/domain/areas/geojson.ts';
import { levelOfCode, normaliseAreaCode, parentFromCode } from '../../../src/domain/areas/types.ts';
import { demoWijkGeometry } from '../../../src/domain/areas/demo-geometry.ts';
import { formatProblem } from '../../../src/domain/problems.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});

describe('area codes', () => {
  it('trims CBS padding and knows the level and parent of a code', () => {
    expect(normaliseAreaCode('WK036301  ')).toBe('WK036301');
    expect(levelOfCode('GM0363')).toBe('gemeente');
    expect(levelOfCode('BU03630101')).toBe('buurt');
    expect(levelOfCode('WK99999')).toBeNull();
    expect(parentFromCode('BU03630101')).toBe('WK036301');
    expect(parentFromCode('WK036301')).toBe('GM0363');
    expect(parentFromCode('GM0363')).toBeNull();
  });
});

describe('AreaRowDecoder (CSV/XLSX rows)', () => {
  const header = { line: 1, fields: ['gebiedscode', 'naam', 'jaar', 'hoort_bij'] };
  it('reads Dutch headers and derives the parent from the code', () => {
    const decoder = new AreaRowDecoder(header, 'gebieden.csv');
    expect(decoder.headerProblems).toEqual([]);
    expect(decoder.decode({ line: 2, fields: [' wk059901 ', 'Centrum', '2024', ''] }).record).toEqual({
      code: 'WK059901',
      name: 'Centrum',
      level: 'wijk',
      year: 2024,
      parent: 'GM0599',
      geometry: null,
    });
  });
  it('names line and column of every problem in a row', () => {
    const decoder = new AreaRowDecoder(header, 'gebieden.csv');
    const problems = decoder.decode({ line: 7, fields: ['WK12', '', '20x4', 'XX'] }).problems.map((p) => formatProblem(p));
    expect(problems).toEqual([
      'gebieden.csv:7: kolom "gebiedscode": "WK12" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)',
      'gebieden.csv:7: kolom "naam": de naam is leeg',
      'gebieden.csv:7: kolom "jaar": "20x4" is geen jaar van een indeling (zoals 2024)',
      'gebieden.csv:7: kolom "hoort_bij": "XX" is geen gebiedscode van het CBS',
    ]);
  });
  it('reports a missing required column', () => {
    const decoder = new AreaRowDecoder({ line: 1, fields: ['code', 'name'] }, 'g.csv');
    expect(decoder.headerProblems.map((p) => formatProblem(p, 'en'))).toEqual(['g.csv:1: column "year": column "year" is missing']);
  });
});

describe('readAreasGeoJson', () => {
  it('reads code/name and CBS wijkcode/wijknaam and buurtcode/buurtnaam properties', () => {
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'GM9999', name: 'Voorbeeld' }, geometry: null },
        { type: 'Feature', properties: { wijkcode: 'WK999901', wijknaam: 'Centrum', gemeentecode: 'GM9999', jaar: 2023 }, geometry: square(0, 0) },
        {
          type: 'Feature',
          properties: { buurtcode: 'BU99990101', buurtnaam: 'Markt', wijkcode: 'WK999901' },
          geometry: { type: 'MultiPolygon', coordinates: [square(0, 0).coordinates] },
        },
      ],
    };
    const read = readAreasGeoJson(doc, 'wijken.geojson', 2024);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => [r.code, r.name, r.level, r.year, r.parent, r.geometry?.type ?? null])).toEqual([
      ['GM9999', 'Voorbeeld', 'gemeente', 2024, null, null],
      ['WK999901', 'Centrum', 'wijk', 2023, 'GM9999', 'Polygon'],
      ['BU99990101', 'Markt', 'buurt', 2024, 'WK999901', 'MultiPolygon'],
    ]);
  });
  it('names the feature index and field of every problem', () => {
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'WK1', name: '' }, geometry: square(0, 0) },
        {
          type: 'Feature',
          properties: { code: 'WK999902', name: 'Haven' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
              ],
            ],
          },
        },
        { type: 'Feature', properties: { code: 'WK999903', name: 'Molen' }, geometry: square(1, 1) },
      ],
    };
    const read = readAreasGeoJson(doc, 'w.geojson', null);
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => formatProblem(p))).toEqual([
      'w.geojson: veld "features[0].properties.code": "WK1" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)',
      'w.geojson: veld "features[0].properties.name": geen naam',
      'w.geojson: veld "features[0].properties.jaar": geen jaar van de indeling: geef het met --year of als eigenschap "jaar"',
      'w.geojson: veld "features[1].properties.jaar": geen jaar van de indeling: geef het met --year of als eigenschap "jaar"',
      'w.geojson: veld "features[1].geometry": de vorm is geen geldige Polygon of MultiPolygon',
      'w.geojson: veld "features[2].properties.jaar": geen jaar van de indeling: geef het met --year of als eigenschap "jaar"',
    ]);
  });
  it('refuses what is not a FeatureCollection', () => {
    expect(readAreasGeoJson({ type: 'Feature' }, 'x.json', 2024).problems[0]!.code).toBe('not-a-feature-collection');
  });
});

describe('demo geometry', () => {
  it('gives 8 closed, distinct, fictional (North Sea) wijken that share their borders', () => {
    const shapes = Array.from({ length: 8 }, (_, i) => demoWijkGeometry(i).coordinates[0] as number[][]);
    for (const ring of shapes) {
      expect(ring[0]).toEqual(ring.at(-1));
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThan(3);
        expect(lon).toBeLessThan(3.3);
        expect(lat).toBeGreaterThan(53.2);
      }
    }
    // Wijk 0's right edge is wijk 1's left edge.
    expect([shapes[0]![1], shapes[0]![2]]).toEqual([shapes[1]![0], shapes[1]![3]]);
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(8);
  });
});
