// What the comparison page (/vergelijken/{questionnaire}) needs beside the comparison itself: the
// answers a subset can be built from, the collections, the names of areas and providers, and the
// indicators of the areas and providers the subsets are about (cold data beside warm).
import { listDefinitions, listObservations } from '../db/repositories/indicators.repository.ts';
import { findQuestionnaire, listCollections } from '../db/repositories/questionnaires.repository.ts';
import { listAreas, listProviders } from '../db/repositories/tenants.repository.ts';
import { indicatorValue } from '../domain/disclosure/indicators.ts';
import type { Figure } from '../domain/privacy/suppression.ts';
import type { LocalizedText, Questionnaire } from '../domain/questionnaire/types.ts';
import { filterObservations, visibleProviders } from './auth/provider-scope.ts';
import type { ServiceContext } from './context.ts';
import { readerPolicy } from './disclosure.ts';

interface AnswerChoice {
  question: string;
  text: LocalizedText;
  /** `value` is the filter part (`wijk=WK999901`), `label` what the analyst reads. */
  options: { value: string; label: LocalizedText | string }[];
}

export interface CompareChoices {
  key: string;
  title: LocalizedText;
  definition: Questionnaire;
  answers: AnswerChoice[];
  collections: { slug: string; title: string }[];
  /** Area code → name, provider code → name. */
  names: Record<string, string>;
}

const LEVEL_PREFIX = { gemeente: 'GM', wijk: 'WK', buurt: 'BU' } as const;

export async function compareChoices(ctx: ServiceContext, key: string): Promise<CompareChoices | null> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, key);
  if (!questionnaire) return null;
  const areas = await listAreas(ctx.db, ctx.tenantId);
  const providers = await listProviders(ctx.db, ctx.tenantId);
  const names: Record<string, string> = {};
  for (const a of areas) names[a.code] = a.name;
  for (const p of providers) names[p.code] = p.name;
  const answers: AnswerChoice[] = [];
  for (const q of questionnaire.definition.questions) {
    if (q.type === 'choice' || q.type === 'multichoice') {
      answers.push({ question: q.key, text: q.text, options: q.options.map((o) => ({ value: `${q.key}=${o.key}`, label: o.text })) });
    } else if (q.type === 'area') {
      const listed = q.areas ?? areas.filter((a) => a.code.startsWith(LEVEL_PREFIX[q.level])).map((a) => ({ code: a.code, name: a.name }));
      answers.push({
        question: q.key,
        text: q.text,
        options: listed.map((a) => ({ value: `${q.key}=${a.code}`, label: `${names[a.code] ?? a.name} (${a.code})` })),
      });
    }
  }
  const collections = (await listCollections(ctx.db, ctx.tenantId, questionnaire.id)).map((c) => ({ slug: c.slug, title: c.title }));
  return { key: questionnaire.key, title: questionnaire.definition.title, definition: questionnaire.definition, answers, collections, names };
}

export interface IndicatorBeside {
  /** The subset whose filter names this area or provider. */
  subset: string;
  indicator: string;
  name: string;
  unit: string;
  /** Area or provider code, and its name. */
  code: string;
  who: string;
  period: string;
  /** Disclosure applied (a value on a small numerator is suppressed for raad and aanbieder). */
  value: Figure | null;
}

/**
 * The newest figure of every indicator for each area (whole area) or provider a subset is
 * filtered on. Codes come from the subsets' answer filters: area codes and provider codes.
 */
export async function indicatorsBeside(ctx: ServiceContext, codesPerSubset: Record<string, string[]>): Promise<IndicatorBeside[]> {
  const wanted = new Set(Object.values(codesPerSubset).flat());
  if (wanted.size === 0) return [];
  const definitions = new Map((await listDefinitions(ctx.db, ctx.tenantId)).map((d) => [d.key, d]));
  const observations = filterObservations(await listObservations(ctx.db, ctx.tenantId), await visibleProviders(ctx));
  const names = new Map<string, string>();
  for (const a of await listAreas(ctx.db, ctx.tenantId)) names.set(a.code, a.name);
  for (const p of await listProviders(ctx.db, ctx.tenantId)) names.set(p.code, p.name);
  const policy = await readerPolicy(ctx);
  const newest = new Map<string, (typeof observations)[number]>();
  for (const o of observations) {
    const code = o.provider ?? o.area;
    if (!wanted.has(code) || (o.provider === null && !wanted.has(o.area))) continue;
    const id = `${o.indicator}|${code}`;
    const seen = newest.get(id);
    if (!seen || seen.period < o.period) newest.set(id, o);
  }
  const rows: IndicatorBeside[] = [];
  for (const [subset, codes] of Object.entries(codesPerSubset)) {
    for (const o of newest.values()) {
      const code = o.provider ?? o.area;
      if (!codes.includes(code)) continue;
      const definition = definitions.get(o.indicator);
      rows.push({
        subset,
        indicator: o.indicator,
        name: definition?.name ?? o.indicator,
        unit: definition?.unit ?? '',
        code,
        who: names.get(code) ?? code,
        period: o.period,
        value: indicatorValue(o, policy),
      });
    }
  }
  return rows.sort((x, y) => x.subset.localeCompare(y.subset) || x.name.localeCompare(y.name, 'nl') || x.code.localeCompare(y.code));
}
