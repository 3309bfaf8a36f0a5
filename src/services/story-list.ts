// The story list with filters (/verhalen and its CSV): questionnaire, status, consent to quote,
// search, and the scan's own filter syntax — collection, period and any answer (`wijk=WK999901`,
// `filter=gevoel=boos;period=2026`, codes once they are variables), exclusions (`niet=FILTER`,
// how "the rest" of a comparison is shown) and pattern cells (`range=`, `group=`). Collection,
// period, status, consent and search are SQL's; answers, exclusions and cells are judged in code on
// the variables the scan itself uses, so a count on /patronen or /vergelijken finds its stories.
// Raw stories: the caller checks `stories.read`; a page of snippets is recorded in the audit log.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire, listCollections, listQuestionnaires, type StoredQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { loadAnswersOf } from '../db/repositories/stories.repository.ts';
import { storyListIds, storyListRows, type StoryListRow, type StoryListWhere } from '../db/repositories/story-list.repository.ts';
import { inCell, isEmptyCell, parseCell, type CellInput } from '../domain/patterns/cell.ts';
import { filterInputFromText } from '../domain/patterns/compare-filter.ts';
import { hasAnswerFilter, matchesAnswers, parseStoryFilter, type StoryFilter } from '../domain/patterns/filter.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { Questionnaire } from '../domain/questionnaire/types.ts';
import type { ServiceContext } from './context.ts';

export { MARK_END, MARK_START } from '../db/repositories/story-list.repository.ts';

const LIST_PAGE_SIZE = 25;
const STATUSES = ['published', 'pending', 'rejected'] as const;
const CONSENTS = { ja: true, nee: false, onbekend: null } as const;

export interface StoryListQuery {
  questionnaire?: string | null;
  status?: string | null;
  consent?: string | null;
  search?: string | null;
  collection?: string | null;
  period?: string | null;
  /** KEY=VALUE query parameters (the scan's syntax). */
  answers?: [string, string][];
  /** filter=FILTER: conditions joined by ";". */
  filters?: string[];
  /** niet=FILTER: stories passing this whole filter are left out. */
  exclude?: string[];
  cell?: CellInput;
  page?: number;
}

export interface FilteredStories {
  questionnaire: string | null;
  total: number;
  page: number;
  pages: number;
  stories: StoryListRow[];
}

/** Checks the query; an answer filter needs a questionnaire (the only one, when there is one). */
async function resolve(ctx: ServiceContext, query: StoryListQuery) {
  const problems: Problem[] = [];
  const status = query.status || null;
  if (status !== null && !(STATUSES as readonly string[]).includes(status)) {
    problems.push({
      field: 'status',
      code: 'unknown-status',
      nl: `"${status}" is geen status (wel: ${STATUSES.join(', ')})`,
      en: `"${status}" is not a status (allowed: ${STATUSES.join(', ')})`,
    });
  }
  const consentKey = query.consent || null;
  if (consentKey !== null && !Object.hasOwn(CONSENTS, consentKey)) {
    problems.push({
      field: 'toestemming',
      code: 'unknown-consent',
      nl: `"${consentKey}" is geen keuze (wel: ja, nee, onbekend)`,
      en: `"${consentKey}" is not a choice (allowed: ja, nee, onbekend)`,
    });
  }
  const cell = query.cell ?? {};
  const needsQuestionnaire =
    [query.answers, query.exclude, cell.ranges, cell.groups].some((list) => (list?.length ?? 0) > 0) ||
    !!cell.var ||
    (query.filters ?? []).some((text) => (filterInputFromText('filter', text).answers?.length ?? 0) > 0);
  let questionnaire: StoredQuestionnaire | null = null;
  if (query.questionnaire) {
    questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, query.questionnaire);
    if (!questionnaire)
      problems.push({
        field: 'vragenlijst',
        code: 'unknown-questionnaire',
        nl: `vragenlijst "${query.questionnaire}" bestaat niet`,
        en: `questionnaire "${query.questionnaire}" does not exist`,
      });
  } else if (needsQuestionnaire) {
    const all = await listQuestionnaires(ctx.db, ctx.tenantId);
    if (all.length === 1) questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, all[0].key);
    else
      problems.push({
        field: 'vragenlijst',
        code: 'questionnaire-required',
        nl: 'kies een vragenlijst om op antwoorden te filteren',
        en: 'choose a questionnaire to filter on answers',
      });
  }
  if (problems.length > 0) throw new InputRejected(problems);
  return { status, consent: consentKey === null ? undefined : CONSENTS[consentKey as keyof typeof CONSENTS], questionnaire };
}

function parseFilters(questionnaire: StoredQuestionnaire | null, query: StoryListQuery): { include: StoryFilter; exclude: StoryFilter[] } {
  const answers: (readonly [string, string])[] = [...(query.answers ?? [])];
  let period = query.period || null;
  let collection = query.collection || null;
  for (const text of query.filters ?? []) {
    const input = filterInputFromText('filter', text);
    answers.push(...(input.answers ?? []));
    period = input.period ?? period;
    collection = input.collection ?? collection;
  }
  // Without a questionnaire there are no answers to filter on (resolve() made sure): only period and collection.
  const definition: Questionnaire = questionnaire?.definition ?? ({ key: '', questions: [] } as unknown as Questionnaire);
  const include = parseStoryFilter(definition, { answers, period, collection });
  const exclude = (query.exclude ?? []).map((text) => {
    try {
      return parseStoryFilter(definition, filterInputFromText('niet', text));
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      throw new InputRejected(error.problems.map((p) => ({ ...p, field: 'niet' })));
    }
  });
  return { include, exclude };
}

/** Every id passing the query, in list order. */
async function matchingIds(
  ctx: ServiceContext,
  query: StoryListQuery,
): Promise<{ questionnaire: StoredQuestionnaire | null; ids: string[]; search: string | null }> {
  const { status, consent, questionnaire } = await resolve(ctx, query);
  const { include, exclude } = parseFilters(questionnaire, query);
  const cell = questionnaire ? parseCell(questionnaire.definition, query.cell ?? {}) : { ranges: [], groups: [] };
  const search = query.search?.trim().slice(0, 200) || null;
  const where: StoryListWhere = { questionnaireId: questionnaire?.id ?? null, status, consent, collection: include.collection, period: include.period, search };
  let ids = await storyListIds(ctx.db, ctx.tenantId, where);
  if (!questionnaire || (!hasAnswerFilter(include) && isEmptyCell(cell) && exclude.length === 0)) return { questionnaire, ids, search };

  const keys = questionnaire.definition.questions.filter((q) => q.type !== 'text').map((q) => q.key);
  const answers = await loadAnswersOf(ctx.db, ctx.tenantId, ids, keys);
  const inside = inCell(questionnaire.definition, cell, answers);
  // An exclusion's collection and period are SQL's too: the ids it covers, per exclusion.
  const covered = await Promise.all(
    exclude.map(async (f) =>
      f.collection === null && f.period === null
        ? null
        : new Set(await storyListIds(ctx.db, ctx.tenantId, { ...where, collection: f.collection, period: f.period })),
    ),
  );
  ids = ids.filter((id, i) => {
    if (inside[i] !== 1 || !matchesAnswers(include, answers[i])) return false;
    return !exclude.some((f, k) => (covered[k] === null || covered[k]!.has(id)) && matchesAnswers(f, answers[i]));
  });
  return { questionnaire, ids, search };
}

export async function filteredStories(ctx: ServiceContext, query: StoryListQuery): Promise<FilteredStories> {
  const { questionnaire, ids, search } = await matchingIds(ctx, query);
  const pages = Math.max(1, Math.ceil(ids.length / LIST_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pages);
  const rows = await storyListRows(ctx.db, ctx.tenantId, ids.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), search);
  if (rows.length > 0) {
    await recordAudit(ctx.db, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'stories.read',
      subject: questionnaire?.key ?? '*',
      detail: { storyList: rows.length, total: ids.length, page },
    });
  }
  return { questionnaire: questionnaire?.key ?? null, total: ids.length, page, pages, stories: rows };
}

/** Every matching story, a chunk at a time, for the CSV download (audited as an export). */
export async function* filteredStoriesForExport(ctx: ServiceContext, query: StoryListQuery): AsyncGenerator<StoryListRow[]> {
  const { questionnaire, ids } = await matchingIds(ctx, query);
  await recordAudit(ctx.db, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actorUserId,
    action: 'stories.export',
    subject: questionnaire?.key ?? '*',
    detail: { storyList: ids.length },
  });
  for (let i = 0; i < ids.length; i += 500) yield await storyListRows(ctx.db, ctx.tenantId, ids.slice(i, i + 500), null);
}

/** The collections a list can be filtered on (all of the municipality's). */
export async function storyListCollections(ctx: ServiceContext): Promise<{ slug: string; title: string }[]> {
  return (await listCollections(ctx.db, ctx.tenantId)).map((c) => ({ slug: c.slug, title: c.title }));
}
