// The real NarraFirma and SenseMaker files, quirks included (BOM, CRLF, a ";" comment row, a
// column the form names but the stories lack, columns named by UUID), turned into a questionnaire
// that passes Duiding's own parser and into stories.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishQuestionnaire } from '../../../src/domain/foreign/draft.ts';
import { readNarraFirmaForm } from '../../../src/domain/foreign/narrafirma-form.ts';
import { narraFirmaPlan } from '../../../src/domain/foreign/narrafirma.ts';
import { Findings } from '../../../src/domain/foreign/notes.ts';
import type { ForeignPlan, ForeignStory } from '../../../src/domain/foreign/plan.ts';
import { readSenseMakerFramework } from '../../../src/domain/foreign/sensemaker-framework.ts';
import { senseMakerPlan } from '../../../src/domain/foreign/sensemaker.ts';
import { parseQuestionnaire } from '../../../src/domain/questionnaire/parse.ts';
import type { Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { csvRecords, haveDatasets, json, NARRAFIRMA, SENSEMAKER } from './fixtures.ts';

function run(plan: ForeignPlan, records: ReturnType<typeof csvRecords>, findings: Findings) {
  const stories = records
    .slice(1)
    .map((r) => plan.decode(r, findings))
    .filter((s): s is ForeignStory => s !== null);
  const q = finishQuestionnaire('test', plan.finish(findings), ['en']);
  const parsed = parseQuestionnaire(JSON.parse(JSON.stringify(q)));
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  return { stories, q: q as Questionnaire };
}

function narraFirma(form: string, stories: string) {
  const formFindings = new Findings(form);
  const findings = new Findings(stories);
  const parsedForm = readNarraFirmaForm(csvRecords(path.join(NARRAFIRMA, form)), formFindings);
  const records = csvRecords(path.join(NARRAFIRMA, stories));
  return { ...run(narraFirmaPlan(parsedForm, records[0]!, findings, 'fallback'), records, findings), findings, formFindings };
}

const byKey = (q: Questionnaire, key: string) => q.questions.find((x) => x.key === key)!;

describe.skipIf(!haveDatasets)('NarraFirma example story collection', () => {
  const { stories, q, findings, formFindings } = haveDatasets
    ? narraFirma('narrafirma_example_story_form.csv', 'narrafirma_example_stories.csv')
    : ({} as ReturnType<typeof narraFirma>);

  it('reads all 80 stories past the BOM and the ";" comment row, without CR left in any cell', () => {
    expect(findings.problems).toEqual([]);
    expect(stories).toHaveLength(80);
    expect(stories[0]!.title).toBe('The lost project');
    expect(stories.every((s) => !/\r/.test(JSON.stringify(s)))).toBe(true);
  });

  it('maps every choice layout to the same answers', () => {
    const first = stories[0]!.answers;
    // multi-column texts, single-column delimited, delimited indexed and yes/no columns agree.
    for (const key of ['needed', 'needed_delimited', 'needed_index_delimited', 'needed_yes_no']) expect(first[key], key).toEqual(['help', 'to_be_heard']);
    expect(first.feel_about).toEqual(['frustrated', 'disappointed']);
    // Single choice by value, by 1-based index and by the custom value "Indv".
    expect([first.scope, first.scope_index, first.scope_custom_answer_name]).toEqual(['team', 'team', 'team']);
    expect(byKey(q, 'scope_custom_answer_name')).toMatchObject({
      type: 'choice',
      options: [{ key: 'indv', text: { en: 'Individual' } }, { key: 'pair' }, { key: 'team' }, { key: 'system' }],
    });
    expect(byKey(q, 'feel_about')).toMatchObject({ type: 'multichoice', max: 2 });
    expect(byKey(q, 'position')).toMatchObject({ about: 'participant', type: 'choice' });
  });

  it('keeps write-ins in a text question of their own, from a WRITEIN_ column or mixed into the answers', () => {
    expect(stories[1]!.answers.feel_about_anders).toBe('great!');
    expect(stories[0]!.answers.scope_mixed_in_write_ins_anders).toBe('Just me');
    expect(stories[0]!.answers.scope_mixed_in_write_ins).toBeUndefined();
  });

  it('turns 0–100 scales into sliders with their end labels, and the eliciting question into prompts', () => {
    expect(byKey(q, 'got_what_needed')).toMatchObject({ type: 'slider', left: { en: 'nothing' }, right: { en: 'everything' } });
    expect(stories[0]!.answers.will_remember).toBe(55);
    expect(q.prompts.map((p) => p.key)).toEqual(['best_or_worst_moment', 'responsibility', 'surprise']);
    expect(stories[0]!.prompt).toBe('best_or_worst_moment');
    expect(q.title.nl).toBe('Welcome to the story collection!');
    expect(stories[0]).toMatchObject({ language: 'en', collectedAt: new Date('2021-07-28T00:00:00Z') });
  });

  it('reports the Participant ID column the stories lack, and the form texts it does not keep', () => {
    expect(findings.notes).toContainEqual(
      expect.objectContaining({ file: 'narrafirma_example_stories.csv', line: 1, column: 'Participant ID', code: 'form-column-missing' }),
    );
    expect(formFindings.notes).toContainEqual(expect.objectContaining({ file: 'narrafirma_example_story_form.csv', line: 23, code: 'form-text-not-mapped' }));
  });

  it('gives stable story ids, so importing the file again replaces instead of doubling', () => {
    const again = narraFirma('narrafirma_example_story_form.csv', 'narrafirma_example_stories.csv');
    expect(again.stories.map((s) => s.ref)).toEqual(stories.map((s) => s.ref));
    expect(new Set(stories.map((s) => s.ref)).size).toBe(80);
  });
});

describe.skipIf(!haveDatasets)('NarraFirma import guide example', () => {
  const { stories, q, findings } = haveDatasets
    ? narraFirma('narrafirma_import_guide_example_story_form.csv', 'narrafirma_import_guide_example_stories.csv')
    : ({} as ReturnType<typeof narraFirma>);

  it('reads its own column names, "Needed [help]" yes/no columns, indices "1 4" and a 1–10 scale', () => {
    expect(findings.problems).toEqual([]);
    expect(stories.map((s) => s.title)).toEqual(['Never would have guessed', 'Finally', 'Never knew']);
    expect(stories[0]!.answers).toMatchObject({
      longago: '1_year',
      source: 'first_person',
      remember: 3,
      needed: ['help'],
      helped: ['manager', 'colleague'],
      surprised: ['the_people_at_the_head_office', 'our_competitors'],
      comment: "It's okay",
    });
    expect(byKey(q, 'remember')).toMatchObject({ type: 'scale', min: 1, max: 10, minLabel: { en: 'for a few minutes' } });
    expect(stories[0]!.prompt).toBe('surprise');
    expect(q.prompts[1]).toEqual({ key: 'reallylike', text: { en: 'What experience comes to mind when you think about what success is really like?' } });
  });
});

describe.skipIf(!haveDatasets)('SenseMaker ADemo export', () => {
  const definitionFindings = new Findings('ADemo_Definition.json');
  const findings = new Findings('ADemo_Data.csv');
  const framework = haveDatasets ? readSenseMakerFramework(json(path.join(SENSEMAKER, 'ADemo_Definition.json')), definitionFindings) : null;
  const records = haveDatasets ? csvRecords(path.join(SENSEMAKER, 'ADemo_Data.csv')) : [];
  const { stories, q } = framework ? run(senseMakerPlan(framework, records[0]!, findings, 'x'), records, findings) : ({} as ReturnType<typeof run>);

  it('reads all 129 stories by their SenseMaker id, text from the fragment signifier', () => {
    expect([...definitionFindings.problems, ...findings.problems]).toEqual([]);
    expect(stories).toHaveLength(129);
    expect(stories[0]).toMatchObject({ ref: 'c9a49500-806b-11eb-81ea-0242ac110003', language: 'en', collectedAt: new Date(1438121139568) });
    expect(stories[0]!.text).toMatch(/^I am a Driver Helper/);
  });

  it('maps triads, dyads, stones and lists named by UUID', () => {
    expect(q.questions.map((x) => x.type)).toEqual([
      'choice',
      'choice',
      'text',
      'stones',
      'triad',
      'triad',
      'triad',
      'triad',
      'triad',
      'slider',
      'slider',
      'slider',
      'multichoice',
      'choice',
      'choice',
      'choice',
      'choice',
    ]);
    const second = stories[1]!.answers;
    expect(second.influences_on_this_situation_were).toEqual([
      0.1415929203539823,
      1 - 0.22543797348484848 - 0.1415929203539823 / 2,
      0.22543797348484848 - 0.1415929203539823 / 2,
    ]);
    expect(second.this_situation_was).toBeCloseTo(75.24109792284867, 12);
    expect(stories[0]!.answers.this_situation_was).toEqual({ na: true });
    expect(second.topic_marker_indicating_the_level_of).toEqual({
      '1_people': [0.6659902597402597 * 100, 0.8192390267175572 * 100],
      '2_productivity': [0.5568993506493507 * 100, 0.6748568702290076 * 100],
      '3_company_property': [0.5854707792207792 * 100, 0.9159112595419848 * 100],
    });
    expect(second.this_experience_makes_you_feel_pick_up).toEqual(['disappointed', 'sad', 'frustrated']);
    expect(stories[0]!.answers.gender).toBe('male');
    expect(byKey(q, 'gender')).toMatchObject({ about: 'participant' });
    expect(byKey(q, 'influences_on_this_situation_were')).toMatchObject({
      allowNotApplicable: true,
      corners: [{ en: 'quality demands' }, { en: 'schedule pressures' }, { en: 'resource tensions' }],
    });
  });

  it('reports what it could not map: metadata, a point outside the triangle, an item the framework lacks', () => {
    const codes = findings.notes.map((n) => `${n.line}:${n.code}:${n.column}`);
    expect(codes).toContain('1:metadata-not-kept:responder_id');
    expect(codes).toContain('282:point-outside:dee85953-7226-45c5-9add-c146e5f4096f_percentX');
    expect(codes).toContain('373:value-not-mapped:28b77770-d9ed-4ee8-81ba-0cb6cbab4416');
    const outside = stories.find((s) => s.ref === records.find((r) => r.line === 282)!.fields[0])!;
    expect((outside.answers.influences_on_this_situation_were as number[])[2]).toBe(0);
  });
});
