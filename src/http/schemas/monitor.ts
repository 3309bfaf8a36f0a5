// The council monitor (duiding.monitor/v1, domain/monitor/types.ts) and the staalkaart
// (duiding.staalkaart/v1). For raad and aanbieder every small figure is already { suppressed: true }.
import { z } from '@hono/zod-openapi';
import { DIRECTIONS } from '../../domain/indicators/types.ts';
import { ASSUMPTION_STATUSES } from '../../domain/opgaven/vocabulary.ts';
import { DOMAINS, ROOMS } from '../../domain/staalkaart/defaults.ts';
import { ActionFields } from './opgaven.ts';
import { Bilingual, Figure, orNull } from './shared.ts';

const PatternTest = z.enum(['spearman', 'mann-whitney', 'kruskal-wallis', 'chi-square']);
const Trend = z.enum(['better', 'worse', 'same', 'unknown']);

const Series = z.object({
  area: z.object({ code: z.string(), name: z.string() }).nullable(),
  points: z.array(z.object({ period: z.string(), value: orNull(Figure) })),
  trend: z.object({ from: z.string(), to: z.string(), change: z.number(), judgement: Trend }).nullable(),
});

const CuratedStory = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  note: z.string(),
  patternKey: z.string(),
  collectedYear: z.number().int(),
});

const PatternChart = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('groups'),
    groups: z.array(z.object({ label: Bilingual, n: Figure, median: Figure })),
    higher: orNull(Bilingual),
    percent: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('table'),
    rows: z.array(Bilingual),
    columns: z.array(Bilingual),
    counts: z.array(z.array(Figure)),
    rowShares: z.array(z.array(Figure)),
    columnShares: z.array(Figure),
  }),
  z.object({ kind: z.literal('correlation'), rho: z.number().nullable() }),
]);

const Variable = z.object({ key: z.string(), label: Bilingual });

const MonitorPattern = z.object({
  key: z.string(),
  a: Variable,
  b: Variable,
  test: PatternTest,
  n: Figure,
  q: z.number().nullable(),
  effect: z.object({ name: z.string(), value: z.number().nullable() }),
  strength: z.object({ word: z.enum(['zeer-zwak', 'zwak', 'matig', 'sterk']), label: Bilingual, convention: z.string() }),
  significant: z.boolean(),
  sentence: Bilingual,
  chart: PatternChart,
  stories: z.array(CuratedStory),
});

const WarmColdLink = z.object({
  storyVariable: Variable,
  aggregate: z.enum(['median', 'share']),
  indicator: z.object({ key: z.string(), name: z.string(), unit: z.string(), direction: z.enum(DIRECTIONS) }),
  rho: z.number().nullable(),
  q: z.number().nullable(),
  significant: z.boolean(),
  nAreas: z.number().int(),
  fewAreas: z.boolean(),
  strength: orNull(Bilingual),
  period: z.string(),
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      stories: Figure,
      storyValue: orNull(Figure),
      indicatorValue: orNull(Figure),
      agreement: z.enum(['agree', 'disagree', 'unclear']),
    }),
  ),
});

const Evidence = z.object({
  kind: z.string(),
  label: z.string(),
  stats: z
    .object({
      test: z.string(),
      n: Figure,
      q: z.number().nullable(),
      effect: z.object({ name: z.string(), value: z.number().nullable() }),
      strength: z.string().nullable(),
    })
    .nullable()
    .optional(),
  notSignificant: z.boolean().optional(),
  anchor: z.string().nullable().optional(),
});

const Statement = z.object({
  id: z.string(),
  text: z.string(),
  buildingBlock: z.string().nullable(),
  indicators: z.array(z.string()),
  questions: z.array(z.string()),
  assumptions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      status: z.enum(ASSUMPTION_STATUSES),
      note: z.string(),
      evidence: z.array(Evidence),
      changedAt: z.string().nullable(),
    }),
  ),
});

const MonitorAction = z.object({
  id: z.string(),
  ...ActionFields,
  dialogue: z.object({ title: z.string(), kind: z.string(), heldOn: z.string().nullable() }),
});

export const MonitorDocument = z
  .object({
    format: z.literal('duiding.monitor/v1'),
    generatedAt: z.string(),
    tenant: z.object({ name: z.string(), fictional: z.boolean() }),
    opgave: z.object({ key: z.string(), title: z.string(), description: z.string(), domain: z.string() }),
    period: z.string().nullable(),
    threshold: z.number().int(),
    suppressionApplied: z.boolean(),
    summary: z.object({
      stories: Figure,
      indicators: z.object({ better: z.number().int(), worse: z.number().int(), same: z.number().int(), unknown: z.number().int() }),
      patterns: z.number().int(),
      assumptions: z.record(z.enum(ASSUMPTION_STATUSES), z.number().int()),
      actions: z.object({ open: z.number().int(), done: z.number().int() }),
    }),
    indicators: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        unit: z.string(),
        direction: z.enum(DIRECTIONS),
        source: z.string(),
        definition: z.string(),
        periods: z.array(z.string()),
        whole: Series.nullable(),
        areas: z.array(Series),
      }),
    ),
    patterns: z.array(MonitorPattern),
    curatedStories: z.array(CuratedStory),
    warmCold: z.object({ available: z.boolean(), reason: z.string().nullable(), links: z.array(WarmColdLink) }),
    theoryOfChange: z.array(Statement),
    actions: z.array(MonitorAction),
    seen: z
      .array(
        z.object({
          title: z.string(),
          body: z.string(),
          strength: z.enum(['sterk', 'middel', 'zwak']),
          interpretations: z.array(z.object({ text: z.string(), perspective: z.string().nullable() })),
        }),
      )
      .openapi({ description: '"Wat we zagen": complete observations of the analysts, words only (no figures)' }),
    method: z.object({
      stories: Figure,
      questionnaires: z.array(z.string()),
      channels: z.array(z.object({ title: z.string(), mode: z.string(), stories: Figure })),
      tests: z.array(PatternTest),
      patternsScanned: z.number().int(),
      significantPatterns: z.number().int(),
      curatedStories: z.number().int(),
    }),
    suppressions: z.array(z.object({ section: z.enum(['summary', 'indicators', 'patterns', 'warmCold', 'method']), label: z.string() })),
  })
  .openapi('MonitorDocument');

export const CuratedStoryChosen = z.object({ id: z.string() }).openapi('CuratedStoryChosen');

export const SuppressionSetting = z.object({ suppression_threshold: z.number().int() }).openapi('SuppressionSetting');

export const Staalkaart = z
  .object({
    format: z.literal('duiding.staalkaart/v1'),
    threshold: z.number().int(),
    suppressionApplied: z.boolean(),
    domains: z.array(
      z.object({
        domain: z.enum(DOMAINS),
        legalBasis: z.string(),
        room: z.enum(ROOMS),
        explanation: Bilingual,
        edited: z.boolean(),
        opgaven: z.array(z.object({ key: z.string(), title: z.string() })),
        indicators: z.number().int(),
        stories: Figure,
      }),
    ),
  })
  .openapi('Staalkaart');
