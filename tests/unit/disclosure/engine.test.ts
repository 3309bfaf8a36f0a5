// The disclosure engine against an attacker with an integer-programming solver (HiGHS): random
// tables over random months, published at every granularity a reader may choose (month, quarter,
// year) with margins and shares, never let a hidden or rounded count be pinned — and publishing
// coarser periods and margins teaches nothing beyond each month's own rounding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discloseAtoms,
  roundAtom,
  shareFigure,
  sumDisclosed,
  valueFigure,
  type Disclosed,
  type DisclosurePolicy,
} from '../../../src/domain/disclosure/rounding.ts';
import { isSuppressed } from '../../../src/domain/privacy/suppression.ts';
import { Auditor, summarise, type Shown } from '../../support/disclosure-auditor.ts';

const policy = (threshold: number, key = 'test-key'): DisclosurePolicy => ({ threshold, apply: true, key });
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
const shown = (d: Disclosed): Shown => (isSuppressed(d.figure) ? 'hidden' : d.figure);

describe('keyed rounding of one atom', () => {
  it('is deterministic, keeps multiples of the base, and rounds to a neighbouring multiple', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.constantFrom(3, 5, 10), fc.string(), (n, base, key) => {
        const atom = ids(key, n);
        const r = roundAtom(atom, policy(base, key));
        expect(roundAtom([...atom].reverse(), policy(base, key))).toBe(r);
        expect(r % base).toBe(0);
        expect(Math.abs(r - n)).toBeLessThan(base);
        if (n % base === 0) expect(r).toBe(n);
      }),
    );
  });

  it('is unbiased over keys: 3 stories round to 5 about 60% of the time', () => {
    let up = 0;
    for (let k = 0; k < 4000; k++) if (roundAtom(ids('s', 3), policy(5, `key-${k}`)) === 5) up++;
    expect(up / 4000).toBeGreaterThan(0.55);
    expect(up / 4000).toBeLessThan(0.65);
  });

  it('shows a value only when the least count a reader can infer reaches the threshold', () => {
    const p = policy(5);
    expect(valueFigure(42, discloseAtoms([ids('a', 3)], p), p)).toEqual({ suppressed: true });
    const big = discloseAtoms([ids('b', 12)], p);
    expect(big.lower).toBeGreaterThanOrEqual(6);
    expect(valueFigure(42, big, p)).toBe(42);
  });
});

/** A random table: rows × columns × months of story counts, mostly small. */
const tables = fc.record({
  rows: fc.integer({ min: 1, max: 3 }),
  columns: fc.integer({ min: 1, max: 3 }),
  months: fc.integer({ min: 1, max: 6 }),
  base: fc.constantFrom(3, 5),
  key: fc.string({ minLength: 1, maxLength: 8 }),
  counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 25 })), { minLength: 54, maxLength: 54 }),
});

describe('a table at every granularity against the solver', () => {
  it('pins nothing, and margins and coarser periods add nothing to the months', async () => {
    await fc.assert(
      fc.asyncProperty(tables, async (t) => {
        const p = policy(t.base, t.key);
        const months = Array.from({ length: t.months }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`);
        // Periods: every month, "quarters" of up to three months, the whole.
        const periods = [...months.map((m) => [m]), ...[0, 3].map((s) => months.slice(s, s + 3)).filter((q) => q.length), months];
        const truth = (r: number, c: number, m: number) => t.counts[(r * 3 + c) * 6 + m];
        const atom = (r: number, c: number, month: string) => ids(`${t.key}:${r}:${c}:${month}`, truth(r, c, months.indexOf(month)));
        const auditor = new Auditor(t.base);
        const expectedMonth = new Map<string, [number, number]>();
        for (const period of periods) {
          const cells = Array.from({ length: t.rows }, (_, r) =>
            Array.from({ length: t.columns }, (_, c) =>
              discloseAtoms(
                period.map((m) => atom(r, c, m)),
                p,
              ),
            ),
          );
          const rowTotals = cells.map((row) => sumDisclosed(row, p));
          const total = sumDisclosed(rowTotals, p);
          cells.forEach((row, r) =>
            row.forEach((cell, c) => {
              auditor.publish({ set: `${r},${c}`, months: period, value: shown(cell) });
              // A share is the published cell over the published row total: nothing of its own.
              const share = shareFigure(cell, rowTotals[r], p);
              if (typeof share === 'number') expect(share).toBeCloseTo((cell.figure as number) / (rowTotals[r].figure as number), 12);
              if (period.length === 1 && cell.total > 0) {
                const r0 = cell.rounded;
                expectedMonth.set(`${r},${c},${period[0]}`, r0 === 0 ? [1, t.base - 1] : [Math.max(1, r0 - t.base + 1), r0 + t.base - 1]);
              }
            }),
          );
          // Margins are sums of the published cells, never fresh counts.
          expect(total.rounded).toBe(cells.flat().reduce((s, c) => s + c.rounded, 0));
        }
        const ranges = await auditor.ranges();
        const summary = summarise(ranges);
        expect(summary.pinned.map((r) => `${r.publication.set} ${r.publication.months.join('+')}`)).toEqual([]);
        for (const range of ranges) {
          const [r, c] = range.publication.set.split(',').map(Number);
          const actual = range.publication.months.reduce((s, m) => s + truth(r, c, months.indexOf(m)), 0);
          expect(actual).toBeGreaterThanOrEqual(range.min);
          expect(actual).toBeLessThanOrEqual(range.max);
          if (range.publication.months.length === 1) {
            // Exactly the month's own rounding interval: the other periods taught the solver nothing.
            expect([range.min, range.max]).toEqual(expectedMonth.get(`${r},${c},${range.publication.months[0]}`));
          }
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('is a real attacker: it pins the hidden cell of issue 10 class 1 from an exact margin', async () => {
    // Per-row suppression with exact visible cells and an exact column total (share × n = 66).
    const auditor = new Auditor(5);
    auditor.publish({ set: 'hidden', months: ['2026-01'], value: 'hidden' });
    auditor.publish({ set: 'b', months: ['2026-01'], value: 30, exact: true });
    auditor.publish({ set: 'c', months: ['2026-01'], value: 35, exact: true });
    auditor.publish({ set: 'column', months: ['2026-01'], value: 66, exact: true });
    auditor.identity({
      terms: ['hidden', 'b', 'c'].map((set) => ({ set, month: '2026-01', coefficient: 1 })).concat({ set: 'column', month: '2026-01', coefficient: -1 }),
      rhs: 0,
    });
    const ranges = await auditor.ranges((p) => p.set === 'hidden');
    expect(ranges[0]).toMatchObject({ min: 1, max: 1 });
  });

  it('pins the months of a year when each is suppressed on its own (class 2, the old rule)', async () => {
    // Four months of one story each, every month hidden, but the year's exact count 4 is shown.
    const auditor = new Auditor(5);
    const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
    for (const m of months) auditor.publish({ set: 'wijk', months: [m], value: 'hidden' });
    auditor.publish({ set: 'wijk', months, value: 4, exact: true });
    const ranges = await auditor.ranges((p) => p.months.length === 1);
    expect(ranges.every((r) => r.min === 1 && r.max === 1)).toBe(true);
  });
});
