// Where an observation comes from, stored as a query that can be run again (issue 11): a pattern
// of the scan, a comparison of subsets, or a selection of stories behind a chart. The filters are
// the scan's own syntax as address parameters (`rol=jongere`, `collection`, `period`, `code:x=ja`),
// so re-opening an observation runs the very same services against today's stories. Pure shape
// checks here; whether the questions and subsets still exist is the service's (it runs the query).
import type { Problem } from '../problem.ts';

/** Address parameters in order: the scan's filter, as the pages and the API read them. */
export type QueryPairs = [string, string][];

export type ObservationSource =
  | { kind: 'pattern'; a: string; b: string; filter: QueryPairs }
  /** Two to four subsets a–d, each a filter text of /vergelijken (conditions joined by ";", or "rest"). */
  | { kind: 'compare'; subsets: Record<string, string> }
  /** The cell behind a selection (group=VAR:VALUE, range=VAR:MIN:MAX), the filter and a search. */
  | { kind: 'selection'; group: string[]; range: string[]; filter: QueryPairs; search: string };

const SUBSETS = ['a', 'b', 'c', 'd'];
const MAX_TEXT = 500;
const MAX_PAIRS = 40;

const problem = (field: string, code: string, nl: string, en: string): Problem => ({ field, code, nl, en });

function shortText(value: unknown, field: string, problems: Problem[], required: boolean): string {
  if (value === undefined || value === null) {
    if (required) problems.push(problem(field, 'missing', 'dit veld is verplicht', 'this field is required'));
    return '';
  }
  if (typeof value !== 'string') {
    problems.push(problem(field, 'not-text', 'dit moet tekst zijn', 'this must be text'));
    return '';
  }
  const text = value.trim();
  if (required && !text) problems.push(problem(field, 'missing', 'dit veld is verplicht', 'this field is required'));
  else if (text.length > MAX_TEXT) problems.push(problem(field, 'too-long', `maximaal ${MAX_TEXT} tekens`, `at most ${MAX_TEXT} characters`));
  return text;
}

function pairs(value: unknown, field: string, problems: Problem[]): QueryPairs {
  if (value === undefined || value === null) return [];
  const ok =
    Array.isArray(value) &&
    value.length <= MAX_PAIRS &&
    value.every(
      (p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string' && p[0].length <= 200 && p[1].length <= MAX_TEXT,
    );
  if (!ok) {
    problems.push(
      problem(
        field,
        'bad-filter',
        `dit moet een lijst van hoogstens ${MAX_PAIRS} paren [naam, waarde] zijn, zoals [["rol", "jongere"]]`,
        `this must be a list of at most ${MAX_PAIRS} pairs [name, value], e.g. [["rol", "jongere"]]`,
      ),
    );
    return [];
  }
  return (value as [string, string][]).filter(([, v]) => v.trim() !== '').map(([n, v]) => [n.trim(), v.trim()]);
}

function texts(value: unknown, field: string, problems: Problem[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > 10 || !value.every((v) => typeof v === 'string' && v.length <= MAX_TEXT)) {
    problems.push(problem(field, 'bad-list', 'dit moet een lijst van hoogstens 10 teksten zijn', 'this must be a list of at most 10 texts'));
    return [];
  }
  return (value as string[]).map((v) => v.trim()).filter(Boolean);
}

/** The source of an observation from JSON (the API's body, the form's hidden field); problems name `source.*`. */
export function parseSource(input: unknown, problems: Problem[], at = 'source'): ObservationSource | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push(
      problem(
        at,
        'not-an-object',
        'geef de bron van de observatie: een patroon, een vergelijking of een selectie',
        'give the source: a pattern, a comparison or a selection',
      ),
    );
    return null;
  }
  const raw = input as Record<string, unknown>;
  const before = problems.length;
  let source: ObservationSource | null = null;
  switch (raw.kind) {
    case 'pattern': {
      const a = shortText(raw.a, `${at}.a`, problems, true);
      const b = shortText(raw.b, `${at}.b`, problems, true);
      if (a && a === b) problems.push(problem(`${at}.b`, 'same-variable', 'kies twee verschillende vragen', 'choose two different variables'));
      source = { kind: 'pattern', a, b, filter: pairs(raw.filter, `${at}.filter`, problems) };
      break;
    }
    case 'compare': {
      const given = typeof raw.subsets === 'object' && raw.subsets !== null && !Array.isArray(raw.subsets) ? (raw.subsets as Record<string, unknown>) : null;
      const subsets: Record<string, string> = {};
      if (!given)
        problems.push(
          problem(`${at}.subsets`, 'missing', 'geef twee tot vier groepen: {"a": "…", "b": "…"}', 'give two to four subsets: {"a": "…", "b": "…"}'),
        );
      else {
        for (const name of Object.keys(given)) {
          if (!SUBSETS.includes(name))
            problems.push(problem(`${at}.subsets.${name}`, 'unknown-subset', 'groepen heten a, b, c en d', 'subsets are named a, b, c and d'));
          else {
            const text = shortText(given[name], `${at}.subsets.${name}`, problems, false);
            if (text) subsets[name] = text;
          }
        }
        if (Object.keys(subsets).length < 2)
          problems.push(
            problem(
              `${at}.subsets`,
              'too-few-subsets',
              'een vergelijking heeft minstens twee groepen (a en b)',
              'a comparison needs at least two subsets (a and b)',
            ),
          );
      }
      source = { kind: 'compare', subsets };
      break;
    }
    case 'selection':
      source = {
        kind: 'selection',
        group: texts(raw.group, `${at}.group`, problems),
        range: texts(raw.range, `${at}.range`, problems),
        filter: pairs(raw.filter, `${at}.filter`, problems),
        search: shortText(raw.search ?? '', `${at}.search`, problems, false),
      };
      break;
    default:
      problems.push(problem(`${at}.kind`, 'unknown-kind', 'kies pattern, compare of selection', 'must be pattern, compare or selection'));
  }
  return problems.length === before ? source : null;
}

/** The filter as the scan's services take it: collection and period apart, every other pair an answer filter. */
export function filterOfPairs(filter: QueryPairs): { collection: string | null; period: string | null; answers: QueryPairs } {
  const first = (name: string) => filter.find(([n]) => n === name)?.[1] ?? null;
  return { collection: first('collection'), period: first('period'), answers: filter.filter(([n]) => n !== 'collection' && n !== 'period') };
}
