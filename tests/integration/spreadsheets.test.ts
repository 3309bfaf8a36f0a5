// Data in and out as municipalities have it: XLSX workbooks and Excel's Dutch CSV, for stories
// and indicators, with every problem named by file, sheet, row and cell, and all or nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { listDefinitions, listObservations } from '../../src/db/repositories/indicators.repository.ts';
import { formatProblem, InputRejected } from '../../src/domain/problems.ts';
import type { ServiceContext, TextSource } from '../../src/services/context.ts';
import { exportStories, exportStoriesSheet } from '../../src/services/export-stories.ts';
import { exportQuestionnaire, importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importQuestionnaireWorkbook, questionnaireSheets } from '../../src/services/questionnaire-xlsx.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { exportObservationsCsv, importIndicators, indicatorSheets } from '../../src/services/indicators.ts';
import { writeXlsx, type SheetSpec } from '../../src/services/tables/xlsx-write.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { collect, createTestTenant } from '../support/tenant.ts';

const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'rekenen',
  title: { nl: 'Rekenen' },
  languages: ['nl', 'en'],
  prompts: [{ key: 'moment', text: { nl: 'Vertel.' } }],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: { nl: 'Gehoord?' }, left: { nl: 'niet' }, right: { nl: 'wel' }, allowNotApplicable: true },
    { key: 'wie', about: 'story', type: 'triad', text: { nl: 'Wie?' }, corners: [{ nl: 'a' }, { nl: 'b' }, { nl: 'c' }] },
    { key: 'plek', about: 'story', type: 'stones', text: { nl: 'Waar?' }, x: { nl: 'x' }, y: { nl: 'y' }, stones: [{ key: 'school', text: { nl: 'school' } }] },
    {
      key: 'hulp',
      about: 'story',
      type: 'multichoice',
      text: { nl: 'Hulp?' },
      options: [
        { key: 'wijkteam', text: { nl: 'w' } },
        { key: 'school', text: { nl: 's' } },
      ],
    },
    { key: 'leeftijd', about: 'participant', type: 'number', text: { nl: 'Leeftijd?' } },
    { key: 'toelichting', about: 'story', type: 'text', text: { nl: 'Nog iets?' } },
  ],
};
const HEADER = 'story_id,collected_at,collection,language,prompt,title,text,gehoord,wie.1,wie.2,wie.3,plek.school.x,plek.school.y,hulp,leeftijd,toelichting';
// Texts a spreadsheet could take for a formula, entities, line breaks (CRLF inside a text), a
// control character, and OOXML's own escape written as text.
const STORIES_CSV =
  [
    HEADER,
    `v-1,2026-01-15,najaar,nl,moment,"'=HYPERLINK(""x"")","Regel een\r\nregel twee &lt;b&gt; _x000D_ ""q""",72.5,2,1,1,30,90,wijkteam|school,-3,'+cmd`,
    'v-2,2026-01-16T13:30:00Z,najaar,en,,-min,tab\there,NA,0,0.5,0.5,,,,19.25,"a\u0001b"',
    "v-3,2026-01-17T10:00:00.123Z,najaar,nl,,'t Hoekje,Gewoon.,,,,,,,,,",
  ].join('\r\n') + '\r\n';

const textSourceOf = (name: string, text: string): TextSource => ({
  name,
  async *open() {
    yield text;
  },
});
const bytesSource = (name: string, bytes: Buffer): TextSource => ({
  name,
  async *open() {
    yield bytes;
  },
});

async function workbookFile(dir: string, name: string, sheets: SheetSpec[]): Promise<TextSource> {
  const file = path.join(dir, name);
  const out = fs.createWriteStream(file);
  const done = new Promise((resolve) => out.on('finish', resolve));
  await writeXlsx(out, sheets);
  await done;
  return { name, open: () => fs.createReadStream(file) };
}

/** A workbook as Excel saves one: shared strings, a date cell, a formula with its value. */
async function excelFile(dir: string, name: string, build: (wb: ExcelJS.Workbook) => void): Promise<TextSource> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return { name, open: () => fs.createReadStream(file) };
}

async function rejection(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRejected) return error.problems.map((p) => formatProblem(p));
    throw error;
  }
  throw new Error('expected the import to be rejected');
}

describe.each(testDatabaseTargets())('spreadsheets and Dutch CSV on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let dir: string;

  beforeAll(async () => {
    handle = await create();
    ctx = await createTestTenant(handle, 'rekenstad');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-xlsx-'));
    await importQuestionnaire(ctx, QUESTIONNAIRE);
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips stories: XLSX export, then import, gives the same values', async () => {
    await importStories(ctx, { source: textSourceOf('v.csv', STORIES_CSV), questionnaireKey: 'rekenen' });
    const csv = await collect(await exportStories(ctx, 'rekenen'));
    const workbook = await workbookFile(dir, 'verhalen.xlsx', [await exportStoriesSheet(ctx, 'rekenen')]);
    const other = await createTestTenant(handle, 'tweede-stad');
    await importQuestionnaire(other, QUESTIONNAIRE);
    const result = await importStories(other, { source: workbook, questionnaireKey: 'rekenen' });
    expect(result).toMatchObject({ stories: 3, read: { format: 'xlsx', sheets: ['verhalen'] } });
    // The CSV export of the imported workbook is byte for byte the CSV export of the original.
    expect(await collect(await exportStories(other, 'rekenen'))).toBe(csv);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain('Regel een\r\nregel twee &lt;b&gt; _x000D_');
  });

  it('writes numbers as number cells, texts as text cells, never a formula, header frozen', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'verhalen.xlsx'));
    const sheet = wb.getWorksheet('verhalen')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = sheet.getRow(2);
    expect(row.getCell(8).value).toBe(72.5);
    expect(row.getCell(15).value).toBe(-3);
    for (let c = 1; c <= 16; c++) for (let r = 1; r <= 4; r++) expect(sheet.getRow(r).getCell(c).type).not.toBe(ExcelJS.ValueType.Formula);
    // Neutralised exactly as in CSV: the stored title =HYPERLINK("x") goes out as '=HYPERLINK("x").
    expect(row.getCell(6).text).toBe(`'=HYPERLINK("x")`);
  });

  it('reads a workbook as Excel writes it: Dutch headers, a date cell, a formula, shared strings', async () => {
    const source = await excelFile(dir, 'excel.xlsx', (wb) => {
      const sheet = wb.addWorksheet('Blad1');
      sheet.addRow(['verhaal_id', 'verzameld_op', 'collectie', 'taal', 'vertelvraag', 'titel', 'tekst', 'gehoord', 'leeftijd']);
      sheet.addRow(['x-1', new Date(Date.UTC(2026, 2, 5)), 'excel', 'nl', null, 'Titel', 'Een verhaal.', { formula: '40+2', result: 42 }, 16]);
    });
    const result = await importStories(ctx, { source, questionnaireKey: 'rekenen' });
    expect(result.stories).toBe(1);
    const csv = await collect(await exportStories(ctx, 'rekenen'));
    expect(csv).toContain('x-1,2026-03-05T00:00:00Z,excel,nl,,Titel,Een verhaal.,42,');
  });

  it('names the sheet, row and cell of every problem in a workbook, and saves nothing', async () => {
    const source = await excelFile(dir, 'fout.xlsx', (wb) => {
      const sheet = wb.addWorksheet('verhalen');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['f-1', '2026-01-01', 'fout', 'nl', '', '', 'Tekst', 140, 1, 'abc', 1]);
      sheet.addRow(['f-2', '15-01-2026', 'fout', 'de', '', '', '']);
    });
    const messages = await rejection(importStories(ctx, { source, questionnaireKey: 'rekenen' }));
    expect(messages).toEqual([
      'fout.xlsx: blad "verhalen", rij 2, cel H2: kolom "gehoord": "140" ligt niet tussen 0 en 100',
      'fout.xlsx: blad "verhalen", rij 2, cel J2: kolom "wie.2": "abc" is geen getal',
      'fout.xlsx: blad "verhalen", rij 3, cel B3: kolom "collected_at": "15-01-2026" is geen datum zoals 2026-01-31 of 2026-01-31T10:00:00Z',
      'fout.xlsx: blad "verhalen", rij 3, cel D3: kolom "language": taal "de" hoort niet bij deze vragenlijst (kies uit: nl, en)',
      'fout.xlsx: blad "verhalen", rij 3, cel G3: kolom "text": het verhaal is leeg',
    ]);
    const csv = await collect(await exportStories(ctx, 'rekenen'));
    expect(csv).not.toContain('f-1');
  });

  it('reads stories from a Dutch Excel CSV: semicolons, decimal comma, Windows-1252', async () => {
    const latin1 = Buffer.from(
      'story_id;collected_at;collection;language;prompt;title;text;gehoord;leeftijd\r\nnl-1;2026-02-01;excel-csv;nl;;Caf\u00e9;Een verhaal over het caf\u00e9.;72,5;16\r\n',
      'latin1',
    );
    const result = await importStories(ctx, { source: bytesSource('verhalen.csv', latin1), questionnaireKey: 'rekenen' });
    expect(result.read).toEqual({ format: 'csv', dialect: { separator: ';', decimalComma: true, encoding: 'windows-1252', bom: false } });
    const csv = await collect(await exportStories(ctx, 'rekenen'));
    expect(csv).toContain('nl-1,2026-02-01T00:00:00Z,excel-csv,nl,,Café,Een verhaal over het café.,72.5,,,,,,,16,');
  });

  it('round-trips indicators through XLSX: definitions and observations, exact values', async () => {
    await importIndicators(
      ctx,
      textSourceOf('defs.csv', 'key,name,unit,direction,source,definition,domain\nsaldo,=1+2,euro,up,@bron,-min,jeugd\nwacht,Wachttijd,weken,down,,,\n'),
    );
    await importIndicators(
      ctx,
      textSourceOf(
        'obs.csv',
        'indicator,area,period,value,provider,numerator,denominator\nsaldo,GM9999,2025,-3,+aanbieder,-1,2\nwacht,WK999901,2025-Q3,0.1,,,\nwacht,WK999902,2025-07,.,,,\n',
      ),
    );
    const workbook = await workbookFile(dir, 'cijfers.xlsx', await indicatorSheets(ctx));
    const other = await createTestTenant(handle, 'derde-stad');
    const result = await importIndicators(other, workbook);
    expect(result).toMatchObject({
      kind: 'observations',
      rows: 3,
      definitions: 2,
      definitionsCreated: ['saldo', 'wacht'],
      read: { format: 'xlsx', sheets: ['definities', 'waarnemingen'] },
    });
    expect(await listDefinitions(handle.db, other.tenantId)).toEqual(await listDefinitions(handle.db, ctx.tenantId));
    expect(await exportObservationsCsv(other)).toBe(await exportObservationsCsv(ctx));
  });

  it('reads indicators from a Dutch Excel CSV with a BOM, and says so', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('indicator;gebied;periode;waarde;aanbieder\r\nwacht;GM9999;2026;1,5;Caf\u00e9\r\n', 'utf8'),
    ]);
    const result = await importIndicators(ctx, bytesSource('cijfers.csv', bytes));
    expect(result.read).toEqual({ format: 'csv', dialect: { separator: ';', decimalComma: true, encoding: 'utf-8', bom: true } });
    const stored = (await listObservations(handle.db, ctx.tenantId)).find((o) => o.period === '2026');
    expect(stored).toMatchObject({ value: 1.5, provider: 'Café' });
  });

  it('refuses unknown indicator keys unless the file, or a definitions file, defines them', async () => {
    const obs = 'indicator,area,period,value\nnieuw_a,GM9999,2025,1\nnieuw_b,GM9999,2025,2\nnieuw_a,GM9999,2024,3\nwacht,GM9999,2024,4\n';
    const messages = await rejection(importIndicators(ctx, textSourceOf('obs.csv', obs)));
    expect(messages).toEqual([
      'obs.csv:2: kolom "indicator": indicator "nieuw_a" is onbekend (2 rijen): voeg eerst de definitie toe, in dit bestand (blad "definities") of met --definitions',
      'obs.csv:3: kolom "indicator": indicator "nieuw_b" is onbekend: voeg eerst de definitie toe, in dit bestand (blad "definities") of met --definitions',
    ]);
    expect((await listObservations(handle.db, ctx.tenantId)).some((o) => o.period === '2024')).toBe(false);
    const definitions = textSourceOf('defs.csv', 'key,name,direction\nnieuw_a,Nieuw A,hoger is beter\nnieuw_b,Nieuw B,geen van beide\n');
    const result = await importIndicators(ctx, textSourceOf('obs.csv', obs), { definitions });
    expect(result).toMatchObject({ rows: 4, definitions: 2, definitionsCreated: ['nieuw_a', 'nieuw_b'] });
    expect((await listDefinitions(handle.db, ctx.tenantId)).find((d) => d.key === 'nieuw_a')?.direction).toBe('up');
  });

  it('reports every problem of an indicator file, in a CSV and in a workbook', async () => {
    const csv =
      'indicator,area,period,value\nwacht,0479,2025,1\nwacht,GM9999,2025-13,2\nwacht,GM9999,2025,12.4.1\nonbekend,GM9999,2025,1\nwacht,GM9999,2023,1\nwacht,GM9999,2023,2\n';
    expect(await rejection(importIndicators(ctx, textSourceOf('drie.csv', csv)))).toEqual([
      'drie.csv:2: kolom "area": "0479" is geen gebiedscode van het CBS (zoals GM0479, WK047901 of BU04790101)',
      'drie.csv:3: kolom "period": "2025-13" is geen periode zoals 2025, 2025-Q3 of 2025-07',
      'drie.csv:4: kolom "value": "12.4.1" is geen getal',
      'drie.csv:7: "wacht" voor GM9999 in 2023 staat er twee keer in (ook op regel 6)',
      'drie.csv:5: kolom "indicator": indicator "onbekend" is onbekend: voeg eerst de definitie toe, in dit bestand (blad "definities") of met --definitions',
    ]);
    const source = await excelFile(dir, 'cijfers-fout.xlsx', (wb) => {
      const defs = wb.addWorksheet('definities');
      defs.addRow(['sleutel', 'naam', 'richting']);
      defs.addRow(['goed', 'Goed', 'omhoog']);
      const obs = wb.addWorksheet('waarnemingen');
      obs.addRow(['indicator', 'gebied', 'periode', 'waarde']);
      obs.addRow(['goed', 'GM9999', 2025, 'abc']);
      obs.addRow(['goed', 'WK1', 2025, 3]);
      obs.addRow(['onbekend', 'GM9999', 2025, 'x']);
    });
    expect(await rejection(importIndicators(ctx, source))).toEqual([
      'cijfers-fout.xlsx: blad "definities", rij 2, cel C2: kolom "richting": "omhoog" is geen richting; kies up (hoger is beter), down (lager is beter) of none',
      'cijfers-fout.xlsx: blad "waarnemingen", rij 2, cel D2: kolom "waarde": "abc" is geen getal',
      'cijfers-fout.xlsx: blad "waarnemingen", rij 3, cel B3: kolom "gebied": "WK1" is geen gebiedscode van het CBS (zoals GM0479, WK047901 of BU04790101)',
      'cijfers-fout.xlsx: blad "waarnemingen", rij 4, cel D4: kolom "waarde": "x" is geen getal',
      // "goed" is defined (on a row with a problem of its own); "onbekend" is not, though its row fails too.
      'cijfers-fout.xlsx: blad "waarnemingen", rij 4, cel A4: kolom "indicator": indicator "onbekend" is onbekend: voeg eerst de definitie toe, in dit bestand (blad "definities") of met --definitions',
    ]);
  });

  it('refuses a file that only claims to be a workbook, naming it', async () => {
    const messages = await rejection(importIndicators(ctx, bytesSource('kapot.xlsx', Buffer.from('PK\u0003\u0004 dit is geen werkmap'))));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^kapot\.xlsx: dit is geen leesbaar XLSX-bestand/);
  });

  it('round-trips a questionnaire through a workbook and places its problems on sheet, row and cell', async () => {
    const workbook = await workbookFile(dir, 'vragenlijst.xlsx', await questionnaireSheets(ctx, 'rekenen'));
    expect(await importQuestionnaireWorkbook(ctx, workbook)).toEqual({ key: 'rekenen', version: 1, outcome: 'unchanged' });
    const other = await createTestTenant(handle, 'vierde-stad');
    expect(await importQuestionnaireWorkbook(other, workbook)).toMatchObject({ key: 'rekenen', outcome: 'created' });
    expect(await exportQuestionnaire(other, 'rekenen')).toEqual(await exportQuestionnaire(ctx, 'rekenen'));

    const bad = await excelFile(dir, 'kapot.xlsx', (wb) => {
      const main = wb.addWorksheet('vragenlijst');
      main.addRow(['veld', 'waarde']);
      main.addRow(['key', 'kapot']);
      main.addRow(['title.nl', 'Kapot']);
      main.addRow(['languages', 'nl']);
      wb.addWorksheet('vertelvragen').addRow(['key', 'text.nl']);
      const questions = wb.addWorksheet('vragen');
      questions.addRow(['key', 'about', 'type', 'text.nl', 'min', 'max']);
      questions.addRow(['cijfer', 'story', 'scale', 'Cijfer', 5, 1]);
      questions.addRow(['wie', 'story', 'choice', 'Wie?']);
      const options = wb.addWorksheet('opties');
      options.addRow(['question', 'key', 'text.nl']);
      options.addRow(['wie', 'NA', 'niet van toepassing']);
    });
    const messages = await rejection(importQuestionnaireWorkbook(ctx, bad));
    expect(messages).toContain('kapot.xlsx: blad "vragen", rij 2, cel F2: kolom "max": max (1) moet groter zijn dan min (5)');
    expect(messages.some((m) => m.startsWith('kapot.xlsx: blad "opties", rij 2, cel B2: kolom "key": "NA"'))).toBe(true);
  });
});
