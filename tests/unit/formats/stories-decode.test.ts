// duiding.stories/v1: every malformed cell gives one problem with file, line, column and the exact
// Dutch message; valid rows decode to the StoryRecord.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/domain/csv/reader.ts';
import { NOT_APPLICABLE } from '../../../src/domain/questionnaire/types.ts';
import { StoryRowDecoder } from '../../../src/domain/stories/csv-codec.ts';
import { FIXTURE, HEADER, decodeRow } from './story-fixture.ts';

function problem(overrides: Record<string, string>) {
  const result = decodeRow(overrides);
  expect(result.story).toBeNull();
  expect(result.problems).toHaveLength(1);
  const [p] = result.problems;
  expect(p).toMatchObject({ file: 'stories.csv', line: 2 });
  return { column: p!.column, nl: p!.nl };
}

describe('StoryRowDecoder: a valid row', () => {
  it('decodes every type', () => {
    const { story, problems } = decodeRow();
    expect(problems).toEqual([]);
    expect(story).toEqual({
      ref: 's1',
      collectedAt: new Date('2026-01-31T10:00:00Z'),
      collection: 'c',
      language: 'nl',
      prompt: 'moment',
      title: 'Titel',
      text: 'Een verhaal, met "quotes".',
      answers: {
        gehoord: 50,
        wie_hielp: [0.2, 0.3, 0.5],
        steun: { wijkteam: [10, 90] },
        gevoel: 'blij',
        wat_hielp: ['geld', 'buren'],
        cijfer: 7,
        weken: 3,
        tip: 'meer tijd',
        wijk: 'WK047902',
        gemeente: 'GM0479',
      },
    });
  });

  it('reads empty as unanswered, NA as not applicable, and an empty multichoice as nothing chosen', () => {
    const empty = Object.fromEntries(HEADER.slice(7).map((c) => [c, ''] as const));
    const { story } = decodeRow({
      ...empty,
      gevoel: 'boos',
      gehoord: 'NA',
      'wie_hielp.1': 'NA',
      'wie_hielp.2': 'NA',
      'wie_hielp.3': 'NA',
      weken: 'NA',
      prompt: '',
    });
    expect(story!.prompt).toBeNull();
    expect(story!.answers).toEqual({ gehoord: NOT_APPLICABLE, wie_hielp: NOT_APPLICABLE, gevoel: 'boos', wat_hielp: [], weken: NOT_APPLICABLE });
  });

  it('accepts dates, date-times with an offset, and keeps triad numbers as given', () => {
    expect(decodeRow({ collected_at: '2026-01-31' }).story!.collectedAt).toEqual(new Date('2026-01-31T00:00:00Z'));
    expect(decodeRow({ collected_at: '2026-01-31T11:00:00+01:00' }).story!.collectedAt).toEqual(new Date('2026-01-31T10:00:00Z'));
    expect(decodeRow({ 'wie_hielp.1': '2', 'wie_hielp.2': '0', 'wie_hielp.3': '6' }).story!.answers.wie_hielp).toEqual([2, 0, 6]);
  });
});

describe('StoryRowDecoder: malformed cells', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['empty story_id', { story_id: '' }, 'story_id', 'story_id is leeg'],
    ['collected_at not ISO 8601', { collected_at: '31-01-2026' }, 'collected_at', '"31-01-2026" is geen datum zoals 2026-01-31 of 2026-01-31T10:00:00Z'],
    ['collected_at no real date', { collected_at: '2026-02-30' }, 'collected_at', '"2026-02-30" is geen datum zoals 2026-01-31 of 2026-01-31T10:00:00Z'],
    ['unknown language', { language: 'de' }, 'language', 'taal "de" hoort niet bij deze vragenlijst (kies uit: nl, en)'],
    ['unknown prompt', { prompt: 'later' }, 'prompt', '"later" is geen vertelvraag van deze vragenlijst (kies uit: moment)'],
    ['empty text', { text: '  ' }, 'text', 'het verhaal is leeg'],
    ['slider not a number', { gehoord: 'abc' }, 'gehoord', '"abc" is geen getal'],
    ['decimal comma', { gehoord: '12,5' }, 'gehoord', '"12,5" is geen getal (gebruik een punt: 12.5)'],
    ['slider above 100', { gehoord: '100.5' }, 'gehoord', '"100.5" ligt niet tussen 0 en 100'],
    ['slider below 0', { gehoord: '-1' }, 'gehoord', '"-1" ligt niet tussen 0 en 100'],
    ['scale outside min–max', { cijfer: '11' }, 'cijfer', '"11" ligt niet tussen 1 en 10'],
    ['scale not whole', { cijfer: '7.5' }, 'cijfer', '"7.5" is geen geheel getal'],
    ['NA where not allowed', { cijfer: 'NA' }, 'cijfer', '"NA" (niet van toepassing) mag niet bij vraag "cijfer"'],
    ['number below min', { weken: '-2' }, 'weken', '"-2" is kleiner dan het minimum 0'],
    ['number above max', { weken: '105' }, 'weken', '"105" is groter dan het maximum 104'],
    ['choice unknown', { gevoel: 'x' }, 'gevoel', '"x" is geen optie van "gevoel" (kies uit: blij, boos, bang)'],
    ['required left empty', { gevoel: '' }, 'gevoel', 'vraag "gevoel" is verplicht, maar niet ingevuld'],
    ['multichoice unknown', { wat_hielp: 'geld|fiets' }, 'wat_hielp', '"fiets" is geen optie van "wat_hielp" (kies uit: geld, school, buren)'],
    ['multichoice duplicate', { wat_hielp: 'geld|geld' }, 'wat_hielp', '"geld" staat twee keer in "wat_hielp"'],
    ['multichoice above max', { wat_hielp: 'geld|school|buren' }, 'wat_hielp', 'kies hoogstens 2 opties bij "wat_hielp" (nu 3)'],
    ['area wrong level', { wijk: 'BU04790101' }, 'wijk', '"BU04790101" is geen wijkcode van het CBS (zoals WK047901)'],
    ['area not in list', { wijk: 'WK047903' }, 'wijk', '"WK047903" is geen wijk van vraag "wijk"'],
    ['gemeente code too short', { gemeente: 'GM479' }, 'gemeente', '"GM479" is geen gemeentecode van het CBS (zoals GM0479)'],
    ['triad of zeros', { 'wie_hielp.1': '0', 'wie_hielp.2': '0', 'wie_hielp.3': '0' }, 'wie_hielp.1', 'driehoek "wie_hielp" telt op tot 0'],
    ['triad negative', { 'wie_hielp.2': '-0.1' }, 'wie_hielp.2', '"-0.1" is negatief'],
    ['triad not a number', { 'wie_hielp.3': 'veel' }, 'wie_hielp.3', '"veel" is geen getal'],
    ['triad incomplete', { 'wie_hielp.3': '' }, 'wie_hielp.3', 'driehoek "wie_hielp" is niet compleet: vul alle drie de hoeken in, of geen'],
    ['triad partly NA', { 'wie_hielp.1': 'NA' }, 'wie_hielp.1', '"NA" kan alleen voor de hele vraag "wie_hielp": zet het in alle kolommen ervan'],
    ['stone with x only', { 'steun.school.x': '40' }, 'steun.school.y', 'steen "school" van "steun" heeft een x én een y nodig, of geen van beide'],
    ['stone outside 0–100', { 'steun.wijkteam.y': '101' }, 'steun.wijkteam.y', '"101" ligt niet tussen 0 en 100'],
  ];
  it.each(cases)('%s', (_name, overrides, column, nl) => {
    expect(problem(overrides)).toEqual({ column, nl });
  });

  it('reports every wrong cell of a row, not just the first', () => {
    const { problems } = decodeRow({ gehoord: 'abc', cijfer: '0', language: 'fr' });
    expect(problems.map((p) => p.column)).toEqual(['language', 'gehoord', 'cijfer']);
    expect(problems[1]!.en).toBe('"abc" is not a number');
  });

  it('reports a row with the wrong number of fields', () => {
    const [header, , row] = parseCsv(`${HEADER.join(',')}\r\n"two\nlines"\r\na,b,c\r\n`);
    const result = new StoryRowDecoder(FIXTURE, header!, 'stories.csv').decode(row!);
    expect(result.problems).toEqual([expect.objectContaining({ line: 4, nl: `deze regel heeft 3 velden, de kopregel ${HEADER.length}` })]);
  });
});

describe('StoryRowDecoder: the header', () => {
  const headerProblems = (names: string[]) =>
    new StoryRowDecoder(FIXTURE, { line: 1, fields: names }, 'stories.csv').headerProblems.map((p) => [p.column, p.nl]);

  it('accepts a header without some questions', () => {
    expect(headerProblems(HEADER.filter((c) => !c.startsWith('wie_hielp') && c !== 'cijfer'))).toEqual([]);
  });

  it('reports missing fixed, unknown and duplicate columns, and half a triad', () => {
    const names = [...HEADER.filter((c) => c !== 'title' && c !== 'wie_hielp.2'), 'kleur', 'tip'];
    expect(headerProblems(names)).toEqual([
      ['kleur', 'kolom "kleur" hoort niet bij vragenlijst "proef"'],
      ['tip', 'kolom "tip" staat er twee keer in'],
      ['title', 'kolom "title" ontbreekt'],
      ['wie_hielp.2', 'kolom "wie_hielp.2" ontbreekt: vraag "wie_hielp" heeft al zijn kolommen nodig, of geen'],
    ]);
  });

  it('reports the missing column of a required question', () => {
    expect(headerProblems(HEADER.filter((c) => c !== 'gevoel'))).toEqual([['gevoel', 'kolom "gevoel" ontbreekt, maar vraag "gevoel" is verplicht']]);
  });
});
