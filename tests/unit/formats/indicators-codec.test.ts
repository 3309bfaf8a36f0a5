// duiding.indicators/v1: observations and definitions, from CSV (any column order) and JSON.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/domain/csv/reader.ts';
import { csvRow } from '../../../src/domain/csv/writer.ts';
import {
  DEFINITION_COLUMNS,
  DefinitionRowDecoder,
  OBSERVATION_COLUMNS,
  ObservationRowDecoder,
  detectIndicatorCsvKind,
  encodeDefinitionRow,
  encodeObservationRow,
  parseDefinitionsJson,
} from '../../../src/domain/indicators/csv-codec.ts';

function observations(csv: string) {
  const [header, ...rows] = parseCsv(csv);
  const decoder = new ObservationRowDecoder(header!, 'cijfers.csv');
  return { headerProblems: decoder.headerProblems, rows: rows.map((r) => decoder.decode(r)) };
}

describe('ObservationRowDecoder', () => {
  it('reads any column order, trims CBS padding, and treats empty and "." as missing', () => {
    const { headerProblems, rows } = observations(
      'value,period,area,indicator,provider,numerator,denominator\n12.5,2025-Q3,WK047901  ,wacht,dock,5,40\n.,2025,GM0479,wacht,,,\n,2025-07,BU04790101,wacht,, 3 ,\n',
    );
    expect(headerProblems).toEqual([]);
    expect(rows.map((r) => r.observation)).toEqual([
      { indicator: 'wacht', area: 'WK047901', period: '2025-Q3', value: 12.5, provider: 'dock', numerator: 5, denominator: 40 },
      { indicator: 'wacht', area: 'GM0479', period: '2025', value: null, provider: null, numerator: null, denominator: null },
      { indicator: 'wacht', area: 'BU04790101', period: '2025-07', value: null, provider: null, numerator: 3, denominator: null },
    ]);
  });

  it('reports missing, unknown and duplicate columns', () => {
    const { headerProblems } = observations('indicator,area,value,bedrag,area\n');
    expect(headerProblems.map((p) => [p.column, p.nl])).toEqual([
      ['bedrag', 'kolom "bedrag" is onbekend (bekend zijn: indicator, area, period, value, provider, numerator, denominator)'],
      ['area', 'kolom "area" staat er twee keer in'],
      ['period', 'kolom "period" ontbreekt'],
    ]);
  });

  it('reads Dutch headers and names them in problems', () => {
    const { headerProblems } = observations('indicator,gebied,Periode,waarde,waarde\n');
    expect(headerProblems.map((p) => [p.column, p.nl])).toEqual([['waarde', 'kolom "value" staat er twee keer in: ook "waarde" betekent "value"']]);
    const { rows } = observations('indicator,gebied,Periode,waarde,aanbieder\nwacht,GM0479,2025,x,\n');
    expect(rows[0]!.problems.map((p) => [p.column, p.code])).toEqual([['waarde', 'not-a-number']]);
  });

  const cases: [string, string, string, string][] = [
    ['decimal comma', 'wacht,WK047901,2025,"12,5"', 'value', '"12,5" is geen getal (gebruik een punt: 12.5)'],
    ['not a number', 'wacht,WK047901,2025,veel', 'value', '"veel" is geen getal'],
    ['bad area', 'wacht,WK0479,2025,1', 'area', '"WK0479" is geen gebiedscode van het CBS (zoals GM0479, WK047901 of BU04790101)'],
    ['bad period', 'wacht,WK047901,2025-13,1', 'period', '"2025-13" is geen periode zoals 2025, 2025-Q3 of 2025-07'],
    ['empty indicator', ',WK047901,2025,1', 'indicator', 'de indicator is leeg'],
    [
      'indicator with a space',
      'wacht tijd,WK047901,2025,1',
      'indicator',
      '"wacht tijd" is geen geldige indicatorsleutel: gebruik alleen letters, cijfers, _ en -',
    ],
  ];
  it.each(cases)('%s', (_name, row, column, nl) => {
    const { rows } = observations(`indicator,area,period,value\n${row}\n`);
    expect(rows[0]!.observation).toBeNull();
    expect(rows[0]!.problems.map((p) => [p.file, p.line, p.column, p.nl])).toEqual([['cijfers.csv', 2, column, nl]]);
  });

  it('encodes in OBSERVATION_COLUMNS order and decodes back', () => {
    const o = { indicator: 'wacht', area: 'WK047901', period: '2025', value: 0, provider: null, numerator: null, denominator: 0.1 };
    const cells = encodeObservationRow(o);
    expect(cells).toEqual(['wacht', 'WK047901', '2025', '0', '', '', '0.1']);
    const [header, row] = parseCsv(csvRow(OBSERVATION_COLUMNS) + csvRow(cells));
    expect(new ObservationRowDecoder(header!, 'x').decode(row!).observation).toEqual(o);
  });
});

describe('indicator definitions', () => {
  it('detects the kind of CSV', () => {
    expect(detectIndicatorCsvKind({ line: 1, fields: ['area', 'indicator'] })).toBe('observations');
    expect(detectIndicatorCsvKind({ line: 1, fields: ['name', 'key', 'unit'] })).toBe('definitions');
    expect(detectIndicatorCsvKind({ line: 1, fields: ['key'] })).toBeNull();
  });

  it('decodes CSV rows, with defaults for absent columns, and reports bad ones', () => {
    const [header, ...rows] = parseCsv('key,name,direction\nwacht,Wachttijd,down\nthuis,Thuis,\nwacht,Nog eens,up\nx,,sideways\n');
    const decoder = new DefinitionRowDecoder(header!, 'definities.csv');
    const results = rows.map((r) => decoder.decode(r));
    expect(results[0]!.definition).toEqual({ key: 'wacht', name: 'Wachttijd', unit: '', direction: 'down', source: '', definition: '', domain: '' });
    expect(results[1]!.definition!.direction).toBe('none');
    expect(results[2]!.problems.map((p) => [p.line, p.column, p.nl])).toEqual([[4, 'key', 'indicator "wacht" komt vaker voor']]);
    expect(results[3]!.problems.map((p) => [p.column, p.nl])).toEqual([
      ['name', 'de naam is leeg'],
      ['direction', '"sideways" is geen richting; kies up (hoger is beter), down (lager is beter) of none'],
    ]);
  });

  it('encodes in DEFINITION_COLUMNS order', () => {
    const d = { key: 'a', name: 'A, b', unit: '%', direction: 'up' as const, source: 'CBS', definition: 'd', domain: 'jeugd' };
    const [header, row] = parseCsv(csvRow(DEFINITION_COLUMNS) + csvRow(encodeDefinitionRow(d)));
    expect(new DefinitionRowDecoder(header!, 'x').decode(row!).definition).toEqual(d);
  });

  it('parses JSON as an array or {"definitions": [...]}', () => {
    const list = [{ key: 'wacht', name: 'Wachttijd', unit: 'weken', direction: 'down', source: 'CBS', definition: '…', domain: 'jeugd', extra: 1 }];
    const expected = [{ key: 'wacht', name: 'Wachttijd', unit: 'weken', direction: 'down', source: 'CBS', definition: '…', domain: 'jeugd' }];
    expect(parseDefinitionsJson(list)).toEqual({ ok: true, value: expected });
    expect(parseDefinitionsJson({ definitions: list })).toEqual({ ok: true, value: expected });
    const bad = parseDefinitionsJson({ definitions: [{ key: 'a b', name: 'x', direction: 'omhoog' }, { name: 'y' }] }, 'd.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => [p.field, p.nl])).toEqual([
        ['definitions[0].key', '"a b" is geen geldige indicatorsleutel: gebruik alleen letters, cijfers, _ en -'],
        ['definitions[0].direction', '"omhoog" is geen richting; kies up (hoger is beter), down (lager is beter) of none'],
        ['definitions[1].key', 'dit veld ontbreekt'],
      ]);
    }
  });
});
