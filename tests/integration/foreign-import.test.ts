// NarraFirma and SenseMaker imports end to end on the real files of ../shared/datasets, on PGlite
// and PostgreSQL: questionnaire and stories are written in one transaction or not at all, every
// imported story comes out of `export stories`, story texts are redacted like any other story,
// and the SenseMaker export gives back SenseMaker's own coordinates and ids.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findQuestionnaire } from '../../src/db/repositories/questionnaires.repository.ts';
import { countStories } from '../../src/db/repositories/stories.repository.ts';
import { parseCsv } from '../../src/domain/csv/reader.ts';
import { InputRejected, type Problem } from '../../src/domain/problems.ts';
import { fileSource } from '../../src/cli/runtime.ts';
import { textSource, type ServiceContext } from '../../src/services/context.ts';
import { exportSenseMaker } from '../../src/services/export-sensemaker.ts';
import { exportStories } from '../../src/services/export-stories.ts';
import { importNarraFirma, importSenseMaker } from '../../src/services/import-foreign.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { collect, createTestTenant } from '../support/tenant.ts';
import { haveDatasets, NARRAFIRMA, SENSEMAKER } from '../unit/foreign/fixtures.ts';

const nf = (name: string) => fileSource(path.join(NARRAFIRMA, name));
const sm = (name: string) => fileSource(path.join(SENSEMAKER, name));
const rows = (csv: string) => parseCsv(csv).filter((r) => r.fields.some((f) => f !== ''));

async function rejected(work: Promise<unknown>): Promise<Problem[]> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputRejected);
  return (error as InputRejected).problems;
}

describe.skipIf(!haveDatasets).each(testDatabaseTargets())('NarraFirma and SenseMaker imports on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;

  beforeAll(async () => {
    handle = await create();
    ctx = await createTestTenant(handle, 'extern');
  });
  afterAll(async () => handle?.close());

  it('imports the NarraFirma example, and `export stories` lists all 80 stories', async () => {
    const result = await importNarraFirma(ctx, {
      questionnaireKey: 'nf',
      form: nf('narrafirma_example_story_form.csv'),
      stories: nf('narrafirma_example_stories.csv'),
    });
    expect(result).toMatchObject({
      questionnaire: { key: 'nf', version: 1, outcome: 'created' },
      stories: 80,
      replaced: 0,
      collectionsCreated: ['nf-narrafirma'],
    });
    expect(result.notMapped).toContainEqual(
      expect.objectContaining({ file: 'narrafirma_example_stories.csv', column: 'Participant ID', code: 'form-column-missing' }),
    );
    const [header, ...stories] = rows(await collect(await exportStories(ctx, 'nf')));
    expect(stories).toHaveLength(80);
    const title = header!.fields.indexOf('title');
    expect(stories.map((r) => r.fields[title]).sort()).toContain('The lost project');
    // The same file again replaces its stories: NarraFirma rows get stable ids.
    const again = await importNarraFirma(ctx, {
      questionnaireKey: 'nf',
      form: nf('narrafirma_example_story_form.csv'),
      stories: nf('narrafirma_example_stories.csv'),
    });
    expect(again).toMatchObject({ questionnaire: { outcome: 'unchanged' }, stories: 80, replaced: 80 });
  });

  it('imports the SenseMaker ADemo export, and `export stories` lists all 129 by their SenseMaker id', async () => {
    const result = await importSenseMaker(ctx, { questionnaireKey: 'sm', definition: sm('ADemo_Definition.json'), stories: sm('ADemo_Data.csv') });
    expect(result).toMatchObject({ questionnaire: { key: 'sm', outcome: 'created' }, stories: 129, collectionsCreated: ['sm-sensemaker'] });
    expect(result.notMapped.map((n) => `${n.line}:${n.code}`)).toEqual(expect.arrayContaining(['282:point-outside', '373:value-not-mapped']));
    const original = rows(fs.readFileSync(path.join(SENSEMAKER, 'ADemo_Data.csv'), 'utf8'))
      .slice(1)
      .map((r) => r.fields[0]);
    const exported = rows(await collect(await exportStories(ctx, 'sm')))
      .slice(1)
      .map((r) => r.fields[0]);
    expect(exported.sort()).toEqual(original.sort());
  });

  it("exports back to SenseMaker's layout with its ids, its triad coordinates to 1e-9 and its list items", async () => {
    const definition = { name: 'ADemo_Definition.json', json: JSON.parse(fs.readFileSync(path.join(SENSEMAKER, 'ADemo_Definition.json'), 'utf8')) };
    const [backHeader, ...back] = rows(await collect(await exportSenseMaker(ctx, 'sm', { definition })));
    const [origHeader, ...orig] = rows(fs.readFileSync(path.join(SENSEMAKER, 'ADemo_Data.csv'), 'utf8'));
    const byId = new Map(orig.map((r) => [r.fields[0], r]));
    expect(back).toHaveLength(129);
    let compared = 0;
    for (const column of backHeader!.fields) {
      const o = origHeader!.fields.indexOf(column);
      expect(o, `column ${column} is one of SenseMaker's`).toBeGreaterThanOrEqual(0);
      const b = backHeader!.fields.indexOf(column);
      for (const row of back) {
        const mine = row.fields[b]!;
        const theirs = byId.get(row.fields[0])!.fields[o]!;
        if (column.endsWith('_percentX') || column.endsWith('_percentY')) {
          if (theirs === '' || mine === '') continue;
          // The one point SenseMaker put outside the triangle moved onto its edge (reported on import).
          if (row.fields[0] === orig.find((r) => r.line === 282)!.fields[0] && column.startsWith('dee85953')) continue;
          expect(Math.abs(Number(mine) - Number(theirs)), `${column} of ${row.fields[0]}`).toBeLessThan(1e-9);
          compared++;
        } else if (/^[0-9a-f-]{36}$/.test(column) && column !== '28b77770-d9ed-4ee8-81ba-0cb6cbab4416') {
          // Single lists and free texts: the very item id or text.
          expect(mine, `${column} of ${row.fields[0]}`).toBe(theirs);
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('writes nothing when something required is missing, naming file, line and column', async () => {
    const noText = fs.readFileSync(path.join(NARRAFIRMA, 'narrafirma_example_stories.csv'), 'utf8').replace('Story text', 'Verhaal');
    const problems = await rejected(
      importNarraFirma(ctx, { questionnaireKey: 'kapot', form: nf('narrafirma_example_story_form.csv'), stories: textSource('verhalen.csv', noText) }),
    );
    expect(problems).toEqual([expect.objectContaining({ file: 'verhalen.csv', line: 1, column: 'Story text', code: 'missing-story-text-column' })]);
    expect(problems[0]!.nl).toMatch(/ontbreekt/);
    expect(problems[0]!.en).toMatch(/missing/);
    expect(await findQuestionnaire(handle.db, ctx.tenantId, 'kapot')).toBeNull();
  });

  it('refuses a definition that is not JSON with one problem naming the file', async () => {
    const problems = await rejected(
      importSenseMaker(ctx, { questionnaireKey: 'geen-json', definition: textSource('raamwerk.json', '{"signifiers": ['), stories: sm('ADemo_Data.csv') }),
    );
    expect(problems).toEqual([expect.objectContaining({ file: 'raamwerk.json', code: 'invalid-json' })]);
    expect(await findQuestionnaire(handle.db, ctx.tenantId, 'geen-json')).toBeNull();
  });

  it('rolls the questionnaire back when the stories fail while writing (one transaction)', async () => {
    // The same SenseMaker ids under another questionnaire key: refused by the story importer after
    // the questionnaire was already saved inside the transaction.
    const before = await countStories(handle.db, ctx.tenantId);
    const problems = await rejected(
      importSenseMaker(ctx, { questionnaireKey: 'sm-tweede', definition: sm('ADemo_Definition.json'), stories: sm('ADemo_Data.csv') }),
    );
    expect(problems[0]).toMatchObject({ file: 'ADemo_Data.csv', column: 'id (story_id)', code: 'story-of-other-questionnaire' });
    // Each problem names the line of the SenseMaker file that holds that story.
    const original = rows(fs.readFileSync(path.join(SENSEMAKER, 'ADemo_Data.csv'), 'utf8'));
    expect(problems).toHaveLength(100);
    for (const p of problems) expect(p.nl).toContain(`"${original.find((r) => r.line === p.line)!.fields[0]}"`);
    expect(await findQuestionnaire(handle.db, ctx.tenantId, 'sm-tweede')).toBeNull();
    expect(await countStories(handle.db, ctx.tenantId)).toBe(before);
  });

  it('removes personal details from imported story texts, titles and write-ins', async () => {
    const form = 'Data column name,Type,About,Short name,Long name,Options,Answers\r\nRemark,Text,story,Remark,Anything else?,,\r\n';
    const stories = 'Story title,Story text,Remark\r\nMail jan@example.nl,"Bel me op 06-12345678, ik woon op 1234 AB",Mijn IBAN is NL91ABNA0417164300\r\n';
    await importNarraFirma(ctx, {
      questionnaireKey: 'privacy',
      form: textSource('form.csv', form),
      stories: textSource('stories.csv', stories),
      language: 'nl',
    });
    const [header, story] = rows(await collect(await exportStories(ctx, 'privacy')));
    const cell = (name: string) => story!.fields[header!.fields.indexOf(name)];
    expect(cell('text')).toBe('Bel me op [TELEFOON], ik woon op [POSTCODE]');
    expect(cell('title')).toBe('Mail [E-MAIL]');
    expect(cell('remark')).toBe('Mijn IBAN is [IBAN]');
  });

  it('neutralises spreadsheet formulas in the SenseMaker export', async () => {
    const form = 'Data column name,Type,About,Short name,Long name,Options,Answers\r\nRemark,Text,story,Remark,Anything else?,,\r\n';
    const stories = 'Story title,Story text,Remark\r\n=1+1,"=HYPERLINK(""https://evil.example"")",@SUM(A1)\r\n';
    await importNarraFirma(ctx, { questionnaireKey: 'formule', form: textSource('form.csv', form), stories: textSource('stories.csv', stories) });
    const [header, row] = rows(await collect(await exportSenseMaker(ctx, 'formule')));
    expect(header!.fields.slice(0, 5)).toEqual(['id', 'project_id', 'version', 'language', 'server_upload_time']);
    expect(row!.fields.slice(5)).toEqual(['\'=HYPERLINK("https://evil.example")', "'=1+1", "'@SUM(A1)"]);
  });
});
