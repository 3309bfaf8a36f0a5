// Relative comparison for values copied from SciPy: tighter than the 1e-6 the product promises,
// so that a regression shows up long before it matters.
import { expect } from 'vitest';

const RELATIVE = 1e-10;

export function expectClose(actual: number, expected: number, relative = RELATIVE): void {
  if (Number.isNaN(expected)) {
    expect(actual).toBeNaN();
    return;
  }
  if (expected === 0) {
    expect(actual).toBe(0);
    return;
  }
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${actual} vs SciPy ${expected}`).toBeLessThanOrEqual(relative);
}
