// A malformed file is rejected with one line-precise message per problem, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { countStories } from '../../src/db/repositories/stories.repository.ts';
import { listObservations } from '../../src/db/repositories/indicators.repository.ts';
import { formatProblem, InputRejected } from '../../src/domain/problems.ts';
import { textSource, type ServiceContext } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { importIndicatorsCsv } from '../../src/services/indicators.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'klein',
  title: { nl: 'Klein' },
  languages: ['nl'],
  prompts: [{ key: 'moment', text: { nl: 'Vertel' } }],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: { nl: 'Gehoord?' }, left: { nl: 'niet' }, right: { nl: 'wel' } },
    { key: 'wie_hielp', about: 'story', type: 'triad', text: { nl: 'Wie?' }, corners: [{ nl: 'a' }, { nl: 'b' }, { nl: 'c' }] },
    {
      key: 'gevoel',
      about: 'story',
      type: 'choice',
      text: { nl: 'Gevoel?' },
      options: [
        { key: 'blij', text: { nl: 'blij' } },
        { key: 'boos', text: { nl: 'boos' } },
      ],
    },
  ],
};
const HEADER = 'story_id,collected_at,collection,language,prompt,title,text,gehoord,wie_hielp.1,wie_hielp.2,wie_hielp.3,gevoel';
const GOOD_ROW = (id: string) => `${id},2026-01-01T10:00:00Z,c1,nl,moment,Titel,"Tekst, met komma",50,0.2,0.3,0.5,blij`;

async function rejection(work: Promise<unknown>): Promise<string[]> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputRejected);
  return (error as InputRejected).problems.map((p) => formatProblem(p));
}

describe.each(testDatabaseTargets())('malformed imports on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let questionnaireId: string;
  const stories = () => countStories(handle.db, ctx.tenantId, questionnaireId);
  const importCsv = (csv: string) => importStories(ctx, { source: textSource('stories.csv', csv), questionnaireKey: 'klein' });

  beforeAll(async () => {
    handle = await create();
    ctx = await createTestTenant(handle, 'fouten');
    await importQuestionnaire(ctx, QUESTIONNAIRE);
    await importCsv([HEADER, GOOD_ROW('a1'), GOOD_ROW('a2')].join('\n'));
    const { findQuestionnaire } = await import('../../src/db/repositories/questionnaires.repository.ts');
    questionnaireId = (await findQuestionnaire(handle.db, ctx.tenantId, 'klein'))!.id;
  });
  afterAll(async () => handle?.close());

  it('names every wrong cell with its line and column, and writes nothing', async () => {
    const csv = [
      HEADER,
      GOOD_ROW('b1'),
      'b2,2026-01-01T10:00:00Z,c1,nl,moment,Titel,Tekst,abc,0.2,0.3,0.5,blij',
      'b3,2026-01-01T10:00:00Z,c1,nl,moment,Titel,Tekst,50,0,0,0,verward',
    ].join('\n');
    const messages = await rejection(importCsv(csv));
    expect(messages).toContain('stories.csv:3: kolom "gehoord": "abc" is geen getal');
    expect(messages.some((m) => m.startsWith('stories.csv:4: kolom "wie_hielp.1"') && m.includes('0'))).toBe(true);
    expect(messages.some((m) => m.startsWith('stories.csv:4: kolom "gevoel": "verward" is geen optie'))).toBe(true);
    expect(await stories()).toBe(2);
  });

  it('rejects a wrong header', async () => {
    const messages = await rejection(importCsv(['story_id,kop,text', GOOD_ROW('c1')].join('\n')));
    expect(messages.some((m) => m.includes('"kop"'))).toBe(true);
    expect(messages.some((m) => m.includes('collected_at'))).toBe(true);
    expect(await stories()).toBe(2);
  });

  it('rejects broken quoting with the line and character', async () => {
    const csv = [HEADER, GOOD_ROW('d1'), 'd2,2026-01-01T10:00:00Z,c1,nl,moment,Titel,"Tekst "met" fout",50,0.2,0.3,0.5,blij'].join('\n');
    const messages = await rejection(importCsv(csv));
    expect(messages).toEqual([expect.stringMatching(/^stories\.csv:3: teken \d+: tekst na het afsluitende aanhalingsteken/)]);
    expect(await stories()).toBe(2);
  });

  it('rejects a quote that never closes, reporting the line where the record starts', async () => {
    const csv = [HEADER, GOOD_ROW('e1'), 'e2,2026-01-01T10:00:00Z,c1,nl,moment,Titel,"Tekst zonder einde', 'nog een regel'].join('\n');
    const messages = await rejection(importCsv(csv));
    expect(messages[0]).toMatch(/^stories\.csv:3: .*wordt nooit gesloten/);
    expect(await stories()).toBe(2);
  });

  it('rejects a story id that occurs twice in one file', async () => {
    const messages = await rejection(importCsv([HEADER, GOOD_ROW('f1'), GOOD_ROW('f1')].join('\n')));
    expect(messages).toEqual(['stories.csv:3: kolom "story_id": "f1" komt twee keer voor (ook op regel 2)']);
    expect(await stories()).toBe(2);
  });

  it('rejects non-numeric indicator values and bad area codes, keeping "." as missing', async () => {
    // Observations must name known indicators (docs/formats.md); define them first.
    await importIndicatorsCsv(ctx, textSource('definities.csv', 'key,name\nwachttijd,Wachttijd\ndubbel,Dubbel\n'));
    const csv = ['indicator,area,period,value', 'wachttijd,WK999901,2025,12.5', 'wachttijd,WK999902,2025,.', 'wachttijd,WK12,2025,abc'].join('\n');
    const messages = await rejection(importIndicatorsCsv(ctx, textSource('cijfers.csv', csv)));
    expect(messages.some((m) => m.startsWith('cijfers.csv:4: kolom "area"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('cijfers.csv:4: kolom "value": "abc" is geen getal'))).toBe(true);
    expect(await listObservations(handle.db, ctx.tenantId)).toEqual([]);
    await importIndicatorsCsv(ctx, textSource('cijfers.csv', csv.split('\n').slice(0, 3).join('\n')));
    const stored = await listObservations(handle.db, ctx.tenantId);
    expect(stored.map((o) => o.value)).toEqual([12.5, null]);
  });

  it('rejects an observation that occurs twice in one file', async () => {
    const csv = ['indicator,area,period,value', 'dubbel,WK999901,2025,1', 'dubbel,WK999901,2025,2'].join('\n');
    const messages = await rejection(importIndicatorsCsv(ctx, textSource('cijfers.csv', csv)));
    expect(messages).toEqual(['cijfers.csv:3: "dubbel" voor WK999901 in 2025 staat er twee keer in (ook op regel 2)']);
  });

  it('rejects a questionnaire with an invalid question, naming the field', async () => {
    const bad = { ...QUESTIONNAIRE, key: 'kapot', questions: [{ ...QUESTIONNAIRE.questions[1], corners: [{ nl: 'a' }] }] };
    const messages = await rejection(importQuestionnaire(ctx, bad));
    expect(messages.some((m) => m.includes('questions[0].corners'))).toBe(true);
  });
});
