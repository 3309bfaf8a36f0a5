// Small-cell suppression: no count, percentage, median or chart segment based on fewer stories
// than the tenant's threshold reaches the council (raad) or providers (aanbieder). A suppressed
// figure becomes the marker { suppressed: true }, shown as "te weinig verhalen". Pure rules; the
// monitor service applies them on the server, so no page, API response or report can leak a
// small group (docs/monitor.md).
import { InputRejected } from '../problems.ts';

const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** Below 3 a group is (nearly) one identifiable person: never allowed, whatever a tenant sets. */
const MIN_SUPPRESSION_THRESHOLD = 3;
/** Above this nothing would be shown at all; a typo rather than a policy. */
const MAX_SUPPRESSION_THRESHOLD = 1000;

/** Roles that work with the stories themselves and see every figure. */
const FULL_VIEW_ROLES = ['beheerder', 'analist', 'gespreksleider'];

export interface Suppressed {
  suppressed: true;
}
/** A figure as sent to a reader: the number, or the marker when it rests on too few stories. */
export type Figure = number | Suppressed;

export interface SuppressionPolicy {
  threshold: number;
  /** false: the reader sees everything (analysts). */
  apply: boolean;
}

export const isSuppressed = (value: unknown): value is Suppressed => typeof value === 'object' && value !== null && (value as Suppressed).suppressed === true;

const marker = (): Suppressed => ({ suppressed: true });

/** Clamps a stored setting to a usable threshold: missing or invalid → 5, below 3 → 3. */
export function thresholdFromSettings(settings: unknown): number {
  const raw = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>).suppressionThreshold : undefined;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SUPPRESSION_THRESHOLD;
  return Math.min(MAX_SUPPRESSION_THRESHOLD, Math.max(MIN_SUPPRESSION_THRESHOLD, Math.ceil(value)));
}

/** Validates a threshold a person enters (tenant settings): a whole number from 3 to 1000. */
export function validateThreshold(value: unknown): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= MIN_SUPPRESSION_THRESHOLD && number <= MAX_SUPPRESSION_THRESHOLD) {
    return number;
  }
  throw new InputRejected([
    {
      field: 'suppressionThreshold',
      code: 'invalid-threshold',
      nl: `de drempel voor kleine aantallen moet een heel getal van ${MIN_SUPPRESSION_THRESHOLD} tot en met ${MAX_SUPPRESSION_THRESHOLD} zijn`,
      en: `the small-cell threshold must be a whole number from ${MIN_SUPPRESSION_THRESHOLD} to ${MAX_SUPPRESSION_THRESHOLD}`,
    },
  ]);
}

/** Suppression applies unless the reader holds a role that works with the stories themselves. */
export function mustSuppress(roles: readonly string[]): boolean {
  return !roles.some((role) => FULL_VIEW_ROLES.includes(role));
}

export function policyFor(roles: readonly string[], settings: unknown): SuppressionPolicy {
  return { threshold: thresholdFromSettings(settings), apply: mustSuppress(roles) };
}

/** A value (median, percentage, mean) shown only when the stories it rests on reach the threshold. */
export function figure(value: number, basis: number, policy: SuppressionPolicy): Figure {
  return policy.apply && basis < policy.threshold ? marker() : value;
}

/** A count of stories. Zero is shown: "nobody" identifies no one (statistical offices publish it too). */
export function count(n: number, policy: SuppressionPolicy): Figure {
  return n === 0 ? 0 : figure(n, n, policy);
}

/**
 * Counts that add up to a total the reader also sees (groups of a pattern, cells of a table
 * row): when exactly one is suppressed, the total minus the others would give it away, so the
 * smallest other count is suppressed as well (secondary suppression).
 */
export function suppressParts(counts: readonly number[], policy: SuppressionPolicy): Figure[] {
  const out: Figure[] = counts.map((n) => count(n, policy));
  if (!policy.apply) return out;
  const hidden = out.filter(isSuppressed).length;
  if (hidden === 1 && counts.length > 1) {
    let smallest = -1;
    // A zero hidden beside it would protect nothing (total − rest stays the same): skip zeros.
    counts.forEach((n, i) => {
      if (n > 0 && !isSuppressed(out[i]) && (smallest < 0 || n < counts[smallest])) smallest = i;
    });
    if (smallest >= 0) out[smallest] = marker();
  }
  return out;
}
