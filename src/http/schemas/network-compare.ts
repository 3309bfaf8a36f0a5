// duiding.network-compare/v1: the members of a regional network side by side on the shared
// instrument (GET /api/v1/networks/{slug}/compare, docs/network.md). Every figure is the number,
// or a marker: { suppressed } (too few stories, as locally), { tooFewMembers } (an aggregate of
// fewer than 3 members, "te weinig gemeenten"), { notNamed } (a member that did not opt to be named).
import { z } from '@hono/zod-openapi';
import { LocalizedText, orNull } from './shared.ts';

const Suppressed = z.object({ suppressed: z.literal(true) });
const TooFewMembers = z.object({ tooFewMembers: z.literal(true) }).openapi('TooFewMembers');
const NotNamed = z.object({ notNamed: z.literal(true) });
const NetworkFigure = z.union([z.number(), Suppressed, TooFewMembers, NotNamed]).openapi('NetworkFigure');
const Statistic = z.union([z.number(), z.null(), TooFewMembers]).openapi('NetworkStatistic');

const Heterogeneity = z
  .object({
    test: z
      .string()
      .openapi({ description: 'chi-square-homogeneity, kruskal-wallis, no-three-way-interaction, cochran-q or anova-interaction (docs/network.md)' }),
    statistic: Statistic,
    df: z.number().int(),
    dfError: z.number().int().optional().openapi({ description: 'anova-interaction: the F test’s denominator degrees of freedom' }),
    p: Statistic,
    members: z.number().int(),
    verdict: z.enum(['differs', 'same', 'unknown']),
  })
  .openapi('NetworkHeterogeneity');

const ChoiceQuestion = z.object({
  variable: z.string(),
  question: z.string(),
  text: LocalizedText,
  kind: z.literal('choice'),
  categories: z.array(z.string()),
  contributing: z.number().int(),
  network: z.array(NetworkFigure),
  rest: orNull(z.array(NetworkFigure)),
  members: z.array(z.object({ label: z.string(), counts: z.array(NetworkFigure) })),
  heterogeneity: Heterogeneity,
});
const Summary = z.object({ n: NetworkFigure, median: Statistic });
const NumberQuestion = z.object({
  variable: z.string(),
  question: z.string(),
  text: LocalizedText,
  kind: z.literal('number'),
  contributing: z.number().int(),
  network: Summary,
  rest: orNull(Summary),
  members: z.array(z.object({ label: z.string(), n: NetworkFigure, median: NetworkFigure })),
  heterogeneity: Heterogeneity,
});
const Pattern = z.object({
  a: z.string(),
  b: z.string(),
  kind: z.enum(['choice-choice', 'number-number', 'number-choice']),
  contributing: z.number().int(),
  effect: Statistic,
  p: Statistic,
  q: Statistic,
  heterogeneity: Heterogeneity,
  verdict: z.enum(['holds-everywhere', 'differs', 'unknown']),
  members: z.array(z.object({ label: z.string(), effect: z.union([z.number(), z.null(), NotNamed]) })),
});
const Indicator = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  contributing: z.number().int(),
  network: orNull(NetworkFigure),
  provider: orNull(NetworkFigure),
  members: z.array(z.object({ label: z.string(), value: orNull(NetworkFigure), period: z.string().nullable() })),
});

export const NetworkCompareDocument = z
  .object({
    format: z.literal('duiding.network-compare/v1'),
    network: z.object({ slug: z.string(), name: z.string() }),
    questionnaire: z.object({ key: z.string(), title: z.string(), version: z.number().int() }),
    period: z
      .object({ from: z.string().nullable(), to: z.string().nullable() })
      .openapi({ description: 'The months whose stories count, as asked (from/to); null = open' }),
    viewer: z.enum(['member', 'coordinator', 'provider', 'published']),
    minimumMembers: z.number().int(),
    members: z.array(z.object({ label: z.string(), named: z.boolean(), own: z.boolean(), stories: NetworkFigure })),
    stories: z.object({ network: NetworkFigure, rest: orNull(NetworkFigure) }),
    questions: z.array(z.discriminatedUnion('kind', [ChoiceQuestion, NumberQuestion])),
    patterns: z.array(Pattern),
    indicators: z.array(Indicator),
  })
  .openapi('NetworkCompareDocument');
