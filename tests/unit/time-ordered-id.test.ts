import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from '../../src/db/time-ordered-id.ts';

describe('time-ordered uuid (v7)', () => {
  it('is a version 7, variant 1 uuid that increases, also within one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => timeOrderedUuid(1_796_000_000_000));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(timeOrderedUuid(1_796_000_000_000).slice(0, 8)).toBe((1_796_000_000_000).toString(16).padStart(12, '0').slice(0, 8));
  });
});
