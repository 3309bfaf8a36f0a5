// The rules of observations (issue 11): the source's shape, completeness, and the small numbers
// an observation's words may not carry to the council.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/domain/problems.ts';
import { checkObservationText, isComplete, smallNumbersIn } from '../../../src/domain/sensemaking/rules.ts';
import { parseSource } from '../../../src/domain/sensemaking/source.ts';

const parsed = (input: unknown) => {
  const problems: Problem[] = [];
  return { source: parseSource(input, problems), fields: problems.map((p) => `${p.field}:${p.code}`) };
};

describe('an observation source', () => {
  it('takes a pattern, a comparison and a selection, dropping empty filter values', () => {
    expect(
      parsed({
        kind: 'pattern',
        a: 'gehoord',
        b: 'rol',
        filter: [
          ['rol', 'jongere'],
          ['period', ' '],
        ],
      }).source,
    ).toEqual({
      kind: 'pattern',
      a: 'gehoord',
      b: 'rol',
      filter: [['rol', 'jongere']],
    });
    expect(parsed({ kind: 'compare', subsets: { a: 'rol=jongere', b: 'rest' } }).source).toEqual({ kind: 'compare', subsets: { a: 'rol=jongere', b: 'rest' } });
    expect(parsed({ kind: 'selection', group: ['rol:ouder'] }).source).toEqual({ kind: 'selection', group: ['rol:ouder'], range: [], filter: [], search: '' });
  });

  it('names the field of every problem', () => {
    expect(parsed(null).fields).toEqual(['source:not-an-object']);
    expect(parsed({ kind: 'grafiek' }).fields).toEqual(['source.kind:unknown-kind']);
    expect(parsed({ kind: 'pattern', a: 'x', b: 'x' }).fields).toEqual(['source.b:same-variable']);
    expect(parsed({ kind: 'pattern', a: 'x', b: 'y', filter: 'rol=jongere' }).fields).toEqual(['source.filter:bad-filter']);
    expect(parsed({ kind: 'compare', subsets: { a: 'rol=jongere', e: 'rest' } }).fields).toEqual([
      'source.subsets.e:unknown-subset',
      'source.subsets:too-few-subsets',
    ]);
    expect(parsed({ kind: 'selection', group: 'rol:ouder' }).fields).toEqual(['source.group:bad-list']);
  });
});

describe('an observation', () => {
  it('is complete from two interpretations', () => {
    expect([0, 1, 2, 3].map(isComplete)).toEqual([false, false, true, true]);
  });

  it('needs a title and one of three strengths', () => {
    const problems: Problem[] = [];
    checkObservationText({ title: '  ', strength: 'enorm' }, problems);
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(['title:missing', 'strength:not-allowed']);
  });

  it('finds whole numbers under the threshold in its words, not years, larger counts or decimals', () => {
    expect(smallNumbersIn(['3 van de 4 jongeren', 'in 2025 zeiden 12 ouders', 'een 3,5 gemiddeld', 'groep 0'], 5)).toEqual([0, 3, 4]);
    expect(smallNumbersIn(['Jongeren voelen zich minder gehoord'], 5)).toEqual([]);
  });
});
