// A comparison of 2–4 subsets of a questionnaire's published stories (duiding.compare/v1): who is
// in which subset, the per-question tests (domain/patterns/compare.ts) and the distinctive words
// of each subset against the others. Aggregates only: no story text leaves this service.
//
// Overlap is refused: a story in two subsets would be counted twice and the tests assume
// independent samples. The problem names the later parameter and how many stories it shares;
// "rest" (every story in none of the other subsets) never overlaps.
import { textsOfStories } from '../db/repositories/compare-texts.repository.ts';
import { findQuestionnaire, listCollections, type StoredQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { selectedStoryIds } from '../db/repositories/stories.repository.ts';
import { compareVariables, type CompareQuestion } from '../domain/patterns/compare.ts';
import { definingQuestions, parseSubsets, subsetOfEach, type SubsetSpec } from '../domain/patterns/compare-filter.ts';
import type { Answers } from '../domain/patterns/variables.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import { rankWords, StemCounter, stemTokens, type DistinctiveWord, type WordsDocument } from '../domain/words/index.ts';
import { publishedAnswers } from './answer-snapshot.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';

const COMPARE_WORDS_TOP = 10;

interface CompareSubset {
  name: string;
  /** The filter as given. */
  filter: string;
  stories: number;
}

interface CompareWords {
  method: WordsDocument['method'];
  /** Per subset, its most distinctive words against the stories of all other subsets together. */
  subsets: { subset: string; stories: number; words: number; top: DistinctiveWord[] }[];
}

export interface CompareDocument {
  format: 'duiding.compare/v1';
  questionnaire: string;
  /** Stories in some subset. */
  stories: number;
  subsets: CompareSubset[];
  /** Questions a subset is filtered on: not tested, their difference is the filter's. */
  defining: string[];
  questions: CompareQuestion[];
  words: CompareWords;
}

export async function compareSubsets(
  ctx: ServiceContext,
  questionnaireKey: string,
  given: Partial<Record<string, string | undefined>>,
): Promise<CompareDocument> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  const subsets = parseSubsets(questionnaire.definition, given);
  await checkCollections(ctx, questionnaire, subsets);

  const keys = questionnaire.definition.questions.filter((q) => q.type !== 'text').map((q) => q.key);
  const all = await publishedAnswers(ctx, questionnaire, keys);
  const codeOf = await assignSubsets(ctx, questionnaire, subsets, all.ids, all.answers);

  const answers: Answers[] = [];
  const codes: number[] = [];
  const idToCode = new Map<string, number>();
  all.ids.forEach((id, i) => {
    if (codeOf[i] < 0) return;
    answers.push(all.answers[i]);
    codes.push(codeOf[i]);
    idToCode.set(id, codeOf[i]);
  });
  const names = subsets.map((s) => s.name);
  const defining = definingQuestions(subsets);
  const questions = compareVariables(questionnaire.definition, answers, Int32Array.from(codes), names, new Set(defining));
  const sizes = names.map((_, code) => codes.filter((c) => c === code).length);
  return {
    format: 'duiding.compare/v1',
    questionnaire: questionnaire.key,
    stories: answers.length,
    subsets: subsets.map((s, code) => ({ name: s.name, filter: s.text, stories: sizes[code] })),
    defining,
    questions,
    words: await subsetWords(ctx, names, idToCode),
  };
}

async function checkCollections(ctx: ServiceContext, questionnaire: StoredQuestionnaire, subsets: SubsetSpec[]): Promise<void> {
  const wanted = subsets.filter((s) => s.filter?.collection);
  if (wanted.length === 0) return;
  const known = new Set((await listCollections(ctx.db, ctx.tenantId, questionnaire.id)).map((c) => c.slug));
  const problems: Problem[] = wanted
    .filter((s) => !known.has(s.filter!.collection!))
    .map((s) => ({
      field: s.name,
      code: 'unknown-collection',
      nl: `vragenlijst "${questionnaire.key}" heeft geen collectie "${s.filter!.collection}"`,
      en: `questionnaire "${questionnaire.key}" has no collection "${s.filter!.collection}"`,
    }));
  if (problems.length > 0) throw new InputRejected(problems);
}

/** Per story the index of its subset, or −1; refuses subsets that share stories. */
async function assignSubsets(
  ctx: ServiceContext,
  questionnaire: StoredQuestionnaire,
  subsets: SubsetSpec[],
  ids: string[],
  answers: Answers[],
): Promise<Int32Array> {
  // Collection and period are SQL's (as for the scan); answers are matched in code.
  const inSelection = await Promise.all(
    subsets.map(async (s) =>
      s.filter && (s.filter.collection !== null || s.filter.period !== null)
        ? new Set(await selectedStoryIds(ctx.db, ctx.tenantId, questionnaire.id, { collection: s.filter.collection, period: s.filter.period, search: null }))
        : null,
    ),
  );
  return subsetOfEach(subsets, ids, answers, inSelection);
}

/**
 * Distinctive words of each subset against the others together. The prior comes from the compared
 * stories (all subsets together), not from every story of the questionnaire: reading and stemming
 * only these keeps a comparison of two wijken fast, and the background is what is compared.
 */
async function subsetWords(ctx: ServiceContext, names: string[], idToCode: Map<string, number>): Promise<CompareWords> {
  const surfaces = new Map<string, Map<string, number>>();
  const corpus = new StemCounter();
  const perSubset = names.map(() => new StemCounter(surfaces));
  const cache = new Map<string, string>();
  const languages: Record<string, number> = {};
  const ids = [...idToCode.keys()];
  // In chunks, so that PGlite's one connection is never held for long.
  for (let i = 0; i < ids.length; i += 2000) {
    for (const story of await textsOfStories(ctx.db, ctx.tenantId, ids.slice(i, i + 2000))) {
      const tokens = stemTokens(`${story.title}\n${story.text}`, cache, story.language);
      languages[story.language] = (languages[story.language] ?? 0) + 1;
      corpus.add(tokens);
      perSubset[idToCode.get(story.id)!].add(tokens);
    }
  }
  let method: WordsDocument['method'] | null = null;
  const subsets = names.map((name, code) => {
    const others = sumCounters(perSubset.filter((_, k) => k !== code));
    const document = rankWords(corpus, perSubset[code], others, surfaces, { labelA: name, labelB: 'others', top: COMPARE_WORDS_TOP, languages });
    method ??= { ...document.method, prior: 'frequencies of the compared stories (all subsets together), scaled to alpha0' };
    return { subset: name, stories: perSubset[code].stories, words: perSubset[code].total, top: document.topA };
  });
  return { method: method!, subsets };
}

function sumCounters(counters: StemCounter[]): StemCounter {
  const sum = new StemCounter();
  for (const counter of counters) {
    for (const [stem, count] of counter.counts) sum.counts.set(stem, (sum.counts.get(stem) ?? 0) + count);
    sum.total += counter.total;
    sum.stories += counter.stories;
  }
  return sum;
}
