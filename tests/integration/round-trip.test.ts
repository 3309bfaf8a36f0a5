// import → export → import on the shared reference case gives the same data, value for value,
// on PGlite and on a real PostgreSQL server; and the scan over the stored stories equals SciPy.
import fs from 'node:fs';
import { importAreas } from '../../src/services/areas.ts';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { countStories } from '../../src/db/repositories/stories.repository.ts';
import { findQuestionnaire } from '../../src/db/repositories/questionnaires.repository.ts';
import { parseCsv } from '../../src/domain/csv/reader.ts';
import { fileSource } from '../../src/cli/runtime.ts';
import { exportStories } from '../../src/services/export-stories.ts';
import { exportQuestionnaire, importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { exportObservationsCsv, importIndicatorsCsv } from '../../src/services/indicators.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { textSource, type ServiceContext } from '../../src/services/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { CASE_2000_DIR, loadReferenceCase } from '../support/reference-case.ts';
import { collect, createTestTenant } from '../support/tenant.ts';

const reference = loadReferenceCase();

function cellsById(csv: string): Map<string, Record<string, string>> {
  const [header, ...rows] = parseCsv(csv).filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  return new Map(rows.map((r) => [r.fields[0], Object.fromEntries(header.fields.map((name, i) => [name, r.fields[i]]))]));
}

/** Stories and figures need their areas in the register first (issue 13): the case's own codes. */
async function importCaseAreas(ctx: ServiceContext) {
  const indicatorsCsv = fs.readFileSync(path.join(CASE_2000_DIR, 'indicators.csv'), 'utf8');
  const codes = [
    ...new Set(
      indicatorsCsv
        .split(/\r?\n/)
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[1]!),
    ),
  ];
  await importAreas(ctx, textSource('gebieden.csv', `code,name,year\n${codes.map((c) => `${c},Gebied ${c},2025`).join('\n')}\n`));
}

describe.skipIf(!reference).each(testDatabaseTargets())('reference case round trip on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  const questionnaireJson = () => JSON.parse(fs.readFileSync(path.join(CASE_2000_DIR, 'questionnaire.json'), 'utf8'));
  const storiesFile = path.join(CASE_2000_DIR, 'stories.csv');

  beforeAll(async () => {
    handle = await create();
    ctx = await createTestTenant(handle, 'referentie');
    await importCaseAreas(ctx);
    expect(await importQuestionnaire(ctx, questionnaireJson())).toEqual({ key: 'zo-thuis-holdout', version: 1, outcome: 'created' });
    const result = await importStories(ctx, { source: fileSource(storiesFile), questionnaireKey: 'zo-thuis-holdout' });
    expect(result).toMatchObject({ stories: 2000, replaced: 0, collectionsCreated: ['holdout'] });
    // The reference observations name two indicators the registry must know first.
    await importIndicatorsCsv(
      ctx,
      textSource('definities.csv', 'key,name\njeugdhulp_verblijf_per_1000,Jeugdhulp met verblijf per 1.000\nruis_indicator,Ruis\n'),
    );
    await importIndicatorsCsv(ctx, fileSource(path.join(CASE_2000_DIR, 'indicators.csv')));
  });
  afterAll(async () => handle?.close());

  it('exports every story with the very cells it was imported with', async () => {
    const original = cellsById(fs.readFileSync(storiesFile, 'utf8'));
    const exported = cellsById(await collect(await exportStories(ctx, 'zo-thuis-holdout')));
    expect(exported.size).toBe(2000);
    // Value for value: "19.0" and "19" are the same number.
    const value = (cell: string) => (cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell);
    const values = (cells: Record<string, string> | undefined) => cells && Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, value(v)]));
    for (const [id, cells] of original) expect(values(exported.get(id)), id).toEqual(values(cells));
  });

  it('imports its own export into another municipality with the same result', async () => {
    const other = await createTestTenant(handle, 'tweede');
    await importCaseAreas(other);
    await importQuestionnaire(other, await exportQuestionnaire(ctx, 'zo-thuis-holdout'));
    const first = await collect(await exportStories(ctx, 'zo-thuis-holdout'));
    await importStories(other, { source: textSource('export.csv', first), questionnaireKey: 'zo-thuis-holdout' });
    expect(await collect(await exportStories(other, 'zo-thuis-holdout'))).toBe(first);
  });

  it('importing the same file again replaces instead of duplicating, and the questionnaire is unchanged', async () => {
    const result = await importStories(ctx, { source: fileSource(storiesFile), questionnaireKey: 'zo-thuis-holdout' });
    expect(result.replaced).toBe(2000);
    const stored = await findQuestionnaire(handle.db, ctx.tenantId, 'zo-thuis-holdout');
    expect(await countStories(handle.db, ctx.tenantId, stored!.id)).toBe(2000);
    expect(await importQuestionnaire(ctx, questionnaireJson())).toMatchObject({ outcome: 'unchanged', version: 1 });
  });

  it('exports the indicator observations value for value', async () => {
    const original = parseCsv(fs.readFileSync(path.join(CASE_2000_DIR, 'indicators.csv'), 'utf8'));
    const exported = parseCsv(await exportObservationsCsv(ctx));
    const key = (f: string[]) => f.slice(0, 3).join('|');
    const exportedByKey = new Map(exported.slice(1).map((r) => [key(r.fields), r.fields]));
    const rows = original.slice(1).filter((r) => r.fields.length > 1);
    expect(exportedByKey.size).toBe(rows.length);
    for (const row of rows) {
      const got = exportedByKey.get(key(row.fields));
      expect(got?.[3] === '' ? null : Number(got?.[3])).toBe(row.fields[3] === '' || row.fields[3] === '.' ? null : Number(row.fields[3]));
    }
  });

  it('scans the stored stories with the same p, q and statistic as SciPy', async () => {
    const doc = await scanQuestionnaire(ctx, 'zo-thuis-holdout');
    expect(doc.patterns.length).toBe(reference!.reference.patterns.length);
    const byPair = new Map(doc.patterns.map((p) => [`${p.a}|${p.b}`, p]));
    for (const want of reference!.reference.patterns) {
      const got = byPair.get(`${want.a}|${want.b}`)!;
      expect(got.test).toBe(want.test);
      expect(got.n).toBe(want.n);
      for (const field of ['p', 'q'] as const) {
        const relative = Math.abs((got[field]! - want[field]) / (want[field] || 1));
        expect(relative, `${want.a}×${want.b} ${field}`).toBeLessThan(1e-6);
      }
    }
  });
});
