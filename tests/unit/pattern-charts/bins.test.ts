// Every count a pattern chart draws must be the number of stories its link opens. The bins are
// half-open, and a bin's query runs from its start to the largest value seen in it, so the cell
// query of domain/patterns/cell.ts (inclusive at both ends) finds exactly the stories counted —
// also for values exactly on a border, repeated values, and missing ones. Checked here against
// inCell itself on random answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binIndex, grid, histogram, thresholds } from '../../../src/domain/pattern-charts/bins.ts';
import { groupSpreads, quantile } from '../../../src/domain/pattern-charts/groups.ts';
import { clipToTriangle, ternaryData } from '../../../src/domain/pattern-charts/ternary.ts';
import { inCell, parseCell } from '../../../src/domain/patterns/cell.ts';
import { deriveVariables, type Answers } from '../../../src/domain/patterns/variables.ts';
import type { Questionnaire } from '../../../src/domain/questionnaire/types.ts';

const t = (nl: string) => ({ nl });
const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'test',
  title: t('Test'),
  languages: ['nl'],
  prompts: [{ key: 'p', text: t('Vertel') }],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: t('Gehoord?'), left: t('niet'), right: t('wel') },
    { key: 'wie', about: 'story', type: 'triad', text: t('Wie?'), corners: [t('a'), t('b'), t('c')] },
    {
      key: 'rol',
      about: 'participant',
      type: 'choice',
      text: t('Rol'),
      options: [
        { key: 'x', text: t('x') },
        { key: 'y', text: t('y') },
      ],
    },
  ],
} as unknown as Questionnaire;

const count = (cell: Parameters<typeof parseCell>[1], stories: Answers[]) =>
  inCell(QUESTIONNAIRE, parseCell(QUESTIONNAIRE, cell), stories).reduce((s, v) => s + v, 0);

// Values on a 0.5 grid and on the bin borders themselves, so ties and borders are common.
const slider = fc.oneof(
  fc.integer({ min: 0, max: 200 }).map((v) => v / 2),
  fc.constantFrom(0, 10, 20, 50, 90, 100),
  fc.constant(undefined),
);
const weights = fc.oneof(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), fc.constant(undefined));
const stories = fc
  .array(fc.record({ gehoord: slider, wie: weights, rol: fc.constantFrom('x', 'y', undefined) }), { minLength: 1, maxLength: 120 })
  .map((rows) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as Answers));

describe('pattern chart bins', () => {
  it('writes thresholds that read back as the same numbers', () => {
    expect(thresholds(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(thresholds(0, 100, 10).map(String)).toEqual(['0', '10', '20', '30', '40', '50', '60', '70', '80', '90']);
    expect(binIndex(0.2, thresholds(0, 1, 5))).toBe(1);
    expect(binIndex(0.19999, thresholds(0, 1, 5))).toBe(0);
    expect(binIndex(Number.NaN, [0])).toBe(-1);
  });

  it('counts in each histogram bar exactly the stories its range query finds', () => {
    fc.assert(
      fc.property(stories, (answers) => {
        const values = deriveVariables(QUESTIONNAIRE, answers).numeric.find((v) => v.name === 'gehoord')!.values;
        const bins = histogram(values, thresholds(0, 100, 10), 100);
        for (const bin of bins) {
          if (bin.count === 0) expect(bin.max).toBeNull();
          else expect(count({ var: 'gehoord', min: String(bin.from), max: String(bin.max) }, answers)).toBe(bin.count);
        }
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(count({ var: 'gehoord' }, answers));
      }),
      { numRuns: 150 },
    );
  });

  it('counts in each area of a triad exactly the stories its two ranges find', () => {
    fc.assert(
      fc.property(stories, (answers) => {
        const variables = deriveVariables(QUESTIONNAIRE, answers);
        const corner = (c: number) => variables.numeric.find((v) => v.name === `wie.${c}`)!.values;
        const data = ternaryData([corner(1), corner(2), corner(3)], variables.categorical.find((v) => v.name === 'rol')!);
        for (const region of data.regions) {
          const ranges = [`wie.1:${region.first.min}:${region.first.max}`, `wie.2:${region.second.min}:${region.second.max}`];
          expect(count({ ranges }, answers)).toBe(region.count);
        }
        expect(data.n).toBe(count({ ranges: ['wie.1::'] }, answers));
        // The centroids are the mean shares per group and add up to one.
        for (const c of data.centroids) expect(c.shares[0] + c.shares[1] + c.shares[2]).toBeCloseTo(1, 9);
      }),
      { numRuns: 150 },
    );
  });

  it('counts each box of a grid exactly as its query, and leaves out stories missing one value', () => {
    const x = Float64Array.from([0, 0, 5, 5, 10, Number.NaN, 3]);
    const y = Float64Array.from([0, 10, 0, 10, 10, 4, Number.NaN]);
    const g = grid(x, y, thresholds(0, 10, 2), 10, thresholds(0, 10, 2), 10);
    expect(g.cells).toEqual([
      { i: 0, j: 0, count: 1 },
      { i: 0, j: 1, count: 1 },
      { i: 1, j: 0, count: 1 },
      { i: 1, j: 1, count: 2 },
    ]);
    expect(g.x.map((b) => b.max)).toEqual([0, 10]);
  });

  it('cuts the grid to the triangle', () => {
    expect(clipToTriangle(0, 0.2, 0, 0.2)).toHaveLength(4);
    expect(clipToTriangle(0.4, 0.6, 0.4, 0.6)).toHaveLength(3);
    expect(clipToTriangle(0.6, 0.8, 0.6, 0.8)).toEqual([[0.6, 0.6]]);
  });

  it('gives quartiles as NumPy percentile does, per group', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    const values = Float64Array.from([1, 2, 3, 4, 10, 20, Number.NaN]);
    const spreads = groupSpreads(values, { name: 'rol', question: 'rol', labels: ['x', 'y'], codes: Int32Array.from([0, 0, 0, 0, 1, 1, 1]) });
    expect(spreads).toEqual([
      { label: 'x', n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 },
      { label: 'y', n: 2, min: 10, q1: 12.5, median: 15, q3: 17.5, max: 20 },
    ]);
  });
});
