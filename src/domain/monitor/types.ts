// The monitor of one opgave as plain, JSON-serialisable data (duiding.monitor/v1): what the
// monitor page, the API and the council report all render. Built by build.ts; for the raad and
// aanbieder roles every figure based on fewer stories than the threshold is already replaced by
// { suppressed: true } on the server (domain/privacy/suppression.ts), so a renderer can never
// leak one. Keep this shape stable: the report (src/reports) imports it. It lives in domain so that
// reports/ (a pure renderer) and services/ (which builds it) both depend on it, not on each other.
import type { Direction } from '../indicators/types.ts';
import type { PatternTest } from '../patterns/types.ts';
import type { Figure } from '../privacy/suppression.ts';
import type { Bilingual } from '../monitor/labels.ts';
import type { PatternChart } from '../monitor/pattern-chart.ts';
import type { TrendJudgement } from '../monitor/trend.ts';
import type { Agreement } from '../monitor/agreement.ts';
import type { StrengthWord } from '../monitor/strength.ts';

export type { Figure };

export const MONITOR_FORMAT = 'duiding.monitor/v1';

export type AssumptionStatus = 'houdt-stand' | 'twijfelachtig' | 'weerlegd' | 'onbekend';
/** better/worse is judged against the municipality's own target direction (indicator_definitions.direction). */

export interface MonitorData {
  format: typeof MONITOR_FORMAT;
  generatedAt: string;
  tenant: { name: string; fictional: boolean };
  opgave: { key: string; title: string; description: string; domain: string };
  /** Stories and indicator periods narrowed to this period ("2026"); null = everything. */
  period: string | null;
  /** Small-cell threshold of the tenant (default 5, never below 3). */
  threshold: number;
  /** true when figures under the threshold were replaced (raad, aanbieder). */
  suppressionApplied: boolean;
  summary: MonitorSummary;
  indicators: MonitorIndicator[];
  patterns: MonitorPattern[];
  /** Curated stories about the opgave in general (and those of patterns not among the strongest). */
  curatedStories: CuratedStoryView[];
  warmCold: WarmColdSection;
  theoryOfChange: TocStatementView[];
  actions: MonitorAction[];
  /**
   * "Wat we zagen" (issue 11): the analysts' complete observations put in this opgave's monitor —
   * words only (title, text, strength, interpretations), never a figure, so nothing here needs suppression.
   */
  seen: SeenObservation[];
  method: MonitorMethod;
  /** Which figures were suppressed (never their values): section and a readable label. */
  suppressions: SuppressionNote[];
}

export interface MonitorSummary {
  stories: Figure;
  indicators: { better: number; worse: number; same: number; unknown: number };
  patterns: number;
  assumptions: Record<AssumptionStatus, number>;
  actions: { open: number; done: number };
}

interface SeriesPoint {
  period: string;
  /** null = missing (CBS "."), never zero. */
  value: Figure | null;
}

export interface IndicatorSeries {
  /** null = the whole municipality. */
  area: { code: string; name: string } | null;
  points: SeriesPoint[];
  trend: { from: string; to: string; change: number; judgement: TrendJudgement } | null;
}

export interface MonitorIndicator {
  key: string;
  name: string;
  unit: string;
  direction: Direction;
  source: string;
  definition: string;
  periods: string[];
  /** The municipality as a whole (the GM area). */
  whole: IndicatorSeries | null;
  /** One series per wijk that has observations: the small multiples. */
  areas: IndicatorSeries[];
}

export interface CuratedStoryView {
  id: string;
  title: string;
  text: string;
  /** The analyst's note on why this story was chosen. */
  note: string;
  /** "a|b" of the pattern it illustrates; '' = the opgave in general. */
  patternKey: string;
  collectedYear: number;
}

export interface MonitorPattern {
  /** "a|b" (the key curated_stories.pattern_key uses). */
  key: string;
  /** The questionnaire the pattern comes from (its key): where /patronen shows the stories behind it. */
  questionnaire?: string;
  a: { key: string; label: Bilingual };
  b: { key: string; label: Bilingual };
  test: PatternTest;
  n: Figure;
  q: number | null;
  effect: { name: string; value: number | null };
  /** Plain word beside the effect (Cohen's conventions per measure, domain/monitor/strength.ts). */
  strength: { word: StrengthWord; label: Bilingual; convention: string };
  /** Every pattern the monitor ranks is significant; false only for evidence an analyst confirmed despite that. */
  significant: boolean;
  /** The plain-language sentence generated from the (already suppressed) pattern data. */
  sentence: Bilingual;
  chart: PatternChart;
  stories: CuratedStoryView[];
}

interface WarmColdArea {
  code: string;
  name: string;
  stories: Figure;
  storyValue: Figure | null;
  /** Hidden like the indicator section hides it (a numerator below the threshold). */
  indicatorValue: Figure | null;
  agreement: Agreement;
}

export interface WarmColdLink {
  storyVariable: { key: string; label: Bilingual };
  aggregate: 'median' | 'share';
  indicator: { key: string; name: string; unit: string; direction: Direction };
  /** Spearman's ρ across wijken (one point per wijk, not per wijk × year). */
  rho: number | null;
  q: number | null;
  /** q < 0.05. When false the page says there is no clear link and no wijk gets an agreement. */
  significant: boolean;
  /** Wijken behind ρ (its n). */
  nAreas: number;
  /** Fewer than 8 wijken behind ρ: shown to every reader. */
  fewAreas: boolean;
  /** Cohen's word for |ρ| (zwak, matig, sterk), null without ρ. */
  strength: Bilingual | null;
  /** The year the per-wijk comparison shows (the latest with both). */
  period: string;
  areas: WarmColdArea[];
}

export interface WarmColdSection {
  /** false with a reason when there is no area question or no indicator per wijk. */
  available: boolean;
  reason: string | null;
  links: WarmColdLink[];
}

export interface EvidenceView {
  kind: string;
  label: string;
  /** A pattern's figures when it was chosen as evidence (n suppressed below the threshold). */
  stats?: { test: string; n: Figure; q: number | null; effect: { name: string; value: number | null }; strength: string | null } | null;
  /** A pattern chosen although not significant, confirmed by the judge: labelled so on the monitor. */
  notSignificant?: boolean;
  /** Id of the monitor block it cites (a shown pattern, an indicator), for a link; null when not on the page. */
  anchor?: string | null;
}

interface TocAssumptionView {
  id: string;
  text: string;
  status: AssumptionStatus;
  /** The judge's explanation with the latest status change ('' when none). */
  note: string;
  evidence: EvidenceView[];
  changedAt: string | null;
}

export interface TocStatementView {
  id: string;
  text: string;
  buildingBlock: string | null;
  indicators: string[];
  questions: string[];
  assumptions: TocAssumptionView[];
}

interface MonitorAction {
  id: string;
  kind: string;
  description: string;
  owner: string;
  dueOn: string | null;
  learningLevel: number;
  status: string;
  followUp: string;
  dialogue: { title: string; kind: string; heldOn: string | null };
}

interface MonitorMethod {
  stories: Figure;
  questionnaires: string[];
  channels: { title: string; mode: string; stories: Figure }[];
  /** Statistical tests behind the patterns shown (spearman, mann-whitney, …). */
  tests: PatternTest[];
  patternsScanned: number;
  significantPatterns: number;
  curatedStories: number;
}

export interface SuppressionNote {
  section: 'summary' | 'indicators' | 'patterns' | 'warmCold' | 'method';
  label: string;
}

export interface MonitorOptions {
  roles: readonly string[];
  period?: string | null;
}

interface SeenObservation {
  title: string;
  body: string;
  /** sterk | middel | zwak */
  strength: 'sterk' | 'middel' | 'zwak';
  interpretations: { text: string; perspective: string | null }[];
}
