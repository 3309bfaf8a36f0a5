// The shared instrument against a member's own questionnaire (domain/network): which questions
// are local, and what adopting a version makes of the member's questionnaire.
import { describe, expect, it } from 'vitest';
import { adoptedDefinition, splitQuestions } from '../../../src/domain/network/instrument.ts';
import { networkNameProblems, networkSlugProblems } from '../../../src/domain/network/names.ts';
import type { Question, Questionnaire } from '../../../src/domain/questionnaire/types.ts';

const q = (key: string, text = key): Question => ({ key, about: 'story', type: 'text', text: { nl: text } });
const doc = (key: string, questions: Question[], languages = ['nl']): Questionnaire => ({
  format: 'duiding.questionnaire/v1',
  key,
  title: { nl: key },
  languages,
  prompts: [],
  questions,
});

describe('the shared instrument', () => {
  it('a member without the questionnaire gets the network’s questions only', () => {
    const network = doc('samen', [q('a'), q('b')]);
    expect(adoptedDefinition(network, ['a', 'b'], null).questions.map((x) => x.key)).toEqual(['a', 'b']);
  });

  it('keeps the member’s own questions after the shared ones, and takes the network’s text for shared keys', () => {
    const network = doc('samen', [q('a', 'netwerk'), q('b')]);
    const member = doc('samen', [q('eigen'), q('a', 'oud')], ['nl', 'tr']);
    const adopted = adoptedDefinition(network, ['a', 'b'], member);
    expect(adopted.questions.map((x) => [x.key, x.text.nl])).toEqual([
      ['a', 'netwerk'],
      ['b', 'b'],
      ['eigen', 'eigen'],
    ]);
    expect(adopted.languages).toEqual(['nl', 'tr']);
    expect(splitQuestions(adopted, ['a', 'b']).local.map((x) => x.key)).toEqual(['eigen']);
  });

  it('a question the network dropped leaves with the new version; the member’s own stay', () => {
    const v1Keys = ['a', 'b'];
    const member = doc('samen', [q('a'), q('b'), q('eigen')]);
    const v2 = doc('samen', [q('a'), q('c')]);
    expect(adoptedDefinition(v2, ['a', 'c'], member, v1Keys).questions.map((x) => x.key)).toEqual(['a', 'c', 'eigen']);
  });

  it('only question keys of the version count as shared', () => {
    const member = doc('samen', [q('a'), q('lokaal')]);
    expect(splitQuestions(member, ['a'])).toEqual({ shared: [q('a')], local: [q('lokaal')] });
  });

  it('checks a network’s code and name in words', () => {
    expect(networkSlugProblems('eemland')).toEqual([]);
    expect(networkSlugProblems('Eem land')[0]!.nl).toContain('kleine letters');
    expect(networkSlugProblems('a'.repeat(61))).toHaveLength(1);
    expect(networkNameProblems('  ')).toHaveLength(1);
    expect(networkNameProblems('Regio Eemland')).toEqual([]);
  });
});
