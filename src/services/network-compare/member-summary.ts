// One member's contribution to a network comparison, computed in that member's own scope (its
// row-level security, its disclosure key and threshold): counts exact and rounded by its own
// engine, value counts, cross counts and ρ. Nothing row-shaped leaves this function, so the same
// code can run on the member's own node in a distributed deployment (docs/network.md, "Schaal").
import { findQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { listStoryMonths } from '../../db/repositories/disclosure.repository.ts';
import { findTenantById } from '../../db/repositories/monitor.repository.ts';
import { municipalityIndicatorFigures, questionnaireKeyById } from '../../db/repositories/network-compare.repository.ts';
import { cellAtoms, monthAtoms, type StoryMonths } from '../../domain/disclosure/atoms.ts';
import { discloseAtoms, type DisclosurePolicy } from '../../domain/disclosure/rounding.ts';
import {
  categoryCounts,
  crossCounts,
  type CrossCounts,
  type GroupValueCounts,
  groupValueCounts,
  type RankCorrelation,
  rankCorrelation,
  valueCounts,
} from '../../domain/network/member-statistics.ts';
import { type CountPair, type IndicatorFigure, type MemberSummary, pairKey, type VariableSummary } from '../../domain/network/summary.ts';
import { inMonthRange, type MonthRange } from '../../domain/network/period.ts';
import { deriveVariables } from '../../domain/patterns/variables.ts';
import { thresholdFromSettings } from '../../domain/privacy/suppression.ts';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import { type PublishedAnswers, publishedAnswers } from '../answer-snapshot.ts';
import type { ServiceContext } from '../context.ts';

export interface MemberInput {
  /** The member's own questionnaire that adopted the shared instrument. */
  questionnaireId: string;
  /** Shared question keys this member asks (its adopted version's, within the compared version's). */
  sharedKeys: readonly string[];
  indicatorKeys: readonly string[];
  /** Only the stories collected in these months (Europe/Amsterdam) count. */
  period: MonthRange;
}

/** ctx is scoped to the member (tenantDatabase of its own tenant). */
/** Without member and pseudonym, which the network side knows (who is named, the letters). */
export type MemberOwnSummary = Omit<MemberSummary, 'member' | 'pseudonym'>;

export async function summarizeMember(ctx: ServiceContext, input: MemberInput): Promise<MemberOwnSummary> {
  const tenant = await findTenantById(ctx.db, ctx.tenantId);
  if (!tenant) throw new Error('member municipality not found in its own scope');
  const threshold = thresholdFromSettings(tenant.settings);
  // Counts leave the municipality rounded, whoever reads them elsewhere.
  const policy: DisclosurePolicy = { threshold, apply: true, key: tenant.disclosureKey };
  const key = await questionnaireKeyById(ctx.db, ctx.tenantId, input.questionnaireId);
  const questionnaire = key ? await findQuestionnaire(ctx.db, ctx.tenantId, key) : null;
  const empty = { exact: 0, rounded: discloseAtoms([], policy) };
  const base = { name: tenant.name, threshold };
  const indicators = await indicatorFigures(ctx, input.indicatorKeys);
  if (!questionnaire) return { ...base, stories: empty, variables: new Map(), crosses: new Map(), correlations: new Map(), groups: new Map(), ...indicators };

  const shared = new Set(input.sharedKeys);
  const definition: Questionnaire = { ...questionnaire.definition, questions: questionnaire.definition.questions.filter((q) => shared.has(q.key)) };
  const keys = definition.questions.filter((q) => q.type !== 'text').map((q) => q.key);
  const monthOf = new Map((await listStoryMonths(ctx.db, ctx.tenantId, { questionnaireIds: [questionnaire.id] })).map((r) => [r.id, r.month]));
  const answers = inPeriod(await publishedAnswers(ctx, questionnaire, keys), monthOf, input.period);
  const stories: StoryMonths = { ids: answers.ids, months: answers.ids.map((id) => monthOf.get(id) ?? '') };
  const counted = (member: (i: number) => boolean): CountPair => {
    const atoms = monthAtoms(stories, member);
    return { exact: atoms.reduce((s, a) => s + a.length, 0), rounded: discloseAtoms(atoms, policy) };
  };

  const derived = deriveVariables(definition, answers.answers);
  const variables = new Map<string, VariableSummary>();
  for (const v of derived.categorical) {
    const atoms = cellAtoms(stories, (i) => (v.codes[i] < 0 ? null : v.labels[v.codes[i]]));
    const categories = new Map<string, CountPair>();
    for (const [label, exact] of categoryCounts(v.labels, v.codes)) categories.set(label, { exact, rounded: discloseAtoms(atoms.get(label) ?? [], policy) });
    variables.set(v.name, { kind: 'choice', answered: counted((i) => v.codes[i] >= 0), categories });
  }
  for (const v of derived.numeric)
    variables.set(v.name, { kind: 'number', answered: counted((i) => !Number.isNaN(v.values[i])), values: valueCounts(v.values) });

  const crosses = new Map<string, CrossCounts>();
  const cats = derived.categorical;
  for (let i = 0; i < cats.length; i++)
    for (let j = i + 1; j < cats.length; j++)
      if (cats[i].question !== cats[j].question) crosses.set(pairKey(cats[i].name, cats[j].name), crossCounts(cats[i], cats[j]));
  const correlations = new Map<string, RankCorrelation>();
  const nums = derived.numeric;
  for (let i = 0; i < nums.length; i++)
    for (let j = i + 1; j < nums.length; j++)
      if (nums[i].question !== nums[j].question) correlations.set(pairKey(nums[i].name, nums[j].name), rankCorrelation(nums[i].values, nums[j].values));

  // Number × choice, the number first (as the local scan pairs them).
  const groups = new Map<string, GroupValueCounts>();
  for (const a of nums) for (const b of cats) if (a.question !== b.question) groups.set(pairKey(a.name, b.name), groupValueCounts(a.values, b));

  return { ...base, stories: counted(() => true), variables, crosses, correlations, groups, ...indicators };
}

/** The stories of the period, in their order (whole months, so the month atoms stay whole too). */
function inPeriod(answers: PublishedAnswers, monthOf: ReadonlyMap<string, string>, period: MonthRange): PublishedAnswers {
  if (period.start === null && period.end === null) return answers;
  const keep = answers.ids.flatMap((id, i) => (inMonthRange(period, monthOf.get(id) ?? '') ? [i] : []));
  return { ids: keep.map((i) => answers.ids[i]), answers: keep.map((i) => answers.answers[i]) };
}

async function indicatorFigures(ctx: ServiceContext, keys: readonly string[]) {
  const indicators = new Map<string, IndicatorFigure>();
  const providerIndicators = new Map<string, Map<string, IndicatorFigure>>();
  for (const row of await municipalityIndicatorFigures(ctx.db, ctx.tenantId, keys)) {
    const figure = { value: row.value, numerator: row.numerator, denominator: row.denominator, period: row.period };
    if (row.provider === '') indicators.set(row.key, figure);
    else {
      let of = providerIndicators.get(row.provider);
      if (!of) providerIndicators.set(row.provider, (of = new Map()));
      of.set(row.key, figure);
    }
  }
  return { indicators, providerIndicators };
}
