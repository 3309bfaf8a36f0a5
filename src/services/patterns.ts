// Runs the pattern scan over a questionnaire's published stories. (The cached, filtered scan and
// its API come with the patterns issue; this is the straight, uncached scan.)
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { pageStoriesWithAnswers } from '../db/repositories/stories.repository.ts';
import { scanPatterns, type Answers, type PatternsDocument } from '../domain/patterns/index.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';

export async function scanQuestionnaire(ctx: ServiceContext, questionnaireKey: string): Promise<PatternsDocument> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  const answers: Answers[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await pageStoriesWithAnswers(ctx.db, ctx.tenantId, questionnaire.id, after, 5000, true);
    if (page.length === 0) break;
    for (const story of page) answers.push(story.answers);
    after = page[page.length - 1].ref;
  }
  return scanPatterns(questionnaire.definition, answers);
}
