// A local stand-in for CBS open data (OData v4 at /v4, v3 at /v3), for tests without internet.
//
// Real: the table 85984NED's TableInfos and DataProperties are served verbatim from
// ../shared/datasets/cbs (CBS's own v3 metadata, 172 properties, keys such as WmoClienten_100).
// Reconstructed (CBS's data rows are not in that folder): the v3 TypedDataSet rows, in the shape
// the dataset README documents ({"value": [{"ID": 0, "WijkenEnBuurten": "WK036301  ", …}]}, codes
// padded with spaces to 10 characters) and v3's "odata.nextLink" paging; the v3 WijkenEnBuurten
// dimension ({Key, Title, Description}); and the v4 endpoints (Properties, MeasureCodes with
// Identifier/Title/Unit/Description, Observations in long form with Measure/Value/
// ValueAttribute/WijkenEnBuurten and "@odata.nextLink"), after CBS's documentation of the v4 API.
// The figures themselves are invented, for the fictional demo codes GM9999/WK9999xx.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const DATASETS = path.resolve(import.meta.dirname, '../../../shared/datasets/cbs');
export const CBS_DATASET_AVAILABLE = fs.existsSync(path.join(DATASETS, '85984NED_DataProperties.json'));

type Mode = 'ok' | 'down' | 'slow' | 'missing';

export interface CbsFixtureOptions {
  v4?: Mode;
  v3?: Mode;
  /** Rows per page (both APIs), small so that paging is exercised. */
  pageSize?: number;
  /** Extra area rows (code → values), e.g. an area the register lacks. */
  extraAreas?: Record<string, { wmo: number | null; jeugd: number | null; name: string }>;
}

export interface CbsFixture {
  v4Url: string;
  v3Url: string;
  /** Every path requested, in order (to check paging and fallback). */
  requests: string[];
  options: CbsFixtureOptions;
  close(): Promise<void>;
}

/** Invented figures per area of the fictional demo municipality, plus Nederland and another gemeente. */
const FIXTURE_AREAS: Record<string, { wmo: number | null; jeugd: number | null; name: string }> = {
  NL00: { wmo: 600000, jeugd: 400000, name: 'Nederland' },
  GM9999: { wmo: 1830, jeugd: 1210, name: 'Voorbeeld' },
  WK999901: { wmo: 310, jeugd: 150, name: 'Centrum' },
  WK999902: { wmo: 260, jeugd: 170, name: 'Oude Haven' },
  WK999903: { wmo: 420, jeugd: 330, name: 'Molenwijk' },
  WK999904: { wmo: 200, jeugd: 120, name: 'Parkzicht' },
  WK999905: { wmo: 180, jeugd: 140, name: 'De Driehoek' },
  WK999906: { wmo: 230, jeugd: 160, name: 'Vogelbuurt' },
  WK999907: { wmo: 150, jeugd: 90, name: 'Bloemenkwartier' },
  WK999908: { wmo: null, jeugd: 50, name: 'Polderrand' }, // CBS "." (geheim/ontbreekt): null
  GM0363: { wmo: 40000, jeugd: 30000, name: 'Amsterdam' },
};

const pad = (code: string) => code.padEnd(10, ' ');
// v4 identifiers of the two measures (invented: v4 uses its own identifiers, not the v3 keys).
const V4_MEASURES = [
  { Identifier: 'M004455', Title: 'Wmo-cliënten', v3: 'WmoClienten_100', Unit: 'aantal' },
  { Identifier: 'M004456', Title: 'Jongeren met jeugdzorg in natura', v3: 'JongerenMetJeugdzorgInNatura_98', Unit: 'aantal' },
];

export async function startCbsFixture(options: CbsFixtureOptions = {}): Promise<CbsFixture> {
  const tableInfos = JSON.parse(fs.readFileSync(path.join(DATASETS, '85984NED_TableInfos.json'), 'utf8')) as Record<string, unknown>[];
  const dataProperties = JSON.parse(fs.readFileSync(path.join(DATASETS, '85984NED_DataProperties.json'), 'utf8')) as Record<string, unknown>[];
  const requests: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  let base = '';
  const areas = () => ({ ...FIXTURE_AREAS, ...(fixture.options.extraAreas ?? {}) });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const [, api, table, resource] = url.pathname.split('/');
    const mode = (api === 'v4' ? fixture.options.v4 : fixture.options.v3) ?? 'ok';
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (mode === 'down') {
      req.socket.destroy(); // a connection that breaks off: a network failure
      return;
    }
    if (mode === 'slow') return; // never answers: the client's timeout must end it
    if (mode === 'missing' || table !== '85984NED') {
      // CBS answers an unknown table with 404 (v3: an OData error document).
      return send(404, { 'odata.error': { code: '', message: { lang: 'en-US', value: 'Resource not found for the segment' } } });
    }
    const pageSize = fixture.options.pageSize ?? 1000;
    const skip = Number(url.searchParams.get('$skip') ?? '0');
    const page = <T>(rows: T[], linkKey: string, extra: Record<string, unknown> = {}) => {
      const slice = rows.slice(skip, skip + pageSize);
      const next = new URL(url.pathname + url.search, base);
      next.searchParams.set('$skip', String(skip + pageSize));
      return send(200, { ...extra, value: slice, ...(skip + pageSize < rows.length ? { [linkKey]: next.toString() } : {}) });
    };
    if (api === 'v3') {
      const meta = { 'odata.metadata': `${base}/v3/85984NED/$metadata#Cbs.OData.WebAPI.${resource}` };
      if (resource === 'TableInfos') return send(200, { ...meta, value: tableInfos });
      if (resource === 'DataProperties') return send(200, { ...meta, value: dataProperties });
      if (resource === 'WijkenEnBuurten') {
        return page(
          Object.entries(areas()).map(([code, a]) => ({ Key: pad(code), Title: a.name, Description: null, DetailRegionCode: pad(code) })),
          'odata.nextLink',
          meta,
        );
      }
      if (resource === 'TypedDataSet') {
        const select = (url.searchParams.get('$select') ?? '').split(',');
        const rows = Object.entries(areas()).map(([code, a], id) => {
          const full: Record<string, unknown> = {
            ID: id,
            WijkenEnBuurten: pad(code),
            Gemeentenaam_1: a.name,
            WmoClienten_100: a.wmo,
            JongerenMetJeugdzorgInNatura_98: a.jeugd,
          };
          return select[0] ? Object.fromEntries(Object.entries(full).filter(([k]) => select.includes(k))) : full;
        });
        return page(rows, 'odata.nextLink', meta);
      }
      return send(404, {});
    }
    if (api === 'v4') {
      const info = tableInfos[0]!;
      if (resource === 'Properties')
        return send(200, {
          Identifier: '85984NED',
          Title: info.Title,
          Modified: info.Modified,
          TemporalCoverage: info.Period,
          Language: 'nl',
          Status: 'Regular',
        });
      if (resource === 'MeasureCodes') {
        return page(
          V4_MEASURES.map((m) => ({ Identifier: m.Identifier, Title: m.Title, Unit: m.Unit, Description: '', DataType: 'Long', Decimals: 0 })),
          '@odata.nextLink',
          { '@odata.context': `${base}/v4/85984NED/$metadata#MeasureCodes` },
        );
      }
      if (resource === 'WijkenEnBuurtenCodes') {
        return page(
          Object.entries(areas()).map(([code, a]) => ({ Identifier: code, Title: a.name, Description: '', DimensionGroupId: null })),
          '@odata.nextLink',
        );
      }
      if (resource === 'Observations') {
        const filter = url.searchParams.get('$filter') ?? '';
        const wanted = V4_MEASURES.filter((m) => filter.includes(`'${m.Identifier}'`));
        let id = 0;
        const rows = Object.entries(areas()).flatMap(([code, a]) =>
          wanted.map((m) => {
            const value = m.v3 === 'WmoClienten_100' ? a.wmo : a.jeugd;
            return { Id: id++, Measure: m.Identifier, ValueAttribute: value === null ? 'Impossible' : 'None', Value: value, WijkenEnBuurten: pad(code) };
          }),
        );
        return page(rows, '@odata.nextLink', { '@odata.context': `${base}/v4/85984NED/$metadata#Observations` });
      }
      return send(404, {});
    }
    return send(404, {});
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fixture: CbsFixture = {
    v4Url: `${base}/v4`,
    v3Url: `${base}/v3`,
    requests,
    options,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return fixture;
}
