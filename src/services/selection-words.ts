// The words that set a selection of stories apart from the rest (/patronen/{key}/verhalen).
// Stemming every published story on every request is the slow part, and the corpus only changes
// when the stories do; so per questionnaire the stems of each story are kept in memory (as
// numbers into one list of stems) under the stories version that versions the scan cache
// (story_change_counters, raised by triggers on every change, moderation edits included). A
// request then only adds up the stems of the selected stories; the rest is the corpus minus them.
// The ranking is domain/words' own (weighted log-odds, informative Dirichlet prior).
import { storiesFingerprint } from '../db/repositories/pattern-cache.repository.ts';
import { pagePublishedTextsById } from '../db/repositories/selection-texts.repository.ts';
import { rankWords, stemTokens, StemCounter, type WordsDocument } from '../domain/words/index.ts';
import type { ServiceContext } from './context.ts';

interface CorpusIndex {
  version: string;
  stems: string[];
  /** Per story id: its tokens as indexes into stems. */
  stories: Map<string, Int32Array>;
  corpus: StemCounter;
  surfaces: Map<string, Map<string, number>>;
  languages: Record<string, number>;
}

/** A few questionnaires at a time; beyond this many stories the index is built and not kept. */
const KEEP = 4;
const KEEP_STORIES = 50_000;
const indexes = new Map<string, CorpusIndex>();

async function corpusIndex(ctx: ServiceContext, questionnaireId: string): Promise<CorpusIndex> {
  const key = `${ctx.tenantId}:${questionnaireId}`;
  // The version is read before the texts: an index is never newer in name than in content.
  const version = await storiesFingerprint(ctx.db, ctx.tenantId, questionnaireId);
  const kept = indexes.get(key);
  if (kept && kept.version === version) return kept;

  const surfaces = new Map<string, Map<string, number>>();
  const corpus = new StemCounter(surfaces);
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  const stories = new Map<string, Int32Array>();
  const languages: Record<string, number> = {};
  const cache = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const page = await pagePublishedTextsById(ctx.db, ctx.tenantId, questionnaireId, after, 2000);
    if (page.length === 0) break;
    for (const story of page) {
      const tokens = stemTokens(`${story.title}\n${story.text}`, cache, story.language);
      languages[story.language] = (languages[story.language] ?? 0) + 1;
      corpus.add(tokens);
      stories.set(
        story.id,
        Int32Array.from(tokens, ({ stem }) => {
          let id = stemIds.get(stem);
          if (id === undefined) stemIds.set(stem, (id = stems.push(stem) - 1));
          return id;
        }),
      );
    }
    after = page[page.length - 1].id;
  }
  const index = { version, stems, stories, corpus, surfaces, languages };
  indexes.delete(key);
  if (stories.size <= KEEP_STORIES) {
    indexes.set(key, index);
    while (indexes.size > KEEP) indexes.delete(indexes.keys().next().value!);
  }
  return index;
}

export async function selectionWords(ctx: ServiceContext, questionnaireId: string, inside: ReadonlySet<string>, top: number): Promise<WordsDocument> {
  const index = await corpusIndex(ctx, questionnaireId);
  const counts = new Int32Array(index.stems.length);
  const a = new StemCounter();
  for (const id of inside) {
    const tokens = index.stories.get(id);
    if (!tokens) continue;
    a.stories++;
    a.total += tokens.length;
    for (const stem of tokens) counts[stem]++;
  }
  const b = new StemCounter();
  b.stories = index.corpus.stories - a.stories;
  b.total = index.corpus.total - a.total;
  index.stems.forEach((stem, i) => {
    if (counts[i] > 0) a.counts.set(stem, counts[i]);
    const rest = (index.corpus.counts.get(stem) ?? 0) - counts[i];
    if (rest > 0) b.counts.set(stem, rest);
  });
  // Surface forms over all stories (A and B together are the corpus), as words.ts names stems.
  return rankWords(index.corpus, a, b, index.surfaces, { labelA: 'selectie', labelB: 'rest', top, languages: index.languages });
}
