// What the per-pair tests share: each numeric variable sorted once, and scratch arrays reused by
// every pair, so that a pair costs a few linear passes over the stories and no allocation.
import { sortedOrder } from '../stats/ranks.ts';
import type { NumericVariable } from './variables.ts';

export interface RankedNumeric extends NumericVariable {
  /** Indices of the stories that have a value, sorted by value. */
  order: Int32Array;
  /** sortedValues[k] = values[order[k]]: the walks along the order then read memory in sequence. */
  sortedValues: Float64Array;
}

export interface ScratchBuffers {
  /** 1 for the stories that have both values of the current pair. */
  include: Uint8Array;
  ranksA: Float64Array;
  ranksB: Float64Array;
}

export function rankOnce(variable: NumericVariable): RankedNumeric {
  const { values } = variable;
  let present = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) present++;
  const indices = new Int32Array(present);
  const presentValues = new Float64Array(present);
  for (let i = 0, k = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    indices[k] = i;
    presentValues[k++] = values[i];
  }
  const sorted = sortedOrder(presentValues);
  const order = new Int32Array(present);
  const sortedValues = new Float64Array(present);
  for (let k = 0; k < present; k++) {
    order[k] = indices[sorted[k]];
    sortedValues[k] = presentValues[sorted[k]];
  }
  return { ...variable, order, sortedValues };
}

export function scratchBuffers(stories: number): ScratchBuffers {
  return {
    include: new Uint8Array(stories),
    ranksA: new Float64Array(stories),
    ranksB: new Float64Array(stories),
  };
}

/** JSON has no NaN: an undefined statistic is written as null. */
export function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
