// Warm × cold: a questionnaire's published stories, aggregated per area and year, set against
// the municipality-wide indicator observations for the same areas and years (duiding.link/v1).
import { listDefinitions, listObservations } from '../db/repositories/indicators.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { pageStoriesWithAnswers } from '../db/repositories/stories.repository.ts';
import { aggregateStories, chooseAreaQuestion, linkStoriesToIndicators, type LinkDocument, type LinkStory } from '../domain/link/index.ts';
import { compareCodePoints } from '../domain/patterns/variables.ts';
import { InputRejected } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';

export interface LinkOptions {
  /** Only this indicator (default: all). */
  indicator?: string;
  /** Key of the area question (default: the first at wijk level, else the first). */
  areaQuestion?: string;
}

export async function linkQuestionnaire(ctx: ServiceContext, questionnaireKey: string, options: LinkOptions = {}): Promise<LinkDocument> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  const areaQuestion = chooseAreaQuestion(questionnaire.definition, options.areaQuestion);
  if (!areaQuestion) {
    const named = options.areaQuestion;
    throw new InputRejected([
      {
        field: 'area_question',
        code: 'no-area-question',
        nl: named ? `vraag "${named}" is geen gebiedsvraag van vragenlijst "${questionnaireKey}"` : `vragenlijst "${questionnaireKey}" heeft geen gebiedsvraag`,
        en: named
          ? `question "${named}" is not an area question of questionnaire "${questionnaireKey}"`
          : `questionnaire "${questionnaireKey}" has no area question`,
      },
    ]);
  }

  const definitions = await listDefinitions(ctx.db, ctx.tenantId);
  const observations = await listObservations(ctx.db, ctx.tenantId, options.indicator);
  const keys = new Set(options.indicator ? [options.indicator] : definitions.map((d) => d.key));
  for (const o of observations) keys.add(o.indicator);
  if (options.indicator && observations.length === 0 && !definitions.some((d) => d.key === options.indicator)) {
    throw new InputRejected(
      [
        {
          field: 'indicator',
          code: 'unknown-indicator',
          nl: `indicator "${options.indicator}" bestaat niet`,
          en: `indicator "${options.indicator}" does not exist`,
        },
      ],
      404,
    );
  }

  const stories: LinkStory[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await pageStoriesWithAnswers(ctx.db, ctx.tenantId, questionnaire.id, after, 5000, true);
    if (page.length === 0) break;
    for (const story of page) stories.push({ answers: story.answers, collectedAt: story.collectedAt });
    after = page[page.length - 1].ref;
  }

  return linkStoriesToIndicators({
    questionnaire: questionnaireKey,
    areaQuestion,
    aggregates: aggregateStories(questionnaire.definition, stories, areaQuestion.key),
    indicators: [...keys].sort(compareCodePoints),
    observations,
  });
}
