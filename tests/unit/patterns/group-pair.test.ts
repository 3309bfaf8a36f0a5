import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupPattern } from '../../../src/domain/patterns/group-pair.ts';
import { rankOnce } from '../../../src/domain/patterns/pair-support.ts';

// groupPattern tallies by a (category × distinct value) table when that is small, and otherwise
// by passes over the stories and a walk along the value order: both must give the same pattern.
describe('numeric × categorical tallies', () => {
  const story = fc.record({
    value: fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -3, max: 3, noNaN: true }), fc.constant(Number.NaN)),
    code: fc.integer({ min: -1, max: 3 }),
  });

  it('gives the same pattern by table and by walk', () => {
    fc.assert(
      fc.property(fc.array(story, { maxLength: 80 }), (stories) => {
        const a = rankOnce({ name: 'x', question: 'x', values: Float64Array.from(stories, (s) => s.value) });
        const b = {
          name: 'g',
          question: 'g',
          labels: ['a', 'b', 'c', 'd'],
          codes: Int32Array.from(stories, (s) => s.code),
        };
        const byTable = groupPattern(a, b, Number.POSITIVE_INFINITY);
        const byWalk = groupPattern(a, b, 0);
        expect(byWalk).toEqual(byTable);
      }),
    );
  });
});
