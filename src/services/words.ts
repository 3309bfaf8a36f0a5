// Words that set a group of stories apart (issue 4): group A by one answer, group B by another or
// "the rest", over the questionnaire's published stories; the prior comes from all of them.
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { pagePublishedStoryTexts } from '../db/repositories/story-texts.repository.ts';
import { InputRejected } from '../domain/problems.ts';
import { matchesFilter, parseGroupFilter, rankWords, StemCounter, stemTokens, DEFAULT_TOP, type WordsDocument } from '../domain/words/index.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';

export interface WordsRequest {
  questionnaireKey: string;
  /** `key=value`, e.g. "gevoel=boos". */
  a: string;
  /** A second filter; absent means every other published story. */
  b?: string | null;
  top?: number;
  minCount?: number;
  alpha0?: number | 'corpus';
}

export const MAX_TOP = 200;

export async function distinctiveWordsFor(ctx: ServiceContext, request: WordsRequest): Promise<WordsDocument> {
  const top = request.top ?? DEFAULT_TOP;
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw new InputRejected([
      {
        field: 'top',
        code: 'invalid-top',
        nl: `top moet een geheel getal van 1 tot en met ${MAX_TOP} zijn`,
        en: `top must be a whole number from 1 to ${MAX_TOP}`,
      },
    ]);
  }
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, request.questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(request.questionnaireKey);
  const filterA = parseGroupFilter(questionnaire.definition, 'a', request.a);
  const filterB = request.b ? parseGroupFilter(questionnaire.definition, 'b', request.b) : null;
  const keys = [...new Set([filterA.question, filterB?.question].filter((k): k is string => !!k))];

  const surfaces = new Map<string, Map<string, number>>();
  const corpus = new StemCounter();
  const a = new StemCounter(surfaces);
  const b = new StemCounter(surfaces);
  const cache = new Map<string, string>();
  const languages: Record<string, number> = {};
  let after: string | null = null;
  for (;;) {
    const page = await pagePublishedStoryTexts(ctx.db, ctx.tenantId, questionnaire.id, keys, after, 2000);
    if (page.length === 0) break;
    for (const story of page) {
      const tokens = stemTokens(`${story.title}\n${story.text}`, cache, story.language);
      languages[story.language] = (languages[story.language] ?? 0) + 1;
      corpus.add(tokens);
      const inA = matchesFilter(filterA, story.answers);
      if (inA) a.add(tokens);
      if (filterB ? matchesFilter(filterB, story.answers) : !inA) b.add(tokens);
    }
    after = page[page.length - 1].ref;
  }
  return rankWords(corpus, a, b, surfaces, {
    labelA: filterA.label,
    labelB: filterB?.label ?? 'rest',
    top,
    minCount: request.minCount,
    alpha0: request.alpha0,
    languages,
  });
}
