// The network comparison's period: from/to as months (or a year or quarter, read as its months),
// refused by field with the scan's words when it does not parse, and when it ends before it starts.
import { describe, expect, it } from 'vitest';
import { inMonthRange, parseMonthRange } from '../../../src/domain/network/period.ts';
import { InputRejected } from '../../../src/domain/problems.ts';

const problemsOf = (input: { from?: string; to?: string }) => {
  try {
    parseMonthRange(input);
  } catch (error) {
    if (error instanceof InputRejected) return error.problems.map((p) => ({ field: p.field, code: p.code, nl: p.nl }));
    throw error;
  }
  return [];
};

describe('the period of a network comparison', () => {
  it('reads months, and a year or quarter as the months it spans; empty is open', () => {
    expect(parseMonthRange({ from: '2026-03', to: '2026-05' })).toEqual({ from: '2026-03', to: '2026-05', start: '2026-03-01', end: '2026-06-01' });
    expect(parseMonthRange({ from: '2026', to: '2026-Q1' })).toMatchObject({ start: '2026-01-01', end: '2026-04-01' });
    expect(parseMonthRange({ from: '', to: ' ' })).toEqual({ from: null, to: null, start: null, end: null });
    const range = parseMonthRange({ from: '2025-12', to: '2026-12' });
    expect(['2025-11', '2025-12', '2026-12', '2027-01'].map((m) => inMonthRange(range, m))).toEqual([false, true, true, false]);
    expect(inMonthRange(parseMonthRange({ to: '2025-12' }), '1999-01')).toBe(true);
    // One month is a period: to equal to from.
    expect(problemsOf({ from: '2026-03', to: '2026-03' })).toEqual([]);
  });

  it('names the field that does not parse, with the scan filter’s words', () => {
    expect(problemsOf({ from: '2026-13', to: 'maart' })).toEqual([
      { field: 'from', code: 'invalid-period', nl: '"2026-13" is geen periode; gebruik een jaar (2026), kwartaal (2026-Q1) of maand (2026-03)' },
      { field: 'to', code: 'invalid-period', nl: '"maart" is geen periode; gebruik een jaar (2026), kwartaal (2026-Q1) of maand (2026-03)' },
    ]);
  });

  it('refuses a period that ends before it starts, on the field "to"', () => {
    expect(problemsOf({ from: '2026-06', to: '2026-05' })).toMatchObject([{ field: 'to', code: 'period-order' }]);
    expect(problemsOf({ from: '2026-06', to: '2026-Q1' })).toMatchObject([{ field: 'to', code: 'period-order' }]);
  });
});
