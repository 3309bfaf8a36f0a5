// Which stories a scan (or a "stories behind" query) looks at: a collection, a period of
// collected_at, and answers to choice, area and multichoice questions. Parsed and checked here
// against the questionnaire, so that the CLI and the API reject the same mistakes with the same
// words; the collection and the period are then applied in SQL, the answers in code.
//
//   rol=jongere,ouder        choice: the story's answer is one of these options (OR)
//   wijk=WK999901            area: the story's area code is one of these
//   wat_hielp=luisteren      multichoice: the story chose at least one of these options
//   period=2026 | 2026-Q1 | 2026-03   collected_at in that year, quarter or month (Europe/Amsterdam)
//   collection=SLUG
import { InputRejected, type Problem } from '../problems.ts';
import { isNotApplicable, type AnswerValue, type Question, type Questionnaire } from '../questionnaire/types.ts';
import type { Answers } from './variables.ts';

export interface FilterInput {
  collection?: string | null;
  period?: string | null;
  /** [question key, value] pairs as typed; a value may list options separated by commas. */
  answers?: ReadonlyArray<readonly [string, string]>;
}

export interface Period {
  /** As given, e.g. "2026-Q1". */
  label: string;
  /** Local (Europe/Amsterdam) calendar bounds, start inclusive, end exclusive: "2026-01-01". */
  from: string;
  to: string;
}

export interface StoryFilter {
  collection: string | null;
  period: Period | null;
  /** Question key → accepted option keys / area codes, both sorted; keys sorted too. */
  answers: Record<string, string[]>;
}

const FILTERABLE = new Set(['choice', 'area', 'multichoice']);

export function parseStoryFilter(questionnaire: Questionnaire, input: FilterInput): StoryFilter {
  const problems: Problem[] = [];
  const answers = new Map<string, Set<string>>();
  for (const [key, raw] of input.answers ?? []) {
    const question = questionnaire.questions.find((q) => q.key === key);
    if (!question || !FILTERABLE.has(question.type)) {
      problems.push({
        field: key,
        code: 'unknown-filter',
        nl: question
          ? `op vraag "${key}" (${question.type}) kan niet gefilterd worden; wel op keuze-, meerkeuze- en gebiedsvragen`
          : `vragenlijst "${questionnaire.key}" heeft geen vraag "${key}" om op te filteren`,
        en: question
          ? `question "${key}" (${question.type}) cannot be filtered on; choice, multichoice and area questions can`
          : `questionnaire "${questionnaire.key}" has no question "${key}" to filter on`,
      });
      continue;
    }
    const allowed = allowedValues(question);
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length === 0) {
      problems.push({ field: key, code: 'empty-filter', nl: `filter "${key}" heeft geen waarde`, en: `filter "${key}" has no value` });
      continue;
    }
    let set = answers.get(key);
    if (!set) answers.set(key, (set = new Set()));
    for (const value of values) {
      if (allowed === null || allowed.has(value)) set.add(value);
      else {
        problems.push({
          field: key,
          code: 'unknown-filter-value',
          nl: `"${value}" is geen antwoord op vraag "${key}" (wel: ${[...allowed!].join(', ')})`,
          en: `"${value}" is not an answer to question "${key}" (allowed: ${[...allowed!].join(', ')})`,
        });
      }
    }
  }
  let period: Period | null = null;
  if (input.period != null && input.period !== '') {
    period = parsePeriod(input.period);
    if (!period) problems.push(invalidPeriod('period', input.period));
  }
  if (problems.length > 0) throw new InputRejected(problems);
  const sorted: Record<string, string[]> = {};
  for (const key of [...answers.keys()].sort()) sorted[key] = [...answers.get(key)!].sort();
  return { collection: input.collection ? input.collection : null, period, answers: sorted };
}

/** null: any value (an area question that does not list its areas). */
function allowedValues(question: Question): Set<string> | null {
  switch (question.type) {
    case 'choice':
    case 'multichoice':
      return new Set(question.options.map((o) => o.key));
    case 'area':
      return question.areas ? new Set(question.areas.map((a) => a.code)) : null;
    default:
      return new Set();
  }
}

/** The one message for a period that does not parse (the scan's filter, the network comparison's from/to). */
export function invalidPeriod(field: string, text: string): Problem {
  return {
    field,
    code: 'invalid-period',
    nl: `"${text}" is geen periode; gebruik een jaar (2026), kwartaal (2026-Q1) of maand (2026-03)`,
    en: `"${text}" is not a period; use a year (2026), quarter (2026-Q1) or month (2026-03)`,
  };
}

/** "2026" → 2026-01-01..2027-01-01; "2026-Q2" → 2026-04-01..2026-07-01; "2026-03" → 2026-03-01..2026-04-01. */
export function parsePeriod(text: string): Period | null {
  const match = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  let startMonth = 1;
  let months = 12;
  if (match[2]) {
    startMonth = (Number(match[2]) - 1) * 3 + 1;
    months = 3;
  } else if (match[3]) {
    startMonth = Number(match[3]);
    months = 1;
  }
  const endIndex = year * 12 + (startMonth - 1) + months;
  const day = (y: number, m: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  return { label: text.trim(), from: day(year, startMonth), to: day(Math.floor(endIndex / 12), (endIndex % 12) + 1) };
}

/** Canonical JSON of a filter: equal filters give equal keys, whatever the order they were typed in. */
export function filterKey(filter: StoryFilter): string {
  return JSON.stringify({
    answers: filter.answers,
    collection: filter.collection,
    period: filter.period ? { from: filter.period.from, to: filter.period.to } : null,
  });
}

export function hasAnswerFilter(filter: StoryFilter): boolean {
  return Object.keys(filter.answers).length > 0;
}

/** Does the story's answers pass the answer part of the filter (collection and period are SQL's)? */
export function matchesAnswers(filter: StoryFilter, answers: Answers): boolean {
  for (const key in filter.answers) {
    if (!matchesAnswer(filter.answers[key], answers[key])) return false;
  }
  return true;
}

/** Does one answer pass one key of the filter (any of the accepted values)? */
export function matchesAnswer(accepted: string[], answer: AnswerValue | undefined): boolean {
  if (answer === undefined || isNotApplicable(answer)) return false;
  if (typeof answer === 'string') return accepted.includes(answer);
  if (Array.isArray(answer)) return (answer as unknown[]).some((option) => typeof option === 'string' && accepted.includes(option));
  return false;
}

/** `--filter rol=jongere,ouder --filter wijk=WK999901` (the command line) as filter input. */
export function filterFromArguments(filters: ReadonlyArray<string>, collection?: string | null, period?: string | null): FilterInput {
  const problems: Problem[] = [];
  const answers: [string, string][] = [];
  for (const text of filters) {
    const equals = text.indexOf('=');
    if (equals <= 0) {
      problems.push({
        field: 'filter',
        code: 'invalid-filter',
        nl: `"${text}" is geen filter; schrijf VRAAG=WAARDE[,WAARDE]`,
        en: `"${text}" is not a filter; write QUESTION=VALUE[,VALUE]`,
      });
    } else answers.push([text.slice(0, equals), text.slice(equals + 1)]);
  }
  if (problems.length > 0) throw new InputRejected(problems);
  return { collection: collection ?? null, period: period ?? null, answers };
}
