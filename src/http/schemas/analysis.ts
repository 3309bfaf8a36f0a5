// What the analysis endpoints return: distinctive words (duiding.words/v1) and warm × cold
// (duiding.link/v1).
import { z } from '@hono/zod-openapi';

const Word = z.object({ stem: z.string(), word: z.string(), countA: z.number(), countB: z.number(), delta: z.number(), z: z.number() });
const Group = z.object({ label: z.string(), stories: z.number(), words: z.number() });

/** How the distinctive words were counted: the same in the words document and the comparison. */
export const WordsMethod = z.object({
  prior: z.string(),
  alpha0: z.number(),
  minCount: z.number(),
  stemmer: z.string(),
  languages: z.array(z.object({ language: z.string(), stories: z.number(), stemming: z.enum(['snowball-dutch', 'none']) })).optional(),
  note: z
    .object({ nl: z.string(), en: z.string() })
    .optional()
    .openapi({ description: 'Present when some stories are not Dutch: their words are counted without stemming or stop words.' }),
});

export const WordsDocument = z
  .object({
    format: z.literal('duiding.words/v1'),
    a: Group,
    b: Group,
    corpus: z.object({ stories: z.number(), words: z.number() }),
    method: WordsMethod,
    topA: z.array(Word),
    topB: z.array(Word),
  })
  .openapi('WordsDocument');

const LinkPoint = z.object({
  area: z.string(),
  period: z.string(),
  stories: z.number().int(),
  story_value: z.number().nullable(),
  story_mean: z.number().nullable(),
  indicator_value: z.number().nullable(),
  too_few_stories: z.boolean(),
});

const Link = z.object({
  story_variable: z.string(),
  aggregate: z.enum(['median', 'share']),
  indicator: z.string(),
  rho: z.number().nullable(),
  p: z.number().nullable(),
  q: z.number().nullable(),
  n_points: z.number().int(),
  n_areas: z.number().int(),
  unit: z.literal('area'),
  flags: z.array(z.enum(['few_areas', 'few_stories'])),
  points: z.array(LinkPoint),
});

export const LinkDocument = z
  .object({
    format: z.literal('duiding.link/v1'),
    questionnaire: z.string(),
    area_question: z.string(),
    stories: z.number().int(),
    stories_without_area: z.number().int(),
    indicators_without_observations: z.array(z.string()),
    links: z.array(Link),
  })
  .openapi('LinkDocument');
