// Reading one CBS table through OData v4 (datasets.cbs.nl, the new API) or v3
// (opendata.cbs.nl, the classic one) into one shape. Both answer with {"value": [...]} pages;
// v4 gives one row per measure and area ("long"), v3 one row per area with a column per
// measure ("wide", the TypedDataSet). Area codes come padded with spaces ("WK036301  ").
import { normaliseAreaCode } from '../../domain/areas/types.ts';
import { KNOWN_TABLES } from './known-tables.ts';
import { CbsError, getAllRows, getJson, valueRows } from './http.ts';

interface CbsMeasure {
  key: string;
  title: string;
  unit: string;
  description: string;
}

export interface CbsTable {
  api: 'v4' | 'v3';
  table: string;
  title: string;
  /** When CBS last changed the table (its edition). */
  modified: string;
  /** The period of the figures when the table has no Perioden dimension (85984NED: "2024"). */
  period: string;
  /** The division year of the areas (MapYear), if CBS says it. */
  mapYear: number | null;
  measures: Map<string, CbsMeasure>;
  /** Keys asked for that the table lacks. */
  missing: string[];
  rows: { area: string; period: string; values: Map<string, number | null> }[];
  /** Names of the table's areas, from its WijkenEnBuurten dimension (only when asked for). */
  areaNames: Map<string, string>;
}

export interface CbsRequest {
  table: string;
  measures: string[];
  withAreaNames: boolean;
  timeoutMs: number;
}

const enc = encodeURIComponent;
const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** CBS period codes: 2024JJ00 (year), 2024KW02 (quarter), 2024MM03 (month). */
export function periodFromCbs(code: string): string | null {
  const m = /^(\d{4})(JJ00|KW0([1-4])|MM(0[1-9]|1[0-2]))$/.exec(code.trim());
  if (!m) return /^\d{4}$/.test(code.trim()) ? code.trim() : null;
  if (m[3]) return `${m[1]}-Q${m[3]}`;
  if (m[4]) return `${m[1]}-${m[4]}`;
  return m[1]!;
}

function firstYear(text: string): string {
  return /\d{4}/.exec(text)?.[0] ?? '';
}

async function readV3(base: string, request: CbsRequest): Promise<CbsTable> {
  const root = `${base}/${enc(request.table)}`;
  const info = valueRows(await getJson(`${root}/TableInfos`, request.timeoutMs), `${root}/TableInfos`)[0] ?? {};
  const properties = valueRows(await getJson(`${root}/DataProperties`, request.timeoutMs), `${root}/DataProperties`);
  const measures = new Map<string, CbsMeasure>();
  for (const p of properties) {
    if (p.Type === 'Topic') measures.set(str(p.Key), { key: str(p.Key), title: str(p.Title), unit: str(p.Unit), description: str(p.Description) });
  }
  const geo = properties.find((p) => p.Type === 'GeoDetail' || p.Type === 'GeoDimension');
  const areaKey = geo ? str(geo.Key) : 'WijkenEnBuurten';
  const hasPeriods = properties.some((p) => p.Type === 'TimeDimension' && p.Key === 'Perioden');
  const wanted = request.measures.filter((k) => measures.has(k));
  const missing = request.measures.filter((k) => !measures.has(k));
  const period = firstYear(str(info.Period));
  const table: CbsTable = {
    api: 'v3',
    table: request.table,
    title: str(info.Title),
    modified: str(info.Modified),
    period,
    mapYear: num(geo?.MapYear),
    measures,
    missing,
    rows: [],
    areaNames: new Map(),
  };
  if (missing.length > 0) return table;
  const select = [areaKey, ...(hasPeriods ? ['Perioden'] : []), ...wanted].join(',');
  const rows = await getAllRows(`${root}/TypedDataSet?$select=${enc(select)}`, request.timeoutMs);
  table.rows = rows.map((r) => ({
    area: normaliseAreaCode(str(r[areaKey])),
    period: hasPeriods ? (periodFromCbs(str(r.Perioden)) ?? '') : period,
    values: new Map(wanted.map((k) => [k, num(r[k])])),
  }));
  if (request.withAreaNames) {
    for (const a of await getAllRows(`${root}/${enc(areaKey)}`, request.timeoutMs)) table.areaNames.set(normaliseAreaCode(str(a.Key)), str(a.Title).trim());
  }
  return table;
}

async function readV4(base: string, request: CbsRequest): Promise<CbsTable> {
  const root = `${base}/${enc(request.table)}`;
  const info = (await getJson(`${root}/Properties`, request.timeoutMs)) as Record<string, unknown>;
  const codes = await getAllRows(`${root}/MeasureCodes`, request.timeoutMs);
  const known = KNOWN_TABLES[request.table.toUpperCase()]?.measures ?? {};
  // v4 names measures by their own identifiers (M000352); a v3 key (WmoClienten_100) is found
  // by the title Duiding knows for it.
  const byKey = new Map<string, Record<string, unknown>>();
  for (const key of request.measures) {
    const code = codes.find((c) => str(c.Identifier) === key) ?? codes.find((c) => known[key] && str(c.Title) === known[key]!.name);
    if (code) byKey.set(key, code);
  }
  const missing = request.measures.filter((k) => !byKey.has(k));
  // A key v4 does not know may be a v3 key of a measure v4 titles differently: v3 decides.
  if (missing.length > 0)
    throw new CbsError('not-found', `${root}/MeasureCodes`, `OData v4 kent ${missing.join(', ')} niet`, `OData v4 does not know ${missing.join(', ')}`);
  const measures = new Map<string, CbsMeasure>();
  for (const [key, c] of byKey) measures.set(key, { key, title: str(c.Title), unit: str(c.Unit), description: str(c.Description) });
  const period = firstYear(str(info.TemporalCoverage ?? info.Period));
  const table: CbsTable = {
    api: 'v4',
    table: request.table,
    title: str(info.Title),
    modified: str(info.Modified),
    period,
    mapYear: null,
    measures,
    missing: [],
    rows: [],
    areaNames: new Map(),
  };
  const identifiers = new Map([...byKey].map(([key, c]) => [str(c.Identifier), key]));
  const filter = [...identifiers.keys()].map((id) => `Measure eq '${id.replaceAll("'", "''")}'`).join(' or ');
  const observations = await getAllRows(`${root}/Observations?$filter=${enc(filter)}`, request.timeoutMs);
  const rows = new Map<string, CbsTable['rows'][number]>();
  for (const o of observations) {
    const key = identifiers.get(str(o.Measure));
    if (!key) continue;
    const area = normaliseAreaCode(str(o.WijkenEnBuurten));
    const rowPeriod = o.Perioden === undefined ? period : (periodFromCbs(str(o.Perioden)) ?? '');
    const id = `${area}|${rowPeriod}`;
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { area, period: rowPeriod, values: new Map() }));
    row.values.set(key, num(o.Value));
  }
  table.rows = [...rows.values()];
  if (request.withAreaNames) {
    for (const a of await getAllRows(`${root}/WijkenEnBuurtenCodes`, request.timeoutMs))
      table.areaNames.set(normaliseAreaCode(str(a.Identifier)), str(a.Title).trim());
  }
  return table;
}

/** v4 first; when it fails in any way, v3. Both failing: v3's error, which says the most. */
export async function readCbsTable(urls: { v4Url: string; v3Url: string }, request: CbsRequest): Promise<CbsTable & { v4Error?: CbsError }> {
  try {
    return await readV4(urls.v4Url, request);
  } catch (error) {
    if (!(error instanceof CbsError)) throw error;
    const table = await readV3(urls.v3Url, request);
    return { ...table, v4Error: error };
  }
}
