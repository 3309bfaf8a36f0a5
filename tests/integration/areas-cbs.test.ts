// The area register (CSV, XLSX, GeoJSON; history by year; all or nothing), imports refusing
// unknown area codes, and the CBS StatLine import against a local fixture server (v4, v3 fallback,
// paging, 404, timeout), on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { areaHistory, listMappedAreas } from '../../src/db/repositories/areas.repository.ts';
import { listDefinitions, listObservations } from '../../src/db/repositories/indicators.repository.ts';
import { insertTenant, listAreas } from '../../src/db/repositories/tenants.repository.ts';
import { areas as areasTable } from '../../src/db/schema/index.ts';
import { formatProblem, InputRejected } from '../../src/domain/problems.ts';
import type { ServiceContext, TextSource } from '../../src/services/context.ts';
import { importAreas } from '../../src/services/areas.ts';
import { importCbs, type CbsImportRequest } from '../../src/services/cbs/import.ts';
import { importIndicators } from '../../src/services/indicators.ts';
import { writeXlsx } from '../../src/services/tables/xlsx-write.ts';
import { demoAreasGeoJson } from '../../src/services/demo/areas.ts';
import { generateDemo } from '../../src/domain/demo/index.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { CBS_DATASET_AVAILABLE, startCbsFixture, type CbsFixture } from '../support/cbs-fixture.ts';

const text = (name: string, body: string): TextSource => ({
  name,
  async *open() {
    yield body;
  },
});
const bytes = (name: string, body: Buffer): TextSource => ({
  name,
  async *open() {
    yield body;
  },
});

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { Writable } = await import('node:stream');
  const out = new Writable({
    write(chunk, _e, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const finished = new Promise((resolve) => out.on('finish', resolve));
  await writeXlsx(out, [{ name: 'gebieden', header: rows[0] as string[], rows: [rows.slice(1)] }]);
  await finished;
  return Buffer.concat(chunks);
}

async function problemsOf(work: Promise<unknown>, lang: 'nl' | 'en' = 'nl'): Promise<string[]> {
  try {
    await work;
  } catch (error) {
    if (error instanceof InputRejected) return error.problems.map((p) => formatProblem(p, lang));
    throw error;
  }
  throw new Error('expected the input to be rejected');
}

describe.each(testDatabaseTargets())('area register and CBS import on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let cbs: CbsFixture;
  const cbsConfig = (timeoutMs = 2000) => ({ v4Url: cbs.v4Url, v3Url: cbs.v3Url, timeoutMs });
  const request = (over: Partial<CbsImportRequest> = {}): CbsImportRequest => ({
    table: '85984NED',
    indicators: [
      { key: 'wmo_clienten', cbsKey: 'WmoClienten_100' },
      { key: 'jeugdzorg', cbsKey: 'JongerenMetJeugdzorgInNatura_98' },
    ],
    areas: ['GM9999'],
    addAreas: false,
    ...over,
  });

  beforeAll(async () => {
    handle = await create();
    // A municipality without any register: the import must build it.
    const tenant = await insertTenant(handle.db, { slug: 'kaartstad', name: 'Gemeente Kaartstad', fictional: true });
    ctx = { db: handle.db, tenantId: tenant.id, actorUserId: null };
    cbs = await startCbsFixture({ pageSize: 4 });
  });
  afterAll(async () => {
    await cbs?.close();
    await handle?.close();
  });

  it('refuses indicators for areas before there is a register, listing every unknown code', async () => {
    const csv = 'indicator,area,period,value\nwacht,WK999901,2025,1\nwacht,WK999999,2025,2\nwacht,WK999999,2024,2\nwacht,GM9999,2025,3\n';
    const problems = await problemsOf(importIndicators(ctx, text('cijfers.csv', csv), { definitions: text('defs.csv', 'key,name\nwacht,Wachttijd\n') }));
    expect(problems).toEqual([
      'cijfers.csv:2: kolom "area": gebied WK999901 staat niet in het gebiedenregister; onbekend zijn: WK999901, WK999999, GM9999. Lees eerst de gebieden in (duiding import areas)',
      'cijfers.csv:3: kolom "area": gebied WK999999 staat niet in het gebiedenregister (2 rijen)',
      'cijfers.csv:5: kolom "area": gebied GM9999 staat niet in het gebiedenregister',
    ]);
    expect(await listObservations(handle.db, ctx.tenantId)).toEqual([]);
  });

  it("reads a GeoJSON register with shapes (the demo's) and then accepts those codes only", async () => {
    const result = await importAreas(ctx, text('wijken.geojson', demoAreasGeoJson(generateDemo({ stories: 0 }).areas)));
    expect(result).toMatchObject({ areas: 9, withGeometry: 8, years: [2025], read: { format: 'geojson' } });
    expect((await listMappedAreas(handle.db, ctx.tenantId)).map((a) => a.code)).toEqual([
      'WK999901',
      'WK999902',
      'WK999903',
      'WK999904',
      'WK999905',
      'WK999906',
      'WK999907',
      'WK999908',
    ]);
    const csv = 'indicator,gebied,period,value\nwacht,WK999901,2025,1\nwacht,WK999999,2025,2\n';
    expect(await problemsOf(importIndicators(ctx, text('c.csv', csv), { definitions: text('d.csv', 'key,name\nwacht,Wachttijd\n') }), 'en')).toEqual([
      'c.csv:3: column "gebied": area WK999999 is not in the area register; unknown are: WK999999. Import the areas first (duiding import areas)',
    ]);
    await importIndicators(ctx, text('c.csv', 'indicator,area,period,value\nwacht,WK999901,2025,1\n'), {
      definitions: text('d.csv', 'key,name\nwacht,Wachttijd\n'),
    });
    expect(await listObservations(handle.db, ctx.tenantId)).toHaveLength(1);
  });

  it("keeps a renamed wijk's history by year, and the newest name as the current one", async () => {
    await importAreas(ctx, text('2026.csv', 'code,name,year\nWK999901,Binnenstad,2026\n'));
    // An older division read later does not overwrite the current name.
    await importAreas(ctx, text('2020.csv', 'code;naam;jaar\nWK999901;Oud Centrum;2020\n'));
    const current = (await listAreas(handle.db, ctx.tenantId)).find((a) => a.code === 'WK999901')!;
    expect([current.name, current.year, current.parentCode]).toEqual(['Binnenstad', 2026, 'GM9999']);
    expect(current.geometry).not.toBeNull(); // the CSV had no shape: the GeoJSON's stays
    expect((await areaHistory(handle.db, ctx.tenantId, 'WK999901')).map((v) => [v.year, v.name])).toEqual([
      [2020, 'Oud Centrum'],
      [2025, 'Centrum'],
      [2026, 'Binnenstad'],
    ]);
  });

  it('reads an XLSX register (split wijk: two new codes in a later year, the old code stays)', async () => {
    const book = await xlsx([
      ['code', 'name', 'year', 'parent'],
      ['WK999909', 'Haven-Noord', 2026, 'GM9999'],
      ['WK999910', 'Haven-Zuid', 2026, null],
    ]);
    expect(await importAreas(ctx, bytes('gebieden.xlsx', book))).toMatchObject({ areas: 2, read: { format: 'xlsx' } });
    const codes = (await listAreas(handle.db, ctx.tenantId)).map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['WK999902', 'WK999909', 'WK999910']));
  });

  it('reports every problem of a register file by line and column (or sheet and cell), and writes nothing', async () => {
    const before = await listAreas(handle.db, ctx.tenantId);
    const csv = 'code,name,year\nWK999911,Goed,2026\nWK99,Fout,2026\nWK999912,,1800\nWK999911,Dubbel,2026\n';
    expect(await problemsOf(importAreas(ctx, text('fout.csv', csv)))).toEqual([
      'fout.csv:3: kolom "code": "WK99" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)',
      'fout.csv:4: kolom "name": de naam is leeg',
      'fout.csv:4: kolom "year": "1800" is geen jaar van een indeling (zoals 2024)',
      'fout.csv:5: kolom "code": WK999911 staat voor 2026 twee keer in het bestand (ook op regel 2)',
    ]);
    const book = await xlsx([
      ['code', 'name', 'year'],
      ['WK999913', 'Goed', 2026],
      ['BU1', 'Fout', 2026],
    ]);
    expect(await problemsOf(importAreas(ctx, bytes('fout.xlsx', book)))).toEqual([
      'fout.xlsx: blad "gebieden", rij 3, cel A3: kolom "code": "BU1" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)',
    ]);
    expect(await problemsOf(importAreas(ctx, text('kapot.geojson', '{"type": "FeatureCollection", "features": [')))).toEqual([
      expect.stringMatching(/^kapot\.geojson: geen geldige JSON: /),
    ]);
    expect(await listAreas(handle.db, ctx.tenantId)).toEqual(before);
  });

  describe.skipIf(!CBS_DATASET_AVAILABLE)('CBS StatLine', () => {
    it('imports through OData v4 with paging, trims padded codes, skips other gemeenten, records provenance', async () => {
      cbs.options.v4 = 'ok';
      cbs.options.v3 = 'ok';
      cbs.requests.length = 0;
      const result = await importCbs(ctx, cbsConfig(), request());
      expect(result).toMatchObject({
        api: 'v4',
        table: '85984NED',
        period: '2024',
        observations: 18,
        areasAdded: [],
        definitionsCreated: ['wmo_clienten', 'jeugdzorg'],
      });
      // 11 areas × 2 measures = 22 observation rows in pages of 4: 6 pages.
      expect(cbs.requests.filter((r) => r.includes('/Observations')).length).toBe(6);
      expect(cbs.requests.some((r) => r.startsWith('/v3/'))).toBe(false);
      const rows = await listObservations(handle.db, ctx.tenantId, 'wmo_clienten');
      expect(rows.find((o) => o.area === 'WK999903')).toMatchObject({ period: '2024', value: 420 });
      expect(rows.find((o) => o.area === 'WK999908')!.value).toBeNull(); // missing, never zero
      expect(rows.some((o) => o.area === 'GM0363' || o.area === 'NL00')).toBe(false);
      const definition = (await listDefinitions(handle.db, ctx.tenantId)).find((d) => d.key === 'wmo_clienten')!;
      expect(definition).toMatchObject({ name: 'Wmo-cliënten', unit: 'aantal', direction: 'none' });
      expect(definition.source).toMatch(
        /^CBS StatLine 85984NED "Kerncijfers wijken en buurten 2024", editie 2025-03-27T02:00:00, periode 2024, opgehaald \d{4}-.*\(OData v4\)$/,
      );
    });

    it("falls back to v3 when v4 breaks off, following v3's odata.nextLink", async () => {
      cbs.options.v4 = 'down';
      cbs.requests.length = 0;
      const result = await importCbs(ctx, cbsConfig(), request());
      expect(result.api).toBe('v3');
      expect(result.v4Failure).toMatch(/CBS is niet bereikbaar/);
      // 11 rows in pages of 4: 3 pages of the TypedDataSet, with only the columns asked for.
      const typed = cbs.requests.filter((r) => r.includes('/TypedDataSet'));
      expect(typed).toHaveLength(3);
      expect(decodeURIComponent(typed[0]!)).toContain('$select=WijkenEnBuurten,WmoClienten_100,JongerenMetJeugdzorgInNatura_98');
      expect((await listObservations(handle.db, ctx.tenantId, 'jeugdzorg')).find((o) => o.area === 'WK999903')!.value).toBe(330);
    });

    it('refuses areas the register lacks, listing all of them, unless --add-areas takes them from CBS', async () => {
      cbs.options.v4 = 'ok';
      cbs.options.extraAreas = { WK999920: { wmo: 5, jeugd: 6, name: 'Nieuwbouw' }, BU99992001: { wmo: 1, jeugd: 2, name: 'Nieuwbouw-Oost' } };
      const before = await listObservations(handle.db, ctx.tenantId);
      expect(await problemsOf(importCbs(ctx, cbsConfig(), request()))).toEqual([
        'Wijken en buurten (CBS): 2 gebieden van CBS staan niet in het gebiedenregister: WK999920, BU99992001. Lees ze eerst in (duiding import areas), of neem ze over van CBS met --add-areas.',
      ]);
      expect(await listObservations(handle.db, ctx.tenantId)).toEqual(before);
      const result = await importCbs(ctx, cbsConfig(), request({ addAreas: true }));
      expect(result.areasAdded).toEqual(['WK999920', 'BU99992001']);
      const added = await handle.db
        .select()
        .from(areasTable)
        .where(and(eq(areasTable.tenantId, ctx.tenantId), eq(areasTable.code, 'BU99992001')));
      expect(added[0]).toMatchObject({ name: 'Nieuwbouw-Oost', level: 'buurt', parentCode: 'WK999920', year: 2024 });
      cbs.options.extraAreas = undefined;
    });

    it('says CBS does not know an unknown table (404 on v4 and v3), and writes nothing', async () => {
      const before = await listObservations(handle.db, ctx.tenantId);
      expect(await problemsOf(importCbs(ctx, cbsConfig(), request({ table: '99999NED' })))).toEqual([
        'CBS-tabel: CBS kent tabel 99999NED niet (OData v4 en v3).',
      ]);
      expect(await problemsOf(importCbs(ctx, cbsConfig(), request({ indicators: [{ key: 'x', cbsKey: 'BestaatNiet_1' }] })))).toEqual([
        'Cijfers: tabel 85984NED heeft geen onderwerp "BestaatNiet_1" (sleutels veranderen per editie, zoals WmoClienten_100)',
      ]);
      expect(await listObservations(handle.db, ctx.tenantId)).toEqual(before);
    });

    it('gives up after the timeout when CBS does not answer, and writes nothing', async () => {
      cbs.options.v4 = 'slow';
      cbs.options.v3 = 'slow';
      const before = await listObservations(handle.db, ctx.tenantId);
      expect(await problemsOf(importCbs(ctx, cbsConfig(300), request()))).toEqual([
        expect.stringMatching(/^CBS-tabel: CBS antwoordde niet binnen 0.3 seconden \(http:\/\/127\.0\.0\.1:\d+\/v3\/85984NED\/TableInfos\)\.$/),
      ]);
      expect(await listObservations(handle.db, ctx.tenantId)).toEqual(before);
      cbs.options.v4 = 'ok';
      cbs.options.v3 = 'ok';
    });
  });
});
