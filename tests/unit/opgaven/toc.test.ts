// The pure parts of opgaven: the guided statement sentence, evidence shapes, input checks and
// the pattern variables a form offers.
import { describe, expect, it } from 'vitest';
import { parseEvidence, parseItem, questionOfVariable } from '../../../src/domain/opgaven/evidence.ts';
import { isoDate, key, oneOf, text } from '../../../src/domain/opgaven/input.ts';
import { patternVariables } from '../../../src/domain/opgaven/pattern-variables.ts';
import { composeStatement, parseStatement } from '../../../src/domain/opgaven/statement.ts';
import { LEARNING_LEVELS } from '../../../src/domain/opgaven/vocabulary.ts';
import type { Problem } from '../../../src/domain/problems.ts';
import { questionnaire } from '../../../src/domain/demo/questionnaire.ts';

describe('statement sentence', () => {
  it('composes "als wij A, draagt dat bij aan B, omdat C." and reads it back', () => {
    const parts = { action: 'elk gezin één vaste contactpersoon geven', contributesTo: 'hulp die past', because: 'ouders zich dan gehoord voelen.' };
    const sentence = composeStatement(parts);
    expect(sentence).toBe('Als wij elk gezin één vaste contactpersoon geven, draagt dat bij aan hulp die past, omdat ouders zich dan gehoord voelen.');
    expect(parseStatement(sentence)).toEqual({ ...parts, because: 'ouders zich dan gehoord voelen' });
  });

  it('keeps commas inside the parts and gives null for free text', () => {
    const parts = {
      action: 'school, wijkteam en jeugdhulp laten samenwerken',
      contributesTo: 'jongeren die thuis wonen',
      because: 'signalen, zo vroeg mogelijk, gedeeld worden',
    };
    expect(parseStatement(composeStatement(parts))).toEqual(parts);
    expect(parseStatement('Meer samenwerking is goed.')).toBeNull();
  });
});

describe('evidence', () => {
  it('refuses a status without any evidence, in Dutch', () => {
    for (const input of [undefined, null, {}, { items: [] }, { note: 'Ik weet het zeker', items: [] }]) {
      const problems: Problem[] = [];
      parseEvidence(input, problems);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: 'evidence', code: 'evidence-required' });
      expect(problems[0].nl).toMatch(/^Een status van een aanname kan alleen worden vastgelegd met bewijs/);
    }
  });

  it('accepts each kind and names the field of every wrong item', () => {
    const problems: Problem[] = [];
    const evidence = parseEvidence(
      {
        note: ' toelichting ',
        items: [
          { kind: 'pattern', questionnaire: 'zo-thuis', a: 'gehoord', b: 'rol' },
          { kind: 'story', ref: 'demo-000001' },
          { kind: 'indicator', indicator: 'wachttijd_weken', area: 'GM9999' },
          { kind: 'dialogue', dialogue: 'x', conclusion: 'Samen gezien.' },
          { kind: 'indicator', indicator: 'wachttijd_weken' },
          { kind: 'dialogue', dialogue: 'x' },
          { kind: 'mening' },
          'tekst',
        ],
      },
      problems,
    );
    expect(evidence.note).toBe('toelichting');
    expect(evidence.items.map((i) => i.kind)).toEqual(['pattern', 'story', 'indicator', 'dialogue']);
    expect(problems.map((p) => p.field)).toEqual(['evidence.items[4].area', 'evidence.items[5].conclusion', 'evidence.items[6].kind', 'evidence.items[7]']);
  });

  it('does not take a dialogue as material of a dialogue', () => {
    const problems: Problem[] = [];
    expect(parseItem({ kind: 'dialogue', dialogue: 'x', conclusion: 'y' }, 'material', problems, false)).toBeNull();
    expect(problems[0]).toMatchObject({ field: 'material.kind', code: 'unknown-kind' });
  });

  it('finds the question of a pattern variable', () => {
    expect(questionOfVariable('wie_hielp.2')).toBe('wie_hielp');
    expect(questionOfVariable('wat_hielp=rust')).toBe('wat_hielp');
    expect(questionOfVariable('steun.school.x')).toBe('steun');
    expect(questionOfVariable('gehoord')).toBe('gehoord');
  });
});

describe('input checks', () => {
  it('checks text, keys, choices and dates with Dutch messages', () => {
    const problems: Problem[] = [];
    expect(text('  a  ', 'title', problems, { required: true })).toBe('a');
    text('', 'title', problems, { required: true });
    text('x'.repeat(11), 'note', problems, { max: 10 });
    expect(key('zo-thuis', 'key', problems)).toBe('zo-thuis');
    key('Zo Thuis', 'key', problems);
    expect(oneOf('2', LEARNING_LEVELS, 'learningLevel', problems)).toBe(2);
    oneOf(4, LEARNING_LEVELS, 'learningLevel', problems);
    expect(oneOf('', ['a'], 'x', problems, { optional: true })).toBeNull();
    expect(isoDate('2026-03-12', 'heldOn', problems)).toBe('2026-03-12');
    expect(isoDate('', 'heldOn', problems)).toBeNull();
    isoDate('2026-02-30', 'heldOn', problems);
    isoDate('12-03-2026', 'heldOn', problems);
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'title:missing',
      'note:too-long',
      'key:bad-key',
      'learningLevel:not-allowed',
      'heldOn:bad-date',
      'heldOn:bad-date',
    ]);
  });
});

describe('pattern variables', () => {
  it('names variables as the scan does: triad corners, multichoice options, stones, no text', () => {
    const names = patternVariables(questionnaire().questions, 'nl').map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['gehoord', 'wie_hielp.1', 'wie_hielp.3', 'steun.school.x', 'steun.school.y', 'rol', 'wijk', 'cijfer']));
    expect(names.some((n) => n.startsWith('wat_hielp='))).toBe(true);
    expect(names).not.toContain('tip');
  });
});
