// Questionnaires, their stories and what the scan makes of them (duiding.questionnaire/v1,
// duiding.patterns/v1, the stories behind a pattern cell).
import { z } from '@hono/zod-openapi';
import { QUESTION_TYPES, AREA_LEVELS } from '../../domain/questionnaire/types.ts';
import { ReadSchema } from '../spreadsheets.ts';
import { LocalizedText } from './shared.ts';

export const QuestionnaireList = z.object({ questionnaires: z.array(z.object({ key: z.string() })) }).openapi('QuestionnaireList');

export const QuestionnaireImported = z
  .object({ key: z.string(), version: z.number().int(), outcome: z.enum(['created', 'new-version', 'unchanged']) })
  .openapi('QuestionnaireImported');

const Keyed = z.object({ key: z.string(), text: LocalizedText });

/** One question; the fields beyond the common ones depend on `type` (PRODUCT.md, docs/formats.md). */
const Question = z
  .object({
    key: z.string(),
    type: z.enum(QUESTION_TYPES),
    about: z.enum(['story', 'participant']),
    text: LocalizedText,
    help: LocalizedText.optional(),
    required: z.boolean().optional(),
    allowNotApplicable: z.boolean().optional(),
    options: z.array(Keyed).optional(),
    stones: z.array(Keyed).optional(),
    corners: z.array(LocalizedText).length(3).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    level: z.enum(AREA_LEVELS).optional(),
    areas: z.array(z.object({ code: z.string(), name: z.string() })).optional(),
  })
  .openapi('Question');

export const QuestionnaireDocument = z
  .object({
    format: z.literal('duiding.questionnaire/v1'),
    key: z.string(),
    title: LocalizedText,
    languages: z.array(z.string()),
    machineTranslated: z.array(z.string()).optional(),
    prompts: z.array(Keyed),
    questions: z.array(Question),
  })
  .openapi('QuestionnaireDocument');

export const StoriesImported = z
  .object({
    stories: z.number().int(),
    replaced: z.number().int(),
    collectionsCreated: z.array(z.string()),
    read: ReadSchema,
    codings: z
      .object({ kept: z.number().int(), passagesDropped: z.number().int() })
      .openapi({ description: "Analysts' codings moved from replaced stories to their new rows; coded passages of a changed text are dropped" }),
  })
  .openapi('StoriesImported');

const PatternBase = {
  a: z.string(),
  b: z.string(),
  statistic: z.number().nullable(),
  p: z.number().nullable(),
  q: z.number().nullable(),
  n: z.number().int(),
  effect: z.object({ name: z.enum(['rho', 'rank-biserial', 'epsilon2', 'cramers-v']), value: z.number().nullable() }),
  significant: z.boolean(),
};

const Pattern = z
  .discriminatedUnion('test', [
    z.object({ ...PatternBase, test: z.literal('spearman') }),
    z.object({
      ...PatternBase,
      test: z.enum(['mann-whitney', 'kruskal-wallis']),
      df: z.number().optional(),
      groups: z.array(z.object({ label: z.string(), n: z.number().int(), median: z.number() })),
    }),
    z.object({
      ...PatternBase,
      test: z.literal('chi-square'),
      df: z.number(),
      low_expected: z.boolean(),
      table: z.object({ rows: z.array(z.string()), columns: z.array(z.string()), counts: z.array(z.array(z.number().int())) }),
    }),
  ])
  .openapi('Pattern');

export const PatternsDocument = z
  .object({
    format: z.literal('duiding.patterns/v1'),
    stories: z.number().int(),
    patterns: z.array(Pattern),
    filter: z.object({ collection: z.string().nullable(), period: z.string().nullable(), answers: z.record(z.string(), z.array(z.string())) }),
    scanned_at: z.string().openapi({ description: 'When these stories were scanned (ISO 8601); older than now when the scan came from the cache' }),
    cached: z.boolean(),
  })
  .openapi('PatternsDocument');

export const StoriesBehindPage = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pages: z.number().int(),
    stories: z.array(
      z.object({
        id: z.string(),
        ref: z.string(),
        title: z.string(),
        text: z.string(),
        collected_at: z.string(),
        collection: z.string(),
        answers: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .openapi('StoriesBehindPage');
