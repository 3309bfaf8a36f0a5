// Composes a story's title, text and tip from a phrase book and the story's hidden facts, so that
// the words people use go together with how they answered (the patterns a demo should show).
import type { Fragment, Opener, PhraseBook, Perspective } from './phrase-book.ts';
import type { Prng } from './prng.ts';
import type { Gevoel, Rol } from './questionnaire.ts';

export interface StoryFacts {
  rol: Rol;
  boy: boolean;
  name: string;
  /** The teller's age for a jongere, else the child's age. */
  age: number;
  wijkName: string;
  /** Dutch "in de Molenwijk": Dutch place names need their article. */
  wijkIn: string;
  providerCode: string;
  providerName: string;
  weeks: number;
  heard: number;
  thuis: 'ja' | 'deels' | 'nee' | 'weet-niet';
  schoolGood: boolean;
  contact: boolean;
  gevoel: Gevoel;
}

const PERSPECTIVE: Record<Rol, Perspective> = { jongere: 0, ouder: 1, mantelzorger: 1, professional: 2 };
const OPENER: Record<Rol, Opener> = { jongere: 'self', ouder: 'parent', mantelzorger: 'carer', professional: 'pro' };
const MAX_SENTENCES = 6;

function variables(book: PhraseBook, facts: StoryFacts, rng: Prng): Record<string, string> {
  const g = facts.boy ? 0 : 1;
  const relation = facts.rol === 'mantelzorger' ? rng.pick(book.words.relatives)[g] : book.words.son[g];
  return {
    naam: facts.name,
    leeftijd: String(facts.age),
    wijk: facts.wijkName,
    inwijk: facts.wijkIn,
    aanbieder: facts.providerName,
    weken: book.words.weeks(facts.weeks),
    relatie: relation,
    kind: book.words.child[g],
    hij: book.words.he[g],
    hem: book.words.him[g],
  };
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

function choose(rng: Prng, fragments: readonly Fragment[], perspective: Perspective): string {
  const fragment = rng.pick(fragments);
  return typeof fragment === 'string' ? fragment : fragment[perspective];
}

export interface ToldStory {
  title: string;
  text: string;
  tip: string;
}

export function tellStory(book: PhraseBook, facts: StoryFacts, rng: Prng): ToldStory {
  const vars = variables(book, facts, rng);
  const p = PERSPECTIVE[facts.rol];
  const opening = rng.pick(book.openings[OPENER[facts.rol]]);
  const middle: string[] = [];
  if (facts.weeks >= 8 || (facts.weeks >= 5 && rng.chance(0.4))) middle.push(choose(rng, book.waitLong, p));
  else if (facts.weeks <= 3 && rng.chance(0.7)) middle.push(choose(rng, book.waitShort, p));
  const heard = facts.heard < 40 ? book.heardLow : facts.heard <= 65 ? book.heardMid : book.heardHigh;
  if (middle.length === 0 || rng.chance(0.85)) middle.push(choose(rng, heard, p));
  if (facts.contact && rng.chance(0.8)) middle.push(choose(rng, book.contact, p));
  if (rng.chance(0.35)) middle.push(choose(rng, facts.schoolGood ? book.schoolGood : book.schoolBad, p));
  if (rng.chance(0.3)) middle.push(rng.pick(book.provider[facts.providerCode] ?? []));
  if (facts.thuis !== 'weet-niet' && rng.chance(facts.thuis === 'nee' ? 0.9 : 0.5)) {
    middle.push(choose(rng, book.home[facts.thuis], p));
  }
  const closingChance = facts.gevoel === 'boos' || facts.gevoel === 'opgelucht' ? 0.85 : 0.6;
  const closing = rng.chance(closingChance) ? [choose(rng, book.closing[facts.gevoel], p)] : [];
  while (middle.length + closing.length + 1 > MAX_SENTENCES) middle.splice(rng.int(0, middle.length - 1), 1);
  const text = [opening, ...middle.filter(Boolean), ...closing].map((s) => fill(s, vars)).join(' ');

  const themes = book.themeTitles.filter((s) => facts.weeks >= 8 || !/wachtlijst|waiting/.test(s));
  const title = fill(rng.chance(0.7) ? rng.pick(book.titles[facts.gevoel]) : rng.pick(themes), vars);

  const tips: string[] = [];
  if (facts.weeks >= 8) tips.push(...book.tips.wait);
  if (facts.heard < 45) tips.push(...book.tips.heard);
  if (facts.rol === 'jongere' && facts.heard < 55) tips.push(...book.tips.self);
  const positive = facts.gevoel === 'opgelucht' || facts.gevoel === 'tevreden';
  tips.push(...book.tips.general.filter((s) => positive || !/^(Niets|Nothing)/.test(s)));
  const first = rng.pick(tips);
  const second = rng.pick(tips);
  const both = rng.chance(0.3) && second !== first && ![first, second].some((s) => /^(Niets|Nothing)/.test(s));
  return { title, text, tip: both ? `${first} ${second}` : first };
}
