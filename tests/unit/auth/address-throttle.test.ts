// The per-address throttle: a fixed window of failures, in memory, holding no address.
import { describe, expect, it } from 'vitest';
import { AddressThrottle, minutesUntil } from '../../../src/services/auth/throttle.ts';

describe('AddressThrottle', () => {
  const minute = 60_000;

  it('blocks an address after its failures until the window ends, and no other address', () => {
    const throttle = new AddressThrottle(3, 15 * minute);
    const t0 = 1_000_000;
    for (let i = 0; i < 2; i++) throttle.recordFailure('192.0.2.1', t0 + i);
    expect(throttle.blockedFor('192.0.2.1', t0 + 10)).toBeNull();
    throttle.recordFailure('192.0.2.1', t0 + 20);
    expect(throttle.blockedFor('192.0.2.1', t0 + 30)).toBe(15);
    expect(throttle.blockedFor('192.0.2.1', t0 + 10 * minute)).toBe(5);
    expect(throttle.blockedFor('192.0.2.2', t0 + 30)).toBeNull();
    expect(throttle.blockedFor('192.0.2.1', t0 + 15 * minute)).toBeNull();
  });

  it('starts a new window after the old one', () => {
    const throttle = new AddressThrottle(2, minute);
    throttle.recordFailure('a', 0);
    throttle.recordFailure('a', minute + 1);
    expect(throttle.blockedFor('a', minute + 2)).toBeNull();
    throttle.recordFailure('a', minute + 3);
    expect(throttle.blockedFor('a', minute + 4)).toBe(1);
  });

  it('ignores a missing address (no socket) and keeps no address in memory', () => {
    const throttle = new AddressThrottle(1, minute);
    throttle.recordFailure(null, 0);
    expect(throttle.blockedFor(null, 0)).toBeNull();
    throttle.recordFailure('198.51.100.23', 0);
    const inside = JSON.stringify([...(throttle as unknown as { windows: Map<string, unknown> }).windows.keys()]);
    expect(inside).not.toContain('198.51.100.23');
  });

  it('stays bounded under very many addresses', () => {
    const throttle = new AddressThrottle(5, minute, 100);
    for (let i = 0; i < 1000; i++) throttle.recordFailure(`10.0.${i >> 8}.${i & 255}`, 0);
    expect((throttle as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });

  it('rounds waiting time up to whole minutes, at least one', () => {
    expect(minutesUntil(new Date(61_000), 0)).toBe(2);
    expect(minutesUntil(new Date(1_000), 0)).toBe(1);
    expect(minutesUntil(new Date(0), 5_000)).toBe(1);
  });
});
