import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire, type StoredQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { pageStoriesWithAnswers } from '../db/repositories/stories.repository.ts';
import { csvRow } from '../domain/csv/writer.ts';
import type { Questionnaire } from '../domain/questionnaire/types.ts';
import { questionColumns } from '../domain/stories/answer-cells.ts';
import { encodeStoryRow, storyColumns } from '../domain/stories/csv-codec.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';
import type { SheetSpec, XlsxCell } from './tables/xlsx-write.ts';
import { codeColumns, type CodeColumns } from './coding/export-columns.ts';

const PAGE = 1000;

/** Checks the questionnaire before the first chunk, so that an unknown key fails cleanly. */
async function openExport(ctx: ServiceContext, questionnaireKey: string): Promise<StoredQuestionnaire> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  await recordAudit(ctx.db, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actorUserId,
    action: 'stories.export',
    subject: questionnaireKey,
  });
  return questionnaire;
}

/** The encoded rows of every story, page by page, so a large export never sits in memory. */
async function* storyRowPages(ctx: ServiceContext, questionnaire: StoredQuestionnaire, codes: CodeColumns): AsyncGenerator<string[][]> {
  let after: string | null = null;
  for (;;) {
    const page = await pageStoriesWithAnswers(ctx.db, ctx.tenantId, questionnaire.id, after, PAGE);
    if (page.length === 0) return;
    yield page.map((story) => [...encodeStoryRow(questionnaire.definition, story), ...codes.cells(story.id)]);
    after = page[page.length - 1].ref;
  }
}

/** duiding.stories/v1 as CSV text chunks, page by page. */
export async function exportStories(ctx: ServiceContext, questionnaireKey: string): Promise<AsyncGenerator<string>> {
  const questionnaire = await openExport(ctx, questionnaireKey);
  const codes = await codeColumns(ctx, questionnaire);
  return (async function* () {
    yield csvRow([...storyColumns(questionnaire.definition), ...codes.header]);
    for await (const rows of storyRowPages(ctx, questionnaire, codes)) yield rows.map(csvRow).join('');
  })();
}

/**
 * The same stories as one sheet "verhalen" of a workbook: the very cells of the CSV export, with
 * numeric answers as number cells (so a spreadsheet can count with them) and the rest as text.
 */
export async function exportStoriesSheet(ctx: ServiceContext, questionnaireKey: string): Promise<SheetSpec> {
  const questionnaire = await openExport(ctx, questionnaireKey);
  const codes = await codeColumns(ctx, questionnaire);
  const header = [...storyColumns(questionnaire.definition), ...codes.header];
  const numeric = numericColumns(questionnaire.definition);
  const typed = header.map((column) => numeric.has(column));
  return {
    name: 'verhalen',
    header,
    rows: (async function* () {
      for await (const rows of storyRowPages(ctx, questionnaire, codes)) {
        yield rows.map((row) => row.map((cell, i): XlsxCell => (typed[i] && cell !== '' && cell !== 'NA' ? Number(cell) : cell)));
      }
    })(),
  };
}

function numericColumns(q: Questionnaire): Set<string> {
  const numeric = new Set<string>();
  for (const question of q.questions) {
    if (['slider', 'scale', 'number', 'triad', 'stones'].includes(question.type)) for (const c of questionColumns(question)) numeric.add(c);
  }
  return numeric;
}
