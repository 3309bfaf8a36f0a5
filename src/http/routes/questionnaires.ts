import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { exportQuestionnaire, importQuestionnaire, listQuestionnaireKeys } from '../../services/import-questionnaire.ts';
import { exportStories, exportStoriesSheet } from '../../services/export-stories.ts';
import { importStories } from '../../services/import-stories.ts';
import { scanQuestionnaire, type FilterInput } from '../../services/patterns.ts';
import { MAX_PAGE_SIZE, storiesBehind } from '../../services/stories-behind.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { withUploadedFile } from '../upload.ts';
import { uploadName, wantsXlsx, workbookResponse } from '../spreadsheets.ts';
import { XLSX_CONTENT_TYPE } from '../../services/tables/xlsx-write.ts';
import { serviceContext } from '../kit.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';
import {
  PatternsDocument,
  QuestionnaireDocument,
  QuestionnaireImported,
  QuestionnaireList,
  StoriesBehindPage,
  StoriesImported,
} from '../schemas/questionnaires.ts';

const Key = z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) });
const FilterQuery = z.object({
  collection: z.string().max(100).optional(),
  period: z.string().max(10).optional().openapi({ example: '2026-Q1' }),
});
const CELL_PARAMETERS = ['var', 'min', 'max', 'range', 'group', 'q', 'page', 'pageSize'];

/** Every query parameter that is not one of the route's own is an answer filter (`rol=jongere`). */
function filterFromQuery(all: Record<string, string[]>, own: string[]): FilterInput {
  const answers: [string, string][] = [];
  for (const [name, values] of Object.entries(all)) {
    if (name === 'collection' || name === 'period' || own.includes(name)) continue;
    for (const value of values) answers.push([name, value]);
  }
  return { collection: all.collection?.[0] ?? null, period: all.period?.[0] ?? null, answers };
}

export function questionnaireRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires',
      summary: 'List questionnaires',
      middleware: [requirePermission('questionnaires.read')] as const,
      responses: { 200: { description: 'Questionnaire keys', content: { 'application/json': { schema: QuestionnaireList } } }, ...guarded },
    }),
    async (c) => {
      return c.json({ questionnaires: await listQuestionnaireKeys(serviceContext(c)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/questionnaires',
      summary: 'Import a questionnaire (duiding.questionnaire/v1); an existing key with changes makes a new version',
      middleware: [requirePermission('questionnaires.write')] as const,
      request: {
        body: { content: { 'application/json': { schema: z.object({ format: z.literal('duiding.questionnaire/v1') }).passthrough() } }, required: true },
      },
      responses: {
        200: { description: 'Imported', content: { 'application/json': { schema: QuestionnaireImported } } },
        ...invalidInput,
        ...guarded,
      },
    }),
    async (c) => c.json(await importQuestionnaire(serviceContext(c), c.req.valid('json'), 'questionnaire.json'), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}',
      summary: 'Export the latest version (duiding.questionnaire/v1)',
      middleware: [requirePermission('questionnaires.read')] as const,
      request: { params: Key },
      responses: {
        200: { description: 'duiding.questionnaire/v1', content: { 'application/json': { schema: QuestionnaireDocument } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => c.json(await exportQuestionnaire(serviceContext(c), c.req.valid('param').key), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/questionnaires/{key}/stories',
      summary: 'Import stories (duiding.stories/v1 as CSV in any recognised dialect, or XLSX); all or nothing',
      middleware: [requirePermission('stories.import')] as const,
      request: {
        params: Key,
        query: z.object({ collection: z.string().max(100).optional() }),
        body: { content: { 'text/csv': { schema: z.string() }, [XLSX_CONTENT_TYPE]: { schema: z.string() } }, required: true },
      },
      responses: {
        200: { description: 'Imported', content: { 'application/json': { schema: StoriesImported } } },
        ...invalidInput,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const { collection } = c.req.valid('query');
      const result = await withUploadedFile(c.req.raw.body, uploadName(c, 'stories'), (source) =>
        importStories(serviceContext(c), { source, questionnaireKey: key, collectionSlug: collection }),
      );
      return c.json(result, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/stories',
      summary: 'Export stories (duiding.stories/v1 CSV; `format=xlsx`: a workbook with one sheet "verhalen")',
      middleware: [requirePermission('stories.export')] as const,
      request: { params: Key, query: z.object({ format: z.enum(['csv', 'xlsx']).optional() }) },
      responses: {
        200: {
          description: 'CSV or XLSX',
          content: { 'text/csv': { schema: z.string() }, [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      if (wantsXlsx(c)) {
        const key = c.req.valid('param').key;
        return workbookResponse(c, `${key}-stories.xlsx`, [await exportStoriesSheet(serviceContext(c), key)]);
      }
      const chunks = await exportStories(serviceContext(c), c.req.valid('param').key);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${c.req.valid('param').key}-stories.csv"`);
      return stream(c, async (s) => {
        for await (const chunk of chunks) await s.write(chunk);
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/patterns',
      summary: 'Pattern scan over the published stories (duiding.patterns/v1), filtered and cached',
      description:
        'Filters: `collection=SLUG`; `period=2026`, `2026-Q1` or `2026-03` (collected_at, Europe/Amsterdam); and any choice, ' +
        'area or multichoice question key with option keys or area codes, commas for OR: `rol=jongere,ouder`, `wijk=WK047901`, ' +
        '`wat_hielp=luisteren` (chose it). Unknown keys or values: 400. A cached scan is returned (`cached: true`) while the ' +
        "questionnaire's stories are unchanged; `cache=false` scans afresh.",
      middleware: [requirePermission('patterns.read')] as const,
      request: { params: Key, query: FilterQuery.extend({ cache: z.enum(['true', 'false']).optional() }) },
      responses: {
        200: { description: 'duiding.patterns/v1', content: { 'application/json': { schema: PatternsDocument } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const doc = await scanQuestionnaire(serviceContext(c), c.req.valid('param').key, {
        filter: filterFromQuery(c.req.queries(), ['cache']),
        cache: c.req.query('cache') !== 'false',
      });
      return c.json(doc, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/stories-behind',
      summary: 'The published stories behind a pattern cell, paged, with their answers',
      description:
        'The cell, in the names of the patterns document (all conditions must hold; a story missing a variable is never in the cell): ' +
        '`var=NAME&min=X&max=Y` a numeric variable between X and Y inclusive, either bound optional (`gehoord`, `cijfer`, a triad ' +
        'corner as its share `wie_hielp.2`, a stone coordinate `steun.wijkteam.x`); `range=NAME:X:Y` the same, repeatable, a bound ' +
        'may be empty (`range=wie_hielp.2:0.5:` is wie_hielp.2 ≥ 0.5); `group=NAME:VALUE` a categorical variable has this value, ' +
        'repeatable (`group=rol:jongere`, `group=wat_hielp=luisteren:ja`). Combinable with the filters of the patterns scan ' +
        '(`collection`, `period`, `rol=jongere`, …) and with `q`, Dutch full-text search over title and text (websearch syntax: ' +
        '"wachtlijsten" finds "wachtlijst"). Stories in story_id order.',
      middleware: [requirePermission('stories.read')] as const,
      request: {
        params: Key,
        query: FilterQuery.extend({
          var: z.string().max(200).optional(),
          min: z.string().max(40).optional(),
          max: z.string().max(40).optional(),
          range: z.union([z.string(), z.array(z.string())]).optional(),
          group: z.union([z.string(), z.array(z.string())]).optional(),
          q: z.string().max(200).optional(),
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
        }),
      },
      responses: {
        200: { description: 'One page of stories', content: { 'application/json': { schema: StoriesBehindPage } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const all = c.req.queries();
      const query = c.req.valid('query');
      const result = await storiesBehind(serviceContext(c), c.req.valid('param').key, {
        filter: filterFromQuery(all, CELL_PARAMETERS),
        cell: { var: query.var, min: query.min, max: query.max, ranges: all.range ?? [], groups: all.group ?? [] },
        search: query.q ?? null,
        page: query.page,
        pageSize: query.pageSize,
      });
      return c.json(result, 200);
    },
  );
  return app;
}
