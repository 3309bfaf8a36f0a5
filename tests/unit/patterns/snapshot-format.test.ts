// The answer snapshot's binary layout (services/answer-snapshot-format.ts) gives back exactly what
// it was given: every double bit for bit (SciPy parity), codes, lists, not applicable, no answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE } from '../../../src/domain/questionnaire/types.ts';
import { decodeSnapshot, encodeSnapshot, type SnapshotColumns } from '../../../src/services/answer-snapshot-format.ts';

const ids = ['0b9c6a2e-1f4d-4c1e-9a57-2f1e8d3c4b5a', 'ffffffff-0000-4000-8000-000000000001', '12345678-9abc-4def-8123-456789abcdef'];

describe('answer snapshot format', () => {
  it('keeps each kind of column, not applicable and no answer apart', () => {
    const document: SnapshotColumns = {
      ids,
      columns: {
        'answer:gevoel': ['blij', null, NOT_APPLICABLE],
        'answer:gehoord': [0.1 + 0.2, -0, NOT_APPLICABLE],
        'answer:rol': [['a', 'b'], [], null],
        'answer:triade': [[0.2, 0.3, 0.5], null, [1 / 3, 1 / 3, 1 / 3]],
        'answer:stenen': [{ s: [0.25, 0.75] }, NOT_APPLICABLE, null],
        'answer:leeg': [null, null, null],
      },
    };
    const back = decodeSnapshot(encodeSnapshot(document));
    expect(back).toEqual(document);
    expect(Object.is(back.columns['answer:gehoord'][1], -0)).toBe(true);
    expect(back.columns['answer:gevoel'][2]).toBe(NOT_APPLICABLE);
  });

  it('gives back every double bit for bit', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ noNaN: true }), { nil: null }), { minLength: 1, maxLength: 50 }), (values) => {
        const document = { ids: values.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`), columns: { 'answer:x': values } };
        const back = decodeSnapshot(encodeSnapshot(document)).columns['answer:x'];
        values.forEach((v, i) => expect(Object.is(back[i], v)).toBe(true));
      }),
    );
  });

  it('falls back to JSON for a column of mixed values', () => {
    const document: SnapshotColumns = { ids: ids.slice(0, 2), columns: { 'answer:mix': [1, 'een'] } };
    expect(decodeSnapshot(encodeSnapshot(document))).toEqual(document);
  });
});
