// What a language needs to tell demo stories. A fragment is either one sentence for every
// teller, or three variants: told by the young person, by family (ouder, mantelzorger), by a professional.
import type { Gevoel } from './questionnaire.ts';

export type Fragment = string | readonly [self: string, family: string, pro: string];
export type Perspective = 0 | 1 | 2;
export type Opener = 'self' | 'parent' | 'carer' | 'pro';

/** Word pairs: [for a boy, for a girl]. */
type Gendered = readonly [string, string];

export interface PhraseBook {
  openings: Record<Opener, readonly string[]>;
  waitLong: readonly Fragment[];
  waitShort: readonly Fragment[];
  heardLow: readonly Fragment[];
  heardMid: readonly Fragment[];
  heardHigh: readonly Fragment[];
  contact: readonly Fragment[];
  home: Record<'ja' | 'deels' | 'nee', readonly Fragment[]>;
  schoolGood: readonly Fragment[];
  schoolBad: readonly Fragment[];
  provider: Record<string, readonly string[]>;
  closing: Record<Gevoel, readonly Fragment[]>;
  titles: Record<Gevoel, readonly string[]>;
  themeTitles: readonly string[];
  tips: { wait: readonly string[]; heard: readonly string[]; self: readonly string[]; general: readonly string[] };
  words: {
    weeks: (n: number) => string;
    child: Gendered;
    son: Gendered;
    relatives: readonly Gendered[];
    he: Gendered;
    him: Gendered;
  };
}
