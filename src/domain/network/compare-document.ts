// The network comparison as one reader may see it (duiding.network-compare/v1): the members'
// summaries (summary.ts) combined by heterogeneity.ts, every figure passed through disclosure.ts.
// Pure: the service gathers the summaries member by member; nothing here reads a story.
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { chiSquareIndependence } from '../stats/chi-square.ts';
import { sumDisclosed } from '../disclosure/rounding.ts';
import {
  aggregateAllowed,
  aggregateFigure,
  isOwn,
  MINIMUM_MEMBERS,
  memberFigure,
  type MemberCount,
  type NetworkFigure,
  type NetworkMember,
  type NetworkViewer,
  networkStatistic,
  notNamed,
  seesMember,
  type TooFewMembers,
  tooFewMembers,
} from './disclosure.ts';
import {
  associationHeterogeneity,
  categoryHomogeneity,
  correlationHeterogeneity,
  medianOfCounts,
  pooledCrossCounts,
  pooledValueCounts,
  valueHeterogeneity,
} from './heterogeneity.ts';
import { cellMoments, groupPattern, interactionHeterogeneity } from './group-heterogeneity.ts';
import type { CrossCounts, GroupValueCounts, RankCorrelation } from './member-statistics.ts';
import { type CountPair, type IndicatorFigure, type MemberSummary, pairKey } from './summary.ts';

/** A difference between members counts as real below this p (and a pattern as present below this q). */
const HETEROGENEITY_ALPHA = 0.05;
const PATTERN_Q = 0.05;

/** null: the test or figure cannot be computed (one category, no variation); JSON has no NaN. */
type Statistic = number | null | TooFewMembers;

export interface Heterogeneity {
  test: string;
  statistic: Statistic;
  df: number;
  /** The F test's denominator degrees of freedom (anova-interaction only). */
  dfError?: number;
  p: Statistic;
  members: number;
  /** differs: p below 0.05; same: not shown to differ; unknown: no test or too few members. */
  verdict: 'differs' | 'same' | 'unknown';
}

interface MemberColumn {
  label: string;
  named: boolean;
  own: boolean;
}

interface ChoiceComparison {
  variable: string;
  question: string;
  /** The shared question's text per language. */
  text: Readonly<Record<string, string>>;
  kind: 'choice';
  categories: string[];
  /** Members with an answer to it. */
  contributing: number;
  network: NetworkFigure[];
  /** The other members together (a member reader only). */
  rest: NetworkFigure[] | null;
  members: { label: string; counts: NetworkFigure[] }[];
  heterogeneity: Heterogeneity;
}

interface NumberComparison {
  variable: string;
  question: string;
  text: Readonly<Record<string, string>>;
  kind: 'number';
  contributing: number;
  network: { n: NetworkFigure; median: Statistic };
  rest: { n: NetworkFigure; median: Statistic } | null;
  members: { label: string; n: NetworkFigure; median: NetworkFigure }[];
  heterogeneity: Heterogeneity;
}

export interface PatternComparison {
  a: string;
  b: string;
  kind: 'choice-choice' | 'number-number' | 'number-choice';
  contributing: number;
  /**
   * Pooled over the network: Cramér's V, ρ, or for number × choice the local scan's effect (rank-biserial
   * r for two categories, ε² for more), with p and Benjamini–Hochberg q over the pairs.
   */
  effect: Statistic;
  p: Statistic;
  q: Statistic;
  heterogeneity: Heterogeneity;
  /** holds-everywhere: present in the network and no difference between members found. */
  verdict: 'holds-everywhere' | 'differs' | 'unknown';
  members: { label: string; effect: number | null | ReturnType<typeof notNamed> }[];
}

interface IndicatorComparison {
  key: string;
  name: string;
  unit: string;
  contributing: number;
  /** Σ numerator / Σ denominator over the members, or the marker. */
  network: NetworkFigure | null;
  /** The provider reader's own figure over the members. */
  provider: NetworkFigure | null;
  members: { label: string; value: NetworkFigure | null; period: string | null }[];
}

export interface NetworkCompareInput {
  network: { slug: string; name: string };
  questionnaire: { key: string; title: string; version: number };
  /** The months whose stories count, as asked (null = open). */
  period: { from: string | null; to: string | null };
  viewer: NetworkViewer;
  /** Does the reader see its own municipality's figures exactly (locally a full-view role)? */
  ownExact: boolean;
  members: readonly MemberSummary[];
  /** Shared variables in questionnaire order, with the question they belong to. */
  variables: readonly { name: string; question: string; kind: 'choice' | 'number'; text: Readonly<Record<string, string>> }[];
  indicators: readonly { key: string; name: string; unit: string }[];
}

export interface NetworkCompareDocument {
  format: 'duiding.network-compare/v1';
  network: { slug: string; name: string };
  questionnaire: { key: string; title: string; version: number };
  period: { from: string | null; to: string | null };
  viewer: NetworkViewer['kind'];
  minimumMembers: number;
  members: (MemberColumn & { stories: NetworkFigure })[];
  stories: { network: NetworkFigure; rest: NetworkFigure | null };
  questions: (ChoiceComparison | NumberComparison)[];
  patterns: PatternComparison[];
  indicators: IndicatorComparison[];
}

export function buildNetworkCompare(input: NetworkCompareInput): NetworkCompareDocument {
  const { viewer, members } = input;
  const label = (s: MemberSummary) => (seesMember(viewer, s.member) ? s.name : `gemeente ${s.pseudonym}`);
  const others = members.filter((s) => !isOwn(viewer, s.member));
  const isMemberReader = viewer.kind === 'member';
  const count = (s: MemberSummary, pair: CountPair): MemberCount => ({ member: s.member, exact: pair.exact, rounded: pair.rounded });
  const shown = viewer.kind === 'provider' ? [] : members;

  const storiesContributing = members.filter((s) => s.stories.exact > 0).map((s) => s.member);
  const storyCounts = members.map((s) => count(s, s.stories));
  const questions = input.variables.map((v) => (v.kind === 'choice' ? choiceComparison(v, input, label) : numberComparison(v, input, label)));
  return {
    format: 'duiding.network-compare/v1',
    network: input.network,
    questionnaire: input.questionnaire,
    period: input.period,
    viewer: viewer.kind,
    minimumMembers: MINIMUM_MEMBERS,
    members: shown.map((s) => ({
      label: label(s),
      named: s.member.named,
      own: isOwn(viewer, s.member),
      stories: memberFigure(viewer, count(s, s.stories), input.ownExact),
    })),
    stories: {
      network: aggregateFigure(viewer, storyCounts, storiesContributing),
      rest: isMemberReader
        ? aggregateFigure(
            viewer,
            storyCounts,
            others.filter((s) => s.stories.exact > 0).map((s) => s.member),
          )
        : null,
    },
    questions,
    patterns: patternComparisons(input, label),
    indicators: input.indicators.map((i) => indicatorComparison(i, input, label)),
  };
}

type Label = (s: MemberSummary) => string;

function heterogeneity(
  viewer: NetworkViewer,
  test: { test: string; statistic: number; df: number; dfError?: number; p: number },
  contributing: readonly NetworkMember[],
  used: number,
): Heterogeneity {
  const allowed = aggregateAllowed(viewer, contributing);
  const p = allowed ? nullableNaN(test.p) : tooFewMembers();
  return {
    test: test.test,
    statistic: allowed ? nullableNaN(test.statistic) : tooFewMembers(),
    df: test.df,
    ...(test.dfError !== undefined ? { dfError: test.dfError } : {}),
    p,
    members: used,
    verdict: typeof p !== 'number' ? 'unknown' : p < HETEROGENEITY_ALPHA ? 'differs' : 'same',
  };
}

/** JSON has no NaN: a figure that cannot be computed is null. */
const nullableNaN = (x: number): number | null => (Number.isFinite(x) ? x : null);

function choiceComparison(
  v: { name: string; question: string; text: Readonly<Record<string, string>> },
  input: NetworkCompareInput,
  label: Label,
): ChoiceComparison {
  const { viewer } = input;
  const withVariable = input.members.flatMap((s) => {
    const summary = s.variables.get(v.name);
    return summary?.kind === 'choice' && summary.answered.exact > 0 ? [{ s, summary }] : [];
  });
  const categories = [...new Set(withVariable.flatMap(({ summary }) => [...summary.categories.keys()]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const contributing = withVariable.map(({ s }) => s.member);
  const countsOf = (entries: typeof withVariable, category: string): MemberCount[] =>
    entries.map(({ s, summary }) => {
      const pair = summary.categories.get(category) ?? { exact: 0, rounded: sumDisclosed([], { apply: true, threshold: s.threshold, key: '' }) };
      return { member: s.member, exact: pair.exact, rounded: pair.rounded };
    });
  const others = withVariable.filter(({ s }) => !isOwn(viewer, s.member));
  const test = categoryHomogeneity(withVariable.map(({ summary }) => new Map([...summary.categories].map(([k, c]) => [k, c.exact]))));
  return {
    variable: v.name,
    question: v.question,
    text: v.text,
    kind: 'choice',
    categories,
    contributing: contributing.length,
    network: categories.map((c) => aggregateFigure(viewer, countsOf(withVariable, c), contributing)),
    rest:
      viewer.kind === 'member'
        ? categories.map((c) =>
            aggregateFigure(
              viewer,
              countsOf(others, c),
              others.map(({ s }) => s.member),
            ),
          )
        : null,
    members:
      viewer.kind === 'provider'
        ? []
        : withVariable.map(({ s }, i) => ({
            label: label(s),
            counts: categories.map((c) => memberFigure(viewer, countsOf([withVariable[i]], c)[0], input.ownExact)),
          })),
    heterogeneity: heterogeneity(viewer, test, contributing, test.members),
  };
}

function numberComparison(
  v: { name: string; question: string; text: Readonly<Record<string, string>> },
  input: NetworkCompareInput,
  label: Label,
): NumberComparison {
  const { viewer } = input;
  const withVariable = input.members.flatMap((s) => {
    const summary = s.variables.get(v.name);
    return summary?.kind === 'number' && summary.answered.exact > 0 ? [{ s, summary }] : [];
  });
  const contributing = withVariable.map(({ s }) => s.member);
  const others = withVariable.filter(({ s }) => !isOwn(viewer, s.member));
  const aggregate = (entries: typeof withVariable) => {
    const members = entries.map(({ s }) => s.member);
    return {
      n: aggregateFigure(
        viewer,
        entries.map(({ s, summary }) => ({ member: s.member, exact: summary.answered.exact, rounded: summary.answered.rounded })),
        members,
      ),
      median: nullOrStatistic(networkStatistic(viewer, medianOfCounts(pooledValueCounts(entries.map(({ summary }) => summary.values))), members)),
    };
  };
  const test = valueHeterogeneity(withVariable.map(({ summary }) => summary.values));
  return {
    variable: v.name,
    question: v.question,
    text: v.text,
    kind: 'number',
    contributing: contributing.length,
    network: aggregate(withVariable),
    rest: viewer.kind === 'member' ? aggregate(others) : null,
    members:
      viewer.kind === 'provider'
        ? []
        : withVariable.map(({ s, summary }) => {
            const n = memberFigure(viewer, { member: s.member, exact: summary.answered.exact, rounded: summary.answered.rounded }, input.ownExact);
            return { label: label(s), n, median: memberMedian(viewer, s, summary.answered, medianOfCounts(summary.values), input.ownExact) };
          }),
    heterogeneity: heterogeneity(viewer, test, contributing, test.members),
  };
}

/** A member's median, under the member's own value rule: shown when its least inferable count reaches its threshold. */
function memberMedian(viewer: NetworkViewer, s: MemberSummary, answered: CountPair, median: number, ownExact: boolean): NetworkFigure {
  if (!seesMember(viewer, s.member)) return notNamed();
  if (isOwn(viewer, s.member) && ownExact) return median;
  return typeof answered.rounded.figure === 'number' && answered.rounded.lower >= s.threshold ? median : { suppressed: true };
}

function patternComparisons(input: NetworkCompareInput, label: Label): PatternComparison[] {
  const { viewer } = input;
  const choices = input.variables.filter((v) => v.kind === 'choice');
  const numbers = input.variables.filter((v) => v.kind === 'number');
  const pairs: { a: string; b: string; kind: PatternComparison['kind'] }[] = [];
  for (let i = 0; i < choices.length; i++)
    for (let j = i + 1; j < choices.length; j++)
      if (choices[i].question !== choices[j].question) pairs.push({ a: choices[i].name, b: choices[j].name, kind: 'choice-choice' });
  for (let i = 0; i < numbers.length; i++)
    for (let j = i + 1; j < numbers.length; j++)
      if (numbers[i].question !== numbers[j].question) pairs.push({ a: numbers[i].name, b: numbers[j].name, kind: 'number-number' });
  for (const number of numbers)
    for (const choice of choices) if (number.question !== choice.question) pairs.push({ a: number.name, b: choice.name, kind: 'number-choice' });

  const raw = pairs.map((pair) => {
    const key = pairKey(pair.a, pair.b);
    if (pair.kind === 'choice-choice') {
      const entries = input.members.flatMap((s) => {
        const t = s.crosses.get(key);
        return t?.counts.some((row) => row.some((c) => c > 0)) ? [{ s, t }] : [];
      });
      const pooled = chiSquareIndependence(pooledCrossCounts(entries.map((e) => e.t)).counts);
      return {
        pair,
        entries: entries.map(({ s, t }) => ({ s, effect: cramersV(t) })),
        effect: pooled.cramersV,
        p: pooled.df > 0 ? pooled.p : Number.NaN,
        test: associationHeterogeneity(entries.map((e) => e.t)),
      };
    }
    if (pair.kind === 'number-choice') return numberChoicePattern(pair, input.members);
    const entries = input.members.flatMap((s) => {
      const r: RankCorrelation | undefined = s.correlations.get(key);
      return r && r.n > 0 ? [{ s, r }] : [];
    });
    const test = correlationHeterogeneity(entries.map((e) => e.r));
    return { pair, entries: entries.map(({ s, r }) => ({ s, effect: r.rho })), effect: test.pooledRho, p: test.pooledP, test };
  });
  const q = benjaminiHochberg(raw.map((r) => r.p));
  return raw
    .map((r, i) => {
      const contributing = r.entries.map((e) => e.s.member);
      const allowed = aggregateAllowed(viewer, contributing);
      const h = heterogeneity(viewer, r.test, contributing, r.test.members);
      const present = allowed && q[i] < PATTERN_Q;
      return {
        a: r.pair.a,
        b: r.pair.b,
        kind: r.pair.kind,
        contributing: contributing.length,
        effect: allowed ? nullableNaN(r.effect) : tooFewMembers(),
        p: allowed ? nullableNaN(r.p) : tooFewMembers(),
        q: allowed ? nullableNaN(q[i]) : tooFewMembers(),
        heterogeneity: h,
        verdict: !present || h.verdict === 'unknown' ? 'unknown' : h.verdict === 'differs' ? 'differs' : 'holds-everywhere',
        members:
          viewer.kind === 'provider'
            ? []
            : r.entries.map(({ s, effect }) => ({
                label: label(s),
                effect: !seesMember(viewer, s.member) ? notNamed() : nullableNaN(effect),
              })),
      } satisfies PatternComparison;
    })
    .filter((p) => p.q !== null);
}

/**
 * A number × choice pair: the scan's group test on the members' stories together, each member's
 * own effect by the same test, and the member × category interaction (group-heterogeneity.ts).
 * The members that contribute are those with a story that answered both.
 */
function numberChoicePattern(pair: { a: string; b: string; kind: PatternComparison['kind'] }, members: readonly MemberSummary[]) {
  const key = pairKey(pair.a, pair.b);
  const entries = members.flatMap((s) => {
    const cells: GroupValueCounts | undefined = s.groups.get(key);
    return cells && cells.size > 0 ? [{ s, cells }] : [];
  });
  const pooled = groupPattern(entries.map((e) => e.cells));
  const test = interactionHeterogeneity(entries.map((e) => new Map([...e.cells].map(([label, values]) => [label, cellMoments(values)]))));
  return {
    pair,
    entries: entries.map(({ s, cells }) => ({ s, effect: pooled ? (groupPattern([cells], pooled)?.effect ?? Number.NaN) : Number.NaN })),
    effect: pooled?.effect ?? Number.NaN,
    p: pooled?.p ?? Number.NaN,
    test,
  };
}

const nullOrStatistic = (x: number | TooFewMembers): Statistic => (typeof x === 'number' ? nullableNaN(x) : x);

function cramersV(t: CrossCounts): number {
  return chiSquareIndependence(t.counts).cramersV;
}

function indicatorComparison(i: { key: string; name: string; unit: string }, input: NetworkCompareInput, label: Label): IndicatorComparison {
  const { viewer } = input;
  const entries = input.members.flatMap((s) => {
    const f = s.indicators.get(i.key);
    return f && f.value !== null ? [{ s, f }] : [];
  });
  const contributing = entries.map((e) => e.s.member);
  const network = !aggregateAllowed(viewer, contributing)
    ? tooFewMembers()
    : pooledIndicator(
        entries.map((e) => e.f),
        entries.map((e) => e.s.threshold),
      );
  let provider: NetworkFigure | null = null;
  if (viewer.kind === 'provider') {
    const own = input.members.flatMap((s) => {
      const f = s.providerIndicators.get(viewer.providerCode)?.get(i.key);
      return f && f.value !== null ? [{ s, f }] : [];
    });
    provider = aggregateAllowed(
      viewer,
      own.map((e) => e.s.member),
    )
      ? pooledIndicator(
          own.map((e) => e.f),
          own.map((e) => e.s.threshold),
        )
      : tooFewMembers();
  }
  return {
    key: i.key,
    name: i.name,
    unit: i.unit,
    contributing: contributing.length,
    network,
    provider,
    members:
      viewer.kind === 'provider'
        ? []
        : entries.map(({ s, f }) => ({
            label: label(s),
            value: !seesMember(viewer, s.member)
              ? notNamed()
              : isOwn(viewer, s.member) && input.ownExact
                ? f.value
                : f.numerator !== null && f.numerator < s.threshold
                  ? { suppressed: true }
                  : f.value,
            period: seesMember(viewer, s.member) ? f.period : null,
          })),
  };
}

/**
 * The network's figure of an indicator: Σ numerator / Σ denominator when every member reports
 * both (a rate of the region, not a mean of rates); the plain mean of the members' values for an
 * indicator without counts (a waiting time); null when members mix the two. Hidden when the
 * numerators together stay below the smallest threshold, as a member's own value would be.
 */
function pooledIndicator(figures: readonly IndicatorFigure[], thresholds: readonly number[]): NetworkFigure | null {
  if (figures.length === 0) return null;
  if (figures.every((f) => f.numerator !== null && f.denominator !== null)) {
    const numerator = figures.reduce((s, f) => s + f.numerator!, 0);
    const denominator = figures.reduce((s, f) => s + f.denominator!, 0);
    if (numerator < Math.min(...thresholds)) return { suppressed: true };
    return denominator === 0 ? null : numerator / denominator;
  }
  if (figures.every((f) => f.numerator === null)) return figures.reduce((s, f) => s + f.value!, 0) / figures.length;
  return null;
}
