// The stories behind a pattern cell (domain/patterns/cell.ts), narrowed by the scan's filters
// and by Dutch full-text search, paged, with their answers. Raw stories: the caller checks
// `stories.read`; each page served is recorded in the audit log (without story texts).
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { findStoriesByIds } from '../db/repositories/stories.repository.ts';
import { inCell, parseCell, type CellInput } from '../domain/patterns/cell.ts';
import type { FilterInput } from '../domain/patterns/filter.ts';
import type { AnswerValue } from '../domain/questionnaire/types.ts';
import { InputRejected } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';
import { loadFilteredAnswers, resolveFilter } from './patterns.ts';
import { withCodeVariables } from './coding/code-variables.ts';

export const MAX_PAGE_SIZE = 100;

export interface StoriesBehindOptions {
  filter?: FilterInput;
  cell?: CellInput;
  search?: string | null;
  page?: number;
  pageSize?: number;
  /** Also return the ids of every story in the cell (the words of a selection need them all). */
  withIds?: boolean;
}

export interface StoryBehind {
  id: string;
  ref: string;
  title: string;
  text: string;
  collected_at: string;
  collection: string;
  answers: Record<string, AnswerValue>;
}

export interface StoriesBehindResult {
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  stories: StoryBehind[];
  /** Only with withIds: every story in the cell, in order. */
  ids?: string[];
}

export async function storiesBehind(ctx: ServiceContext, questionnaireKey: string, options: StoriesBehindOptions = {}): Promise<StoriesBehindResult> {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 25;
  const problems = [];
  if (!Number.isInteger(page) || page < 1)
    problems.push({ field: 'page', code: 'invalid-page', nl: 'page moet een geheel getal ≥ 1 zijn', en: 'page must be a whole number ≥ 1' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    problems.push({
      field: 'pageSize',
      code: 'invalid-page-size',
      nl: `pageSize moet tussen 1 en ${MAX_PAGE_SIZE} liggen`,
      en: `pageSize must be between 1 and ${MAX_PAGE_SIZE}`,
    });
  }
  if (problems.length > 0) throw new InputRejected(problems);

  const found = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!found) throw unknownQuestionnaire(questionnaireKey);
  const questionnaire = await withCodeVariables(ctx, found);
  const cell = parseCell(questionnaire.definition, options.cell ?? {});
  const filter = await resolveFilter(ctx, questionnaire, options.filter ?? {});
  const search = options.search?.trim().slice(0, 200) || null;

  const { ids, answers } = await loadFilteredAnswers(ctx, questionnaire, filter, search);
  const mask = inCell(questionnaire.definition, cell, answers);
  const inside = ids.filter((_, i) => mask[i] === 1);
  const pageIds = inside.slice((page - 1) * pageSize, page * pageSize);
  const rows = await findStoriesByIds(ctx.db, ctx.tenantId, pageIds);
  if (rows.length > 0) {
    await recordAudit(ctx.db, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'stories.read',
      subject: questionnaire.key,
      detail: { storiesBehind: rows.length, total: inside.length, page },
    });
  }
  return {
    ...(options.withIds ? { ids: inside } : {}),
    total: inside.length,
    page,
    pageSize,
    pages: Math.max(1, Math.ceil(inside.length / pageSize)),
    stories: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      title: r.title,
      text: r.text,
      collected_at: r.collectedAt.toISOString(),
      collection: r.collection,
      answers: r.answers,
    })),
  };
}
