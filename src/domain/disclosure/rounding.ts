// Keyed unbiased rounding of story counts for readers who see only aggregates (raad, aanbieder).
// The unit ("atom") is the set of stories of one cell in one calendar month. Each atom is
// rounded once, to a multiple of the base (the threshold), up or down at random with the chance
// that keeps it unbiased; the chance is drawn from an HMAC of the atom's story ids under the
// municipality's secret key, so the same stories always round the same way, on every page and
// period, and asking again teaches nothing. Every published count — of any period, table cell,
// margin, total or overview — is the SUM of the rounded atoms it covers. A reader therefore
// learns nothing beyond "each atom lies within base − 1 of its rounded value": the published
// figures cannot be combined into anything sharper (docs/disclosure.md has the argument).
import { createHmac } from 'node:crypto';
import type { Figure, Suppressed, SuppressionPolicy } from '../privacy/suppression.ts';

export type { Figure, Suppressed };

/** The suppression policy (threshold = rounding base, apply) plus the municipality's secret key. */
export interface DisclosurePolicy extends SuppressionPolicy {
  /** Without the secret a reader could compute each atom's rounding direction. */
  key: string;
}

/** The stories of one cell in one month (ids; order does not matter). */
export type Atom = readonly string[];

/** One published count with what the engine needs to publish derived figures consistently. */
export interface Disclosed {
  figure: Figure;
  /** Sum of the rounded atoms (equal to total when nothing is rounded). */
  rounded: number;
  /** The true count: never sent, only used to decide between 0 and the marker. */
  total: number;
  /** The smallest true count a reader can infer from the rounded atoms (see lowerBound). */
  lower: number;
}

export const suppressedMarker = (): Suppressed => ({ suppressed: true });

/** A uniform number in [0, 1) from the atom's sorted story ids under the secret key. */
function chance(atom: Atom, key: string): number {
  const hmac = createHmac('sha256', key);
  for (const id of [...atom].sort()) hmac.update(id).update('\u001f');
  return hmac.digest().readUInt32BE(0) / 2 ** 32;
}

/** The atom rounded to a multiple of base, unbiased: E[rounded] = its size. */
export function roundAtom(atom: Atom, policy: DisclosurePolicy): number {
  const x = atom.length;
  const rest = x % policy.threshold;
  if (rest === 0) return x;
  const down = x - rest;
  return chance(atom, policy.key) < rest / policy.threshold ? down + policy.threshold : down;
}

/** The least an atom can hold given how it was shown: 0 → 0, rounded to 0 but not empty → 1, r → r − base + 1. */
function lowerBound(size: number, rounded: number, base: number): number {
  if (size === 0) return 0;
  return Math.max(1, rounded - base + 1);
}

/** Publishes a count as the sum of its rounded atoms (one per month). */
export function discloseAtoms(atoms: readonly Atom[], policy: DisclosurePolicy): Disclosed {
  let total = 0;
  let rounded = 0;
  let lower = 0;
  for (const atom of atoms) {
    if (atom.length === 0) continue;
    const r = policy.apply ? roundAtom(atom, policy) : atom.length;
    total += atom.length;
    rounded += r;
    lower += lowerBound(atom.length, r, policy.threshold);
  }
  return finish(total, rounded, lower, policy);
}

/** A count shown as it is (readers who see every figure). */
export function exactDisclosed(n: number): Disclosed {
  return { figure: n, rounded: n, total: n, lower: n };
}

/** The sum of published counts (a margin or total): the sum of their rounded atoms, never a fresh figure. */
export function sumDisclosed(parts: readonly Disclosed[], policy: DisclosurePolicy): Disclosed {
  const total = parts.reduce((s, p) => s + p.total, 0);
  const rounded = parts.reduce((s, p) => s + p.rounded, 0);
  const lower = parts.reduce((s, p) => s + p.lower, 0);
  return finish(total, rounded, lower, policy);
}

function finish(total: number, rounded: number, lower: number, policy: DisclosurePolicy): Disclosed {
  if (!policy.apply) return { figure: total, rounded: total, total, lower: total };
  // 0 stays 0 ("nobody" identifies no one); stories that all rounded away become the marker.
  const figure: Figure = total === 0 ? 0 : rounded === 0 ? suppressedMarker() : rounded;
  return { figure, rounded, total, lower };
}

/**
 * A value resting on the stories of a count (median, mean, share of a wijk): shown only when
 * even the smallest count a reader could infer reaches the threshold. The condition uses only
 * what the reader already knows, so hiding or showing the value teaches nothing new about the
 * count (a rule on the true count would: "hidden" would mean "fewer than the threshold").
 */
export function valueFigure(value: number, basis: Disclosed, policy: DisclosurePolicy): Figure {
  if (!policy.apply) return value;
  return typeof basis.figure === 'number' && basis.lower >= policy.threshold ? value : suppressedMarker();
}

/** A share derived from two PUBLISHED counts, so it carries no information of its own. */
export function shareFigure(part: Disclosed, whole: Disclosed, policy: DisclosurePolicy): Figure {
  if (!policy.apply) return whole.total === 0 ? suppressedMarker() : part.total / whole.total;
  if (typeof part.figure !== 'number' || typeof whole.figure !== 'number' || whole.figure === 0) return suppressedMarker();
  return part.figure / whole.figure;
}
