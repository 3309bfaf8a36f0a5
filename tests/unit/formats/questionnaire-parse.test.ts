// duiding.questionnaire/v1: valid definitions parse (extra properties stripped); every problem
// names its JSON path and says what is wrong in Dutch and English.
import { describe, expect, it } from 'vitest';
import { questionnaire as demoQuestionnaire } from '../../../src/domain/demo/questionnaire.ts';
import { parseQuestionnaire, questionnaireChanged } from '../../../src/domain/questionnaire/parse.ts';
import { FIXTURE } from './story-fixture.ts';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The fixture as JSON to break on purpose: any path may be set, also ones the types forbid. */
// biome-ignore lint/suspicious/noExplicitAny: these tests write invalid shapes into the document
type Json = any;

/** The fixture as plain JSON, changed by `edit`; returns [field, nl] of every problem. */
function problems(edit: (json: Json) => void): [string | undefined, string][] {
  const json = clone(FIXTURE);
  edit(json);
  const result = parseQuestionnaire(json, 'vragenlijst.json');
  if (result.ok) return [];
  for (const p of result.problems) {
    expect(p.file).toBe('vragenlijst.json');
    expect(p.en.length).toBeGreaterThan(0);
  }
  return result.problems.map((p) => [p.field, p.nl]);
}

describe('parseQuestionnaire', () => {
  it('parses the fixture and the demo questionnaire unchanged', () => {
    for (const q of [FIXTURE, demoQuestionnaire()]) {
      const result = parseQuestionnaire(clone(q));
      expect(result).toEqual({ ok: true, value: q });
    }
  });

  it('leaves unknown properties out', () => {
    const json: Json = clone(FIXTURE);
    json.extra = 1;
    json.questions[0].colour = 'red';
    json.questions[3].options[0].icon = 'x';
    const result = parseQuestionnaire(json);
    expect(result).toEqual({ ok: true, value: FIXTURE });
  });

  const cases: [string, (json: Json) => void, [string, string][]][] = [
    ['wrong format', (j) => (j.format = 'duiding.questionnaire/v2'), [['format', 'dit is geen vragenlijst: "format" moet "duiding.questionnaire/v1" zijn']]],
    ['title without nl', (j) => (j.title = { en: 'Test' }), [['title.nl', 'de Nederlandse tekst ("nl") ontbreekt']]],
    [
      'key with a space',
      (j) => (j.key = 'zo thuis'),
      [['key', '"zo thuis" is geen geldige sleutel: gebruik alleen letters, cijfers, _ en - (geen spaties of . = | ,)']],
    ],
    ['empty languages', (j) => (j.languages = []), [['languages', 'deze lijst mag niet leeg zijn']]],
    [
      'question key with a dot',
      (j) => (j.questions[0].key = 'ge.hoord'),
      [['questions[0].key', '"ge.hoord" is geen geldige sleutel: gebruik alleen letters, cijfers, _ en - (geen spaties of . = | ,)']],
    ],
    [
      'question key with a pipe',
      (j) => (j.questions[0].key = 'a|b'),
      [['questions[0].key', '"a|b" is geen geldige sleutel: gebruik alleen letters, cijfers, _ en - (geen spaties of . = | ,)']],
    ],
    ['duplicate question key', (j) => (j.questions[2].key = 'gehoord'), [['questions[2].key', 'vraag "gehoord" komt vaker voor']]],
    [
      'key of a fixed column',
      (j) => (j.questions[7].key = 'title'),
      [['questions[7].key', '"title" is al een vaste kolom van de verhalen; kies een andere sleutel']],
    ],
    [
      'unknown type',
      (j) => (j.questions[0].type = 'dial'),
      [['questions[0].type', 'onbekend vraagtype; kies uit: slider, triad, stones, choice, multichoice, scale, number, text, area']],
    ],
    ['bad about', (j) => (j.questions[0].about = 'me'), [['questions[0].about', 'kies "story" (over het verhaal) of "participant" (over de verteller)']]],
    ['slider without right', (j) => delete j.questions[0].right, [['questions[0].right', 'dit veld ontbreekt']]],
    ['triad with two corners', (j) => j.questions[1].corners.pop(), [['questions[1].corners', 'een driehoek heeft precies 3 hoeken, niet 2']]],
    ['stones without stones', (j) => (j.questions[2].stones = []), [['questions[2].stones', 'deze lijst mag niet leeg zijn']]],
    ['duplicate option key', (j) => (j.questions[3].options[1].key = 'blij'), [['questions[3].options[1].key', 'optie "blij" komt vaker voor']]],
    [
      'option key with a comma',
      (j) => (j.questions[3].options[1].key = 'a,b'),
      [['questions[3].options[1].key', '"a,b" is geen geldige sleutel: gebruik alleen letters, cijfers, _ en - (geen spaties of . = | ,)']],
    ],
    // "NA" is the not-applicable cell: as an option it could never be answered, with or without allowNotApplicable.
    ...[false, true].map((allow): [string, (json: Json) => void, [string, string][]] => [
      `option key "NA" (allowNotApplicable ${allow})`,
      (j) => {
        j.questions[4].options[2].key = 'NA';
        j.questions[4].allowNotApplicable = allow;
      },
      [
        [
          'questions[4].options[2].key',
          '"NA" betekent "niet van toepassing" in verhalenbestanden en kan daarom geen sleutel van een optie zijn; kies een andere sleutel, bijvoorbeeld "nvt" of "geen"',
        ],
      ],
    ]),
    ['empty options', (j) => (j.questions[4].options = []), [['questions[4].options', 'deze lijst mag niet leeg zijn']]],
    ['multichoice max too high', (j) => (j.questions[4].max = 4), [['questions[4].max', 'max moet tussen 1 en 3 liggen']]],
    ['scale min not below max', (j) => (j.questions[5].min = 10), [['questions[5].max', 'max (10) moet groter zijn dan min (10)']]],
    ['number min above max', (j) => (j.questions[6].min = 200), [['questions[6].max', 'max (104) mag niet kleiner zijn dan min (200)']]],
    ['area level unknown', (j) => (j.questions[8].level = 'provincie'), [['questions[8].level', 'kies "gemeente", "wijk" of "buurt"']]],
    [
      'area code of the wrong level',
      (j) => (j.questions[8].areas[1].code = 'BU04790101'),
      [['questions[8].areas[1].code', '"BU04790101" is geen wijkcode van het CBS (zoals WK047901)']],
    ],
    ['required not a boolean', (j) => (j.questions[3].required = 'ja'), [['questions[3].required', 'hier hoort true of false']]],
  ];
  it.each(cases)('%s', (_name, edit, expected) => {
    expect(problems(edit)).toEqual(expected);
  });

  it('reports every problem, not just the first', () => {
    expect(
      problems((j) => {
        j.key = '';
        j.questions[3].options[0].text = 'blij';
      }),
    ).toEqual([
      ['key', 'dit veld is leeg'],
      ['questions[3].options[0].text', 'hier hoort een object ({ … })'],
    ]);
  });

  it('rejects what is not an object', () => {
    expect(parseQuestionnaire([])).toMatchObject({ ok: false, problems: [{ field: '$', code: 'not-an-object' }] });
  });
});

describe('questionnaireChanged', () => {
  it('ignores key order and notices any change', () => {
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v;
    const reordered = reverse(FIXTURE) as typeof FIXTURE;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(FIXTURE));
    expect(questionnaireChanged(FIXTURE, clone(FIXTURE))).toBe(false);
    expect(questionnaireChanged(FIXTURE, reordered)).toBe(false);
    const changed: Json = clone(FIXTURE);
    changed.questions[3].options[2].text.en = 'afraid';
    expect(questionnaireChanged(FIXTURE, changed)).toBe(true);
    const optional: Json = clone(FIXTURE);
    optional.questions[0].required = false;
    expect(questionnaireChanged(FIXTURE, optional)).toBe(true);
  });
});
