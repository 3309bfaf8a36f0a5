// The subsets of a comparison (duiding.compare/v1): 2 to 4 parameters a, b, c, d, each a FILTER
// in the scan's own syntax (filter.ts), several conditions joined by ";" (or "&" when the whole
// filter is URL-encoded): `a=wijk=WK059901`, `b=wijk=WK059902;period=2026`. `rest` is every
// published story in none of the other subsets ("a code against the rest").
import { InputRejected, type Problem } from '../problems.ts';
import type { Questionnaire } from '../questionnaire/types.ts';
import { matchesAnswers, parseStoryFilter, type FilterInput, type StoryFilter } from './filter.ts';
import type { Answers } from './variables.ts';

export const SUBSET_NAMES = ['a', 'b', 'c', 'd'] as const;
export type SubsetName = (typeof SUBSET_NAMES)[number];
const MIN_SUBSETS = 2;
const MAX_SUBSETS = 4;
/** The filter word for "every story in none of the other subsets". */
export const REST = 'rest';

export interface SubsetSpec {
  name: SubsetName;
  /** As given, trimmed: how the subset is shown. */
  text: string;
  /** null: the rest. */
  filter: StoryFilter | null;
}

/** "wijk=WK1;period=2026" → filter input; the problems name `field` (the subset's parameter). */
export function filterInputFromText(field: string, text: string): FilterInput {
  const input: { collection: string | null; period: string | null; answers: [string, string][] } = { collection: null, period: null, answers: [] };
  const problems: Problem[] = [];
  for (const part of text
    .split(/[;&]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const equals = part.indexOf('=');
    if (equals <= 0 || equals === part.length - 1) {
      problems.push({
        field,
        code: 'invalid-filter',
        nl: `"${part}" is geen filter; schrijf VRAAG=WAARDE, meer voorwaarden met ";" ertussen (bijvoorbeeld wijk=WK059901;period=2026)`,
        en: `"${part}" is not a filter; write QUESTION=VALUE, more conditions separated by ";" (e.g. wijk=WK059901;period=2026)`,
      });
      continue;
    }
    const key = part.slice(0, equals).trim();
    const value = part.slice(equals + 1).trim();
    if (key === 'period' || key === 'collection') {
      if (input[key] !== null) {
        problems.push({ field, code: 'duplicate-filter', nl: `"${key}" staat twee keer in het filter`, en: `"${key}" appears twice in the filter` });
      }
      input[key] = value;
    } else input.answers.push([key, value]);
  }
  if (problems.length > 0) throw new InputRejected(problems);
  return input;
}

/**
 * Checks the subsets given (in the order a, b, c, d; no gaps) against the questionnaire. Every
 * problem names its parameter; all are reported at once.
 */
export function parseSubsets(questionnaire: Questionnaire, given: Partial<Record<string, string | undefined>>): SubsetSpec[] {
  const problems: Problem[] = [];
  const present = SUBSET_NAMES.filter((name) => given[name] !== undefined);
  const extra = Object.keys(given).filter((name) => given[name] !== undefined && !(SUBSET_NAMES as readonly string[]).includes(name));
  const count = present.length + extra.length;
  if (count < MIN_SUBSETS || count > MAX_SUBSETS) {
    problems.push({
      field: count < MIN_SUBSETS ? SUBSET_NAMES[count] : (extra[0] ?? 'e'),
      code: 'subset-count',
      nl: `vergelijk 2 tot 4 groepen (a, b, c, d); er ${count === 1 ? 'is er 1' : `zijn er ${count}`}`,
      en: `compare 2 to 4 subsets (a, b, c, d); ${count} given`,
    });
  }
  for (const name of extra) {
    problems.push({
      field: name,
      code: 'unknown-parameter',
      nl: `"${name}" is geen groep; gebruik a, b, c en d`,
      en: `"${name}" is not a subset; use a, b, c and d`,
    });
  }
  present.forEach((name, index) => {
    if (name !== SUBSET_NAMES[index]) {
      problems.push({
        field: SUBSET_NAMES[index],
        code: 'subset-gap',
        nl: `groep ${SUBSET_NAMES[index]} ontbreekt vóór groep ${name}`,
        en: `subset ${SUBSET_NAMES[index]} is missing before subset ${name}`,
      });
    }
  });
  const specs: SubsetSpec[] = [];
  for (const name of present) {
    const text = (given[name] ?? '').trim();
    if (text === '') {
      problems.push({ field: name, code: 'empty-filter', nl: `groep ${name} heeft geen filter`, en: `subset ${name} has no filter` });
      continue;
    }
    if (text === REST) {
      specs.push({ name, text, filter: null });
      continue;
    }
    try {
      specs.push({ name, text, filter: parseStoryFilter(questionnaire, filterInputFromText(name, text)) });
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      // The scan's parser names the question in its message; the field is the parameter.
      problems.push(...error.problems.map((p) => ({ ...p, field: name })));
    }
  }
  if (specs.filter((s) => s.filter === null).length > 1) {
    problems.push({
      field: specs.filter((s) => s.filter === null)[1].name,
      code: 'rest-twice',
      nl: 'alleen één groep kan "rest" zijn',
      en: 'only one subset can be "rest"',
    });
  }
  if (problems.length === 0 && specs.length > 0 && specs.every((s) => s.filter === null)) {
    problems.push({ field: 'a', code: 'only-rest', nl: 'minstens één groep heeft een filter nodig', en: 'at least one subset needs a filter' });
  }
  if (problems.length > 0) throw new InputRejected(problems);
  return specs;
}

/** Question keys that define a subset: their difference is made by the filter, so they are not tested. */
export function definingQuestions(subsets: readonly SubsetSpec[]): string[] {
  const keys = new Set<string>();
  for (const subset of subsets) for (const key of Object.keys(subset.filter?.answers ?? {})) keys.add(key);
  return [...keys].sort();
}

/**
 * Per story the index of its subset, or −1 (in none). `selected[k]`: the ids that pass subset k's
 * collection and period (SQL's part), null when it has neither. Stories in two subsets are
 * refused, one problem per pair, naming the later parameter and how many stories they share.
 */
export function subsetOfEach(
  subsets: readonly SubsetSpec[],
  ids: readonly string[],
  answers: ReadonlyArray<Answers>,
  selected: ReadonlyArray<ReadonlySet<string> | null>,
): Int32Array {
  const rest = subsets.findIndex((s) => s.filter === null);
  const codes = new Int32Array(ids.length).fill(-1);
  const shared = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    let first = -1;
    subsets.forEach((s, k) => {
      if (!s.filter || (selected[k] && !selected[k]!.has(ids[i])) || !matchesAnswers(s.filter, answers[i])) return;
      if (first < 0) first = k;
      else shared.set(`${first},${k}`, (shared.get(`${first},${k}`) ?? 0) + 1);
    });
    codes[i] = first >= 0 ? first : rest;
  }
  if (shared.size > 0) {
    throw new InputRejected(
      [...shared].map(([pair, count]): Problem => {
        const [x, y] = pair.split(',').map((k) => subsets[Number(k)]);
        return {
          field: y.name,
          code: 'overlapping-subsets',
          nl: `groep ${y.name} (${y.text}) en groep ${x.name} (${x.text}) hebben ${count} ${count === 1 ? 'verhaal' : 'verhalen'} gemeen; groepen mogen elkaar niet overlappen (de toetsen gaan uit van losse groepen). Kies filters die elkaar uitsluiten, of "rest".`,
          en: `subset ${y.name} (${y.text}) shares ${count} ${count === 1 ? 'story' : 'stories'} with subset ${x.name} (${x.text}); subsets must not overlap (the tests assume separate groups). Choose filters that exclude each other, or "rest".`,
        };
      }),
    );
  }
  return codes;
}
