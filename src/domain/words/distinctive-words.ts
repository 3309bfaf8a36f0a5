// The words that set one group of stories apart from another: tokenize title and text, drop stop
// words, stem (Snowball Dutch), count per group, and rank by the weighted log-odds z-score.
import { isDutchStopWord } from './dutch-stop-words.ts';
import { stemDutch } from './dutch-stemmer.ts';
import { weightedLogOdds, DEFAULT_MIN_COUNT } from './log-odds.ts';
import { tokenize } from './tokenize.ts';

export const DEFAULT_TOP = 20;

export interface WordsDocument {
  format: 'duiding.words/v1';
  a: { label: string; stories: number; words: number };
  b: { label: string; stories: number; words: number };
  corpus: { stories: number; words: number };
  method: {
    prior: string;
    alpha0: number;
    minCount: number;
    /** "snowball-dutch" when every story is Dutch; otherwise it names what other languages get. */
    stemmer: string;
    /** Per language of the stories: how its words were counted (only Dutch has a stemmer and stop words). */
    languages?: { language: string; stories: number; stemming: 'snowball-dutch' | 'none' }[];
    /** Said plainly when some stories are not Dutch, in Dutch and English. */
    note?: { nl: string; en: string };
  };
  /** Most distinctive for A first (highest z), then for B (lowest z). */
  topA: DistinctiveWord[];
  topB: DistinctiveWord[];
}

export interface DistinctiveWord {
  stem: string;
  /** The surface form seen most often for this stem in A and B together. */
  word: string;
  countA: number;
  countB: number;
  delta: number;
  z: number;
}

export interface WordStory {
  inA: boolean;
  inB: boolean;
  title: string;
  text: string;
  /** BCP 47 tag; Dutch when absent. */
  language?: string;
}

export interface WordsOptions {
  labelA: string;
  labelB: string;
  top?: number;
  minCount?: number;
  alpha0?: number | 'corpus';
  /** Stories per language in the corpus (BCP 47 tags), for method.languages and method.note. */
  languages?: Record<string, number>;
}

/** Counts stems in stories; surface forms are tallied per stem to name each stem by its commonest word. */
export class StemCounter {
  readonly counts = new Map<string, number>();
  total = 0;
  stories = 0;
  constructor(private readonly surfaces?: Map<string, Map<string, number>>) {}

  add(tokens: readonly { stem: string; surface: string }[]): void {
    this.stories++;
    for (const { stem, surface } of tokens) {
      this.counts.set(stem, (this.counts.get(stem) ?? 0) + 1);
      this.total++;
      if (this.surfaces) {
        let forms = this.surfaces.get(stem);
        if (!forms) this.surfaces.set(stem, (forms = new Map()));
        forms.set(surface, (forms.get(surface) ?? 0) + 1);
      }
    }
  }
}

/** Whether a story's language gets the Dutch stemmer and stop words ("nl", "nl-BE"). */
const stemmedAsDutch = (language: string): boolean => language.toLowerCase().split('-')[0] === 'nl';

/**
 * Tokens with their stems. Dutch (the default) is stemmed with Snowball Dutch and loses its stop
 * words; any other language is counted as written: we have no stemmer or stop list for it, and a
 * Dutch one would mangle it. The document says so (method.languages, method.note).
 */
export function stemTokens(text: string, cache = new Map<string, string>(), language = 'nl'): { stem: string; surface: string }[] {
  if (!stemmedAsDutch(language)) return tokenize(text).map((surface) => ({ stem: surface, surface }));
  const out: { stem: string; surface: string }[] = [];
  for (const surface of tokenize(text)) {
    if (isDutchStopWord(surface)) continue;
    let stem = cache.get(surface);
    if (stem === undefined) cache.set(surface, (stem = stemDutch(surface)));
    out.push({ stem, surface });
  }
  return out;
}

export function distinctiveWords(stories: Iterable<WordStory>, options: WordsOptions): WordsDocument {
  const surfaces = new Map<string, Map<string, number>>();
  const corpus = new StemCounter();
  const a = new StemCounter(surfaces);
  const b = new StemCounter(surfaces);
  const cache = new Map<string, string>();
  for (const story of stories) {
    const tokens = stemTokens(`${story.title}\n${story.text}`, cache, story.language);
    corpus.add(tokens);
    if (story.inA) a.add(tokens);
    if (story.inB) b.add(tokens);
  }
  return rankWords(corpus, a, b, surfaces, options);
}

export function rankWords(
  corpus: StemCounter,
  a: StemCounter,
  b: StemCounter,
  surfaces: Map<string, Map<string, number>>,
  options: WordsOptions,
): WordsDocument {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const top = options.top ?? DEFAULT_TOP;
  const alpha0 = options.alpha0 === 'corpus' ? corpus.total : (options.alpha0 ?? 1000);
  const rows = weightedLogOdds({ a: a.counts, b: b.counts, corpus: corpus.counts, alpha0, minCount });
  const present = (row: (typeof rows)[number]): DistinctiveWord => ({
    stem: row.word,
    word: commonest(surfaces.get(row.word)) ?? row.word,
    countA: row.countA,
    countB: row.countB,
    delta: row.delta,
    z: row.z,
  });
  const byStem = (x: { word: string }, y: { word: string }) => (x.word < y.word ? -1 : x.word > y.word ? 1 : 0);
  return {
    format: 'duiding.words/v1',
    a: { label: options.labelA, stories: a.stories, words: a.total },
    b: { label: options.labelB, stories: b.stories, words: b.total },
    corpus: { stories: corpus.stories, words: corpus.total },
    method: {
      prior: options.alpha0 === 'corpus' ? 'corpus counts' : 'corpus frequencies scaled to alpha0',
      alpha0,
      minCount,
      ...stemmingOf(options.languages),
    },
    topA: rows
      .filter((r) => r.z > 0)
      .sort((x, y) => y.z - x.z || byStem(x, y))
      .slice(0, top)
      .map(present),
    topB: rows
      .filter((r) => r.z < 0)
      .sort((x, y) => x.z - y.z || byStem(x, y))
      .slice(0, top)
      .map(present),
  };
}

function stemmingOf(languages: Record<string, number> | undefined): Pick<WordsDocument['method'], 'stemmer' | 'languages' | 'note'> {
  const list = Object.entries(languages ?? {})
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([language, stories]) => ({ language, stories, stemming: stemmedAsDutch(language) ? ('snowball-dutch' as const) : ('none' as const) }));
  const others = list.filter((l) => l.stemming === 'none').map((l) => l.language);
  if (others.length === 0) return { stemmer: 'snowball-dutch', ...(list.length ? { languages: list } : {}) };
  return {
    stemmer: 'snowball-dutch for nl; none for other languages',
    languages: list,
    note: {
      nl: `Verhalen in een andere taal dan Nederlands (${others.join(', ')}) tellen woorden zoals ze geschreven zijn: zonder stam en zonder stopwoorden. Vormen van hetzelfde woord tellen dus apart.`,
      en: `Stories in a language other than Dutch (${others.join(', ')}) count words as written: no stemming and no stop words. Forms of the same word count separately.`,
    },
  };
}

function commonest(forms: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, count] of forms ?? []) {
    if (count > bestCount || (count === bestCount && best !== undefined && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
