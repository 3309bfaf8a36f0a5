// The scan on a small story set full of edge cases (NA and unanswered cells, triads that do not
// sum to 1 or sum to 0, a partial triad, stones, a category seen once and one never, a
// multichoice with empty and NA cells, a number asked of one group only, a question answered
// with one category only, n < 10). Expected values: fixtures/edge-case.scipy.json, made by
//   /work/shared/tools/scipy-scan.py fixtures/edge-case.questionnaire.json \
//     fixtures/edge-case.stories.csv > fixtures/edge-case.scipy.json
// (SciPy 1.10.1, pandas 1.5.3), so no python is needed to run this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanPatterns } from '../../../src/domain/patterns/scan.ts';
import type { Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { readStories, type ReferencePattern } from '../../support/reference-case.ts';
import { expectParity } from './parity.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const questionnaire = JSON.parse(fixture('edge-case.questionnaire.json')) as Questionnaire;
const answers = readStories(questionnaire, fixture('edge-case.stories.csv'));
const expected = JSON.parse(fixture('edge-case.scipy.json')) as { stories: number; patterns: ReferencePattern[] };
const document = scanPatterns(questionnaire, answers);

describe('pattern scan on edge cases equals scipy-scan.py', () => {
  it('gives the same patterns and values', () => {
    expect(document.stories).toBe(expected.stories);
    expectParity(document, expected.patterns);
  });

  it('skips a pair with a single category among its stories (leeftijd is only asked of "ouder")', () => {
    const names = document.patterns.map((p) => `${p.a} × ${p.b}`);
    expect(names).not.toContain('leeftijd × rol');
    expect(names.some((name) => name.includes('seizoen'))).toBe(false);
  });

  it('never tests two variables of one question', () => {
    const question = (name: string) => name.split(/[.=]/)[0];
    for (const p of document.patterns) expect(question(p.a)).not.toBe(question(p.b));
  });

  it('never calls a pattern of fewer than 10 stories significant', () => {
    for (const p of document.patterns) if (p.n < 10) expect(p.significant).toBe(false);
  });

  it('lists the groups a test used, observed categories only', () => {
    const pattern = document.patterns.find((p) => p.a === 'plek.school.x' && p.b === 'rol');
    expect(pattern?.test).toBe('mann-whitney');
    if (pattern?.test !== 'mann-whitney') return;
    expect(pattern.groups.map((g) => g.label)).toEqual(['jongere', 'ouder']);
    expect(pattern.groups.reduce((s, g) => s + g.n, 0)).toBe(pattern.n);
  });

  it('gives the contingency table of a chi-square pattern', () => {
    const pattern = document.patterns.find((p) => p.a === 'rol' && p.b === 'hulp=gesprek');
    if (pattern?.test !== 'chi-square') throw new Error('expected a chi-square pattern');
    expect(pattern.table.rows).toEqual(['buur', 'jongere', 'ouder']);
    expect(pattern.table.columns).toEqual(['ja', 'nee']);
    expect(pattern.table.counts.flat().reduce((s, k) => s + k, 0)).toBe(pattern.n);
    expect(pattern.low_expected).toBe(true);
  });
});
