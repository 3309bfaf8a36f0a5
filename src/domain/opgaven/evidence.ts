// The evidence an assumption's status rests on, and the material of a dialogue. Pure shape
// checks; whether the pattern, story, indicator or dialogue exists is checked by the service.
import type { Problem } from '../problems.ts';

export type PatternRef = {
  kind: 'pattern';
  questionnaire: string;
  a: string;
  b: string;
  /**
   * The pattern's statistics when it was chosen as evidence (services/assumptions.ts), so the
   * judgement shows what it rested on even after new stories change the scan.
   */
  stats?: PatternStats;
  /** The judge confirmed choosing a pattern that is not significant (required for one). */
  confirmNotSignificant?: boolean;
};

export interface PatternStats {
  test: string;
  n: number;
  q: number | null;
  effect: { name: string; value: number | null };
  /** Cohen's word: zeer-zwak, zwak, matig, sterk (domain/monitor/strength.ts). */
  strength: string | null;
  significant: boolean;
}
type StoryRef = { kind: 'story'; ref: string };
type IndicatorSeriesRef = { kind: 'indicator'; indicator: string; area: string };
type DialogueConclusionRef = { kind: 'dialogue'; dialogue: string; conclusion: string };
/** An analyst's observation with its interpretations (issue 11): material of a dialogue only. */
type ObservationRef = { kind: 'observation'; observation: string };

export type EvidenceItem = PatternRef | StoryRef | IndicatorSeriesRef | DialogueConclusionRef | ObservationRef;
/** What a dialogue looks at: patterns, stories, indicator series and complete observations. */
export type MaterialItem = PatternRef | StoryRef | IndicatorSeriesRef | ObservationRef;

export interface Evidence {
  /** The judge's explanation in their own words (may be empty). */
  note: string;
  items: EvidenceItem[];
}

const MAX_TEXT = 4000;
const MAX_KEY = 200;
const MAX_ITEMS = 50;

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function problem(field: string, code: string, nl: string, en: string): Problem {
  return { field, code, nl, en };
}

function keyField(item: Record<string, unknown>, name: string, at: string, problems: Problem[]): string {
  const value = str(item[name]);
  if (!value) problems.push(problem(`${at}.${name}`, 'missing', 'dit veld is verplicht', 'this field is required'));
  else if (value.length > MAX_KEY) problems.push(problem(`${at}.${name}`, 'too-long', `maximaal ${MAX_KEY} tekens`, `at most ${MAX_KEY} characters`));
  return value;
}

/** One item of evidence or material; problems name the field, e.g. "evidence.items[1].area". */
export function parseItem(input: unknown, at: string, problems: Problem[], allowDialogue: boolean): EvidenceItem | null {
  if (typeof input !== 'object' || input === null) {
    problems.push(problem(at, 'not-an-object', 'dit moet een object zijn', 'must be an object'));
    return null;
  }
  const item = input as Record<string, unknown>;
  const before = problems.length;
  let result: EvidenceItem | null = null;
  switch (item.kind) {
    case 'pattern':
      result = {
        kind: 'pattern',
        questionnaire: keyField(item, 'questionnaire', at, problems),
        a: keyField(item, 'a', at, problems),
        b: keyField(item, 'b', at, problems),
      };
      if (allowDialogue && (item.confirmNotSignificant === true || item.confirmNotSignificant === 'ja')) result.confirmNotSignificant = true;
      if (result.a && result.a === result.b)
        problems.push(problem(`${at}.b`, 'same-variable', 'kies twee verschillende vragen', 'choose two different variables'));
      break;
    case 'story':
      result = { kind: 'story', ref: keyField(item, 'ref', at, problems) };
      break;
    case 'indicator':
      result = { kind: 'indicator', indicator: keyField(item, 'indicator', at, problems), area: keyField(item, 'area', at, problems) };
      break;
    case 'observation':
      // Material only: an assumption's status rests on evidence, not on an analyst's reading.
      if (!allowDialogue) {
        result = { kind: 'observation', observation: keyField(item, 'observation', at, problems) };
        break;
      }
      problems.push(problem(`${at}.kind`, 'unknown-kind', 'kies patroon, verhaal, cijferreeks of dialoog', 'must be pattern, story, indicator or dialogue'));
      break;
    // Falls through when dialogues are not allowed: a dialogue is not material of a dialogue.
    // biome-ignore lint/suspicious/noFallthroughSwitchClause: deliberate, see above
    case 'dialogue':
      if (allowDialogue) {
        const conclusion = str(item.conclusion);
        result = { kind: 'dialogue', dialogue: keyField(item, 'dialogue', at, problems), conclusion };
        if (!conclusion)
          problems.push(problem(`${at}.conclusion`, 'missing', 'schrijf de conclusie van de dialoog op', 'write down the dialogue’s conclusion'));
        else if (conclusion.length > MAX_TEXT)
          problems.push(problem(`${at}.conclusion`, 'too-long', `maximaal ${MAX_TEXT} tekens`, `at most ${MAX_TEXT} characters`));
        break;
      }
    default:
      problems.push(
        problem(
          `${at}.kind`,
          'unknown-kind',
          allowDialogue ? 'kies patroon, verhaal, cijferreeks of dialoog' : 'kies patroon, verhaal, cijferreeks of observatie',
          allowDialogue ? 'must be pattern, story, indicator or dialogue' : 'must be pattern, story, indicator or observation',
        ),
      );
  }
  return problems.length === before ? result : null;
}

/** Evidence without any item is refused: a status is never set on opinion alone. */
export function parseEvidence(input: unknown, problems: Problem[]): Evidence {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const note = str(raw.note);
  if (note.length > MAX_TEXT) problems.push(problem('evidence.note', 'too-long', `maximaal ${MAX_TEXT} tekens`, `at most ${MAX_TEXT} characters`));
  const list = Array.isArray(raw.items) ? raw.items : [];
  if (list.length === 0) {
    problems.push(
      problem(
        'evidence',
        'evidence-required',
        'Een status van een aanname kan alleen worden vastgelegd met bewijs. Voeg minstens één patroon, verhaal, cijferreeks of conclusie van een dialoog toe.',
        'An assumption’s status can only be set with evidence: attach at least one pattern, story, indicator series or dialogue conclusion.',
      ),
    );
  } else if (list.length > MAX_ITEMS) {
    problems.push(problem('evidence.items', 'too-many', `maximaal ${MAX_ITEMS} stukken bewijs`, `at most ${MAX_ITEMS} items`));
  }
  const items: EvidenceItem[] = [];
  list.slice(0, MAX_ITEMS).forEach((entry, index) => {
    const item = parseItem(entry, `evidence.items[${index}]`, problems, true);
    if (item) items.push(item);
  });
  return { note, items };
}

/** The analysis variable's question: "wie_hielp.2" → "wie_hielp", "wat_hielp=rust" → "wat_hielp". */
export function questionOfVariable(variable: string): string {
  return variable.split(/[.=]/u)[0];
}
