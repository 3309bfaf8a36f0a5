// Splitting stories into atoms: one set of story ids per calendar month (Europe/Amsterdam), the
// unit that rounding.ts rounds. Callers select the stories of a cell; this only buckets them.
import type { Atom } from './rounding.ts';

export interface StoryMonths {
  /** Story ids, index-aligned with months. */
  ids: readonly string[];
  /** "2026-03" per story. */
  months: readonly string[];
}

/** The atoms of the stories whose index passes `member`, one per month (sorted by month). */
export function monthAtoms(stories: StoryMonths, member: (index: number) => boolean): Atom[] {
  const byMonth = new Map<string, string[]>();
  for (let i = 0; i < stories.ids.length; i++) {
    if (!member(i)) continue;
    const month = stories.months[i];
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    list.push(stories.ids[i]);
  }
  return [...byMonth.keys()].sort().map((m) => byMonth.get(m)!);
}

/** Atoms of every cell at once: keyOf gives a story's cell (null = in none). */
export function cellAtoms(stories: StoryMonths, keyOf: (index: number) => string | null): Map<string, Atom[]> {
  const cells = new Map<string, Map<string, string[]>>();
  for (let i = 0; i < stories.ids.length; i++) {
    const key = keyOf(i);
    if (key === null) continue;
    let byMonth = cells.get(key);
    if (!byMonth) cells.set(key, (byMonth = new Map()));
    const month = stories.months[i];
    let list = byMonth.get(month);
    if (!list) byMonth.set(month, (list = []));
    list.push(stories.ids[i]);
  }
  const out = new Map<string, Atom[]>();
  for (const [key, byMonth] of cells)
    out.set(
      key,
      [...byMonth.keys()].sort().map((m) => byMonth.get(m)!),
    );
  return out;
}
