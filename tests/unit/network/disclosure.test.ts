// Network-level disclosure: who sees which member's figure, and when an aggregate may be shown.
import { describe, expect, it } from 'vitest';
import { discloseAtoms } from '../../../src/domain/disclosure/rounding.ts';
import {
  aggregateAllowed,
  aggregateFigure,
  isNotNamed,
  isTooFewMembers,
  memberFigure,
  type MemberCount,
  type NetworkMember,
  type NetworkViewer,
  pseudonyms,
} from '../../../src/domain/network/disclosure.ts';

const member = (tenantId: string, named = false): NetworkMember => ({ tenantId, named });
const policy = { apply: true, threshold: 5, key: 'k' };
/** n stories in one month, rounded by the member's engine. */
function count(m: NetworkMember, n: number): MemberCount {
  const atom = Array.from({ length: n }, (_, i) => `${m.tenantId}-${i}`);
  return { member: m, exact: n, rounded: discloseAtoms(n ? [atom] : [], policy) };
}

const a = member('a');
const b = member('b');
const c = member('c');
const d = member('d', true);
const e = member('e');
const own: NetworkViewer = { kind: 'member', tenantId: 'a' };
const coordinator: NetworkViewer = { kind: 'coordinator' };
const provider: NetworkViewer = { kind: 'provider', providerCode: 'p' };

describe('a member figure', () => {
  it('is exact for the own exact reader, rounded for the own raad', () => {
    expect(memberFigure(own, count(a, 7), true)).toBe(7);
    expect([5, 10]).toContain(memberFigure(own, count(a, 7), false));
  });

  it('of another member is shown only when it is named, and then rounded', () => {
    expect(isNotNamed(memberFigure(own, count(b, 7), true))).toBe(true);
    expect(isNotNamed(memberFigure(coordinator, count(b, 7), true))).toBe(true);
    expect([5, 10]).toContain(memberFigure(own, count(d, 7), true));
    expect([5, 10]).toContain(memberFigure(coordinator, count(d, 7), true));
  });

  it('is never shown to a provider', () => {
    expect(isNotNamed(memberFigure(provider, count(d, 7), true))).toBe(true);
  });
});

describe('an aggregate', () => {
  it('needs at least three contributing members', () => {
    expect(aggregateAllowed(coordinator, [b, c])).toBe(false);
    expect(isTooFewMembers(aggregateFigure(coordinator, [count(b, 9), count(c, 9)], [b, c]))).toBe(true);
    expect(aggregateAllowed(coordinator, [b, c, e])).toBe(true);
  });

  it('is refused when subtracting what the reader sees leaves one or two members', () => {
    // a (own) + b + c: the unseen b and c would be the aggregate minus a's own figure.
    expect(aggregateAllowed(own, [a, b, c])).toBe(false);
    // a + d (named) + b: b alone would be left.
    expect(aggregateAllowed(own, [a, d, b])).toBe(false);
    expect(aggregateAllowed(own, [a, b, c, e])).toBe(true);
    // Everything visible: nothing to subtract.
    expect(aggregateAllowed(coordinator, [d, member('f', true), member('g', true)])).toBe(true);
  });

  it('in a published report, needs one unseen member more: every member reads it, and one not named subtracts itself', () => {
    const published: NetworkViewer = { kind: 'published' };
    // The coordinator may see b + c + e together; a report could not: b reading it is left with c + e.
    expect(aggregateAllowed(coordinator, [b, c, e])).toBe(true);
    expect(aggregateAllowed(published, [b, c, e])).toBe(false);
    expect(aggregateAllowed({ kind: 'member', tenantId: 'b' }, [b, c, e])).toBe(false);
    expect(aggregateAllowed(published, [b, c, e, member('h')])).toBe(true);
    // Named members only: nothing to subtract for anyone.
    expect(aggregateAllowed(published, [d, member('f', true), member('g', true)])).toBe(true);
    // Named members are shown (rounded), the others not.
    expect(memberFigure(published, count(d, 7), true)).toBe(count(d, 7).rounded.figure);
    expect(isNotNamed(memberFigure(published, count(b, 7), true))).toBe(true);
  });

  it('is the sum of the rounded member counts, never the true total', () => {
    const counts = [count(b, 7), count(c, 3), count(e, 12)];
    const figure = aggregateFigure(coordinator, counts, [b, c, e]);
    expect(figure).toBe(counts.reduce((s, x) => s + x.rounded.rounded, 0));
    expect(Number(figure) % 5).toBe(0);
  });

  it('shows 0 for a true 0 and the marker when all rounded away', () => {
    expect(aggregateFigure(coordinator, [count(b, 0), count(c, 0), count(e, 0)], [b, c, e])).toBe(0);
  });
});

describe('pseudonyms', () => {
  it('are letters in the given order', () => {
    const names = pseudonyms(Array.from({ length: 28 }, (_, i) => `m${i}`));
    expect(names.get('m0')).toBe('A');
    expect(names.get('m1')).toBe('B');
    expect(names.get('m27')).toBe('AB');
  });
});
