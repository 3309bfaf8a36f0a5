// The growing delays of sign-in throttling (services/auth/throttle.ts): they grow, and they stop
// growing, so the right password never waits longer than the cap.
import { describe, expect, it } from 'vitest';
import { delaySeconds, SIGN_IN_LIMITS } from '../../../src/services/auth/throttle.ts';

describe('sign-in delays', () => {
  it('lets the first wrong passwords through, then doubles the wait up to its cap', () => {
    const pair = SIGN_IN_LIMITS.pair;
    expect([0, 1, 4].map((n) => delaySeconds(n, pair))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => delaySeconds(n, pair))).toEqual([30, 60, 120, 240]);
    expect(delaySeconds(10_000, pair)).toBe(15 * 60);
    expect(delaySeconds(10_000, SIGN_IN_LIMITS.account)).toBe(5 * 60);
  });

  it('never exceeds the cap, however many failures (no lock of hours or days)', () => {
    for (let n = 0; n < 2000; n += 7) {
      expect(delaySeconds(n, SIGN_IN_LIMITS.pair)).toBeLessThanOrEqual(15 * 60);
      expect(delaySeconds(n, SIGN_IN_LIMITS.account)).toBeLessThanOrEqual(5 * 60);
      expect(delaySeconds(n + 1, SIGN_IN_LIMITS.account)).toBeGreaterThanOrEqual(delaySeconds(n, SIGN_IN_LIMITS.account));
    }
  });
});
