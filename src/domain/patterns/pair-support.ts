// What the per-pair tests share: each numeric variable coded once by the rank of its value among
// its distinct values, so that a pair's ranks come from counting codes (a linear pass over the
// stories, no sort) and the pair needs only arrays the size of the distinct values.
import { denseCodes, orderOfCodes } from '../stats/ranks.ts';
import type { NumericVariable } from './variables.ts';

export interface RankedNumeric extends NumericVariable {
  /** Per story the index of its value in `distinct`; −1 = missing. */
  codes: Int32Array;
  /** The distinct values, ascending. */
  distinct: Float64Array;
  /** Indices of the stories that have a value, sorted by value (ties in story order). */
  order: Int32Array;
  /**
   * sortedValues[k] = distinct[codes[order[k]]] (the value of story order[k], −0 and 0 as one):
   * the walks along the order then read memory in sequence.
   */
  sortedValues: Float64Array;
}

export function rankOnce(variable: NumericVariable): RankedNumeric {
  const { values } = variable;
  const { codes, distinct } = denseCodes(values);
  const order = orderOfCodes(codes, distinct.length);
  const sortedValues = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) sortedValues[k] = distinct[codes[order[k]]];
  return { ...variable, codes, distinct, order, sortedValues };
}

/** JSON has no NaN: an undefined statistic is written as null. */
export function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
