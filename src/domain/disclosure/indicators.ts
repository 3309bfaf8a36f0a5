// Cold data for raad and aanbieder: an indicator value resting on a numerator below the threshold
// is hidden, and numerators and denominators themselves are never sent to them (a gemeente's
// numerator minus its visible wijken would give a hidden one back). One rule for the monitor,
// /cijfers, GET /api/v1/indicators and warm × cold (issue 10, class 4).
import { suppressedMarker, type DisclosurePolicy, type Figure } from './rounding.ts';
import type { SuppressionPolicy } from '../privacy/suppression.ts';

/** CBS's sign for a confidential value ("geheim"), used in CSV where JSON has { suppressed: true }. */
export const CONFIDENTIAL_CSV = 'x';

export interface ObservedValue {
  value: number | null;
  numerator: number | null;
}

/** null = missing (never zero); the marker = hidden for this reader. */
export function indicatorValue(o: ObservedValue, policy: SuppressionPolicy | DisclosurePolicy): Figure | null {
  if (o.value === null) return null;
  if (policy.apply && o.numerator !== null && o.numerator < policy.threshold) return suppressedMarker();
  return o.value;
}

/** What a reader may see of an observation's numerator and denominator. */
export function indicatorParts<T extends { numerator: number | null; denominator: number | null }>(o: T, policy: SuppressionPolicy): T {
  return policy.apply ? { ...o, numerator: null, denominator: null } : o;
}
