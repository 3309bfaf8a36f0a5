import { describe, expect, it } from 'vitest';
import { weightedLogOdds } from '../../../src/domain/words/log-odds.ts';
import { distinctiveWords } from '../../../src/domain/words/distinctive-words.ts';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

// Tiny corpus: A says x x x y, B says x y y y; the corpus is both (x 4, y 4, n 8).
const a = counts({ x: 3, y: 1 });
const b = counts({ x: 1, y: 3 });
const corpus = counts({ x: 4, y: 4 });

describe('weighted log-odds with an informative Dirichlet prior (Monroe et al. 2008, eq. 22)', () => {
  it('matches a hand computation with the raw corpus counts as prior (α0 = n = 8, α_x = 4)', () => {
    const rows = weightedLogOdds({ a, b, corpus, alpha0: 'corpus', minCount: 0 });
    const x = rows.find((r) => r.word === 'x')!;
    // δ = log((3+4)/(4+8−3−4)) − log((1+4)/(4+8−1−4)) = log(7/5) − log(5/7) = 2·log 1.4
    expect(x.delta).toBeCloseTo(0.6729444732424258, 14);
    // σ² = 1/7 + 1/5
    expect(x.z).toBeCloseTo(1.1492714809232922, 14);
    expect(x).toMatchObject({ countA: 3, countB: 1 });
    const y = rows.find((r) => r.word === 'y')!;
    expect(y.delta).toBeCloseTo(-0.6729444732424258, 14);
    expect(y.z).toBeCloseTo(-1.1492714809232922, 14);
  });

  it('matches a hand computation with the corpus frequencies scaled to α0 = 2 (α_x = 1)', () => {
    const rows = weightedLogOdds({ a, b, corpus, alpha0: 2, minCount: 0 });
    const x = rows.find((r) => r.word === 'x')!;
    // δ = log((3+1)/(4+2−3−1)) − log((1+1)/(4+2−1−1)) = log 2 − log ½ = 2·log 2; σ² = 1/4 + 1/2
    expect(x.delta).toBeCloseTo(1.3862943611198906, 14);
    expect(x.z).toBeCloseTo(1.6007548451372582, 14);
  });

  it('leaves out words seen fewer than minCount times in A and B together', () => {
    const rows = weightedLogOdds({ a: counts({ x: 3, z: 1 }), b: counts({ x: 1, z: 1 }), corpus: counts({ x: 4, z: 2 }), minCount: 3 });
    expect(rows.map((r) => r.word)).toEqual(['x']);
  });

  it('returns nothing for an empty corpus', () => {
    expect(weightedLogOdds({ a: new Map(), b: new Map(), corpus: new Map() })).toEqual([]);
  });
});

describe('distinctiveWords', () => {
  it('ranks the words of A by highest z and those of B by lowest z, naming each stem by its commonest form', () => {
    const stories = [
      { inA: true, inB: false, title: 'Wachtlijst', text: 'De wachtlijsten waren lang. Weer de wachtlijst.' },
      { inA: true, inB: false, title: 'Boos', text: 'Op de wachtlijst, steeds opnieuw vertellen.' },
      { inA: false, inB: true, title: 'Fijn', text: 'Een vaste contactpersoon die luisterde. Contactpersoon!' },
      { inA: false, inB: true, title: 'Goed', text: 'Mijn contactpersoon luisterde echt.' },
    ];
    const doc = distinctiveWords(stories, { labelA: 'gevoel=boos', labelB: 'rest', alpha0: 'corpus', minCount: 2 });
    expect(doc.format).toBe('duiding.words/v1');
    expect(doc.a).toMatchObject({ label: 'gevoel=boos', stories: 2 });
    expect(doc.topA[0]).toMatchObject({ stem: 'wachtlijst', word: 'wachtlijst', countA: 4, countB: 0 });
    expect(doc.topA[0].z).toBeGreaterThan(0);
    expect(doc.topB[0]).toMatchObject({ stem: 'contactperson', word: 'contactpersoon', countA: 0, countB: 3 });
    expect(doc.topB.every((w) => w.z < 0)).toBe(true);
    expect(doc.topB.map((w) => w.stem)).toContain('luisterd');
  });

  it('keeps top N per group', () => {
    const stories = Array.from({ length: 30 }, (_, i) => ({
      inA: i % 2 === 0,
      inB: i % 2 === 1,
      title: `woord${i}`,
      text: i % 2 ? 'appel peer kers pruim' : 'fiets auto trein boot',
    }));
    const doc = distinctiveWords(stories, { labelA: 'a', labelB: 'b', top: 2 });
    expect(doc.topA).toHaveLength(2);
    expect(doc.topB).toHaveLength(2);
  });
});
