import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { pageStoriesWithAnswers } from '../db/repositories/stories.repository.ts';
import { csvRow } from '../domain/csv/writer.ts';
import { encodeStoryRow, storyColumns } from '../domain/stories/csv-codec.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';

const PAGE = 1000;

/**
 * duiding.stories/v1 as CSV text chunks, page by page, so a large export never sits in memory.
 * The questionnaire is checked before the first chunk so that an unknown key fails cleanly.
 */
export async function exportStories(ctx: ServiceContext, questionnaireKey: string): Promise<AsyncGenerator<string>> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  await recordAudit(ctx.db, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actorUserId,
    action: 'stories.export',
    subject: questionnaireKey,
  });
  const definition = questionnaire.definition;
  return (async function* () {
    yield csvRow(storyColumns(definition));
    let after: string | null = null;
    for (;;) {
      const page = await pageStoriesWithAnswers(ctx.db, ctx.tenantId, questionnaire.id, after, PAGE);
      if (page.length === 0) return;
      yield page.map((story) => csvRow(encodeStoryRow(definition, story))).join('');
      after = page[page.length - 1].ref;
    }
  })();
}
