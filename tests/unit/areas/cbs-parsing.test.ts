import { describe, expect, it } from 'vitest';
import { parseIndicatorMapping } from '../../../src/services/cbs/import.ts';
import { periodFromCbs } from '../../../src/services/cbs/sources.ts';
import { nextLink } from '../../../src/services/cbs/http.ts';

describe('CBS request and answer parsing', () => {
  it('reads KEY=CBSKEY pairs and names what is wrong', () => {
    expect(parseIndicatorMapping('wmo=WmoClienten_100, jeugd = JongerenMetJeugdzorgInNatura_98').mapping).toEqual([
      { key: 'wmo', cbsKey: 'WmoClienten_100' },
      { key: 'jeugd', cbsKey: 'JongerenMetJeugdzorgInNatura_98' },
    ]);
    expect(parseIndicatorMapping('WmoClienten_100').mapping).toEqual([{ key: 'wmo_clienten', cbsKey: 'WmoClienten_100' }]);
    expect(parseIndicatorMapping('Wmo=X=Y,ok=Key_1').problems.map((p) => p.nl)).toEqual([
      '"Wmo=X=Y" is geen KEY=CBSKEY (zoals wmo_clienten=WmoClienten_100; de sleutel in kleine letters)',
    ]);
    expect(parseIndicatorMapping(' , ').problems[0]!.code).toBe('missing-indicators');
  });
  it('turns CBS period codes into Duiding periods', () => {
    expect(['2024JJ00', '2024KW02', '2024MM03', '2024', '2024X'].map(periodFromCbs)).toEqual(['2024', '2024-Q2', '2024-03', '2024', null]);
  });
  it('follows v4 and v3 next links', () => {
    expect(nextLink({ '@odata.nextLink': 'https://x/v4?$skip=10' })).toBe('https://x/v4?$skip=10');
    expect(nextLink({ 'odata.nextLink': 'https://x/v3?$skip=10' })).toBe('https://x/v3?$skip=10');
    expect(nextLink({ value: [] })).toBeNull();
  });
});
