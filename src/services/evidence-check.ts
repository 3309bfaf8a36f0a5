// Checks that every pattern, story, indicator series or dialogue named as evidence or material
// exists in this municipality, so that a status never rests on a reference to nothing.
import { findObservationRow, listInterpretationRows } from '../db/repositories/observations.repository.ts';
import { incompleteProblem, isComplete } from '../domain/sensemaking/rules.ts';
import { findStoriesByRefs } from '../db/repositories/dialogues.repository.ts';
import { listObservations } from '../db/repositories/indicators.repository.ts';
import { strengthOf } from '../domain/monitor/strength.ts';
import { questionOfVariable, type EvidenceItem, type PatternStats } from '../domain/opgaven/evidence.ts';
import type { Pattern } from '../domain/patterns/types.ts';
import type { Problem } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { loadLabels, type LabelBook } from './opgaven-labels.ts';
import { scanQuestionnaire } from './patterns.ts';

export async function checkReferences(
  ctx: ServiceContext,
  items: readonly EvidenceItem[],
  at: string,
  problems: Problem[],
  book?: LabelBook,
): Promise<LabelBook> {
  const labels = book ?? (await loadLabels(ctx));
  const refs = items.flatMap((i) => (i.kind === 'story' ? [i.ref] : []));
  const stories = new Map((await findStoriesByRefs(ctx.db, ctx.tenantId, refs)).map((s) => [s.ref, s]));
  const seriesCache = new Map<string, Set<string>>();
  for (const [index, item] of items.entries()) {
    const field = `${at}[${index}]`;
    const missing = (name: string, nl: string, en: string) => problems.push({ field: `${field}.${name}`, code: 'unknown-reference', nl, en });
    switch (item.kind) {
      case 'pattern': {
        const questions = labels.questionnaires.get(item.questionnaire);
        if (!questions) {
          missing('questionnaire', `vragenlijst "${item.questionnaire}" bestaat niet`, `questionnaire "${item.questionnaire}" does not exist`);
          break;
        }
        for (const side of ['a', 'b'] as const) {
          const q = questionOfVariable(item[side]);
          if (!questions.some((question) => question.key === q))
            missing(side, `vraag "${q}" staat niet in vragenlijst "${item.questionnaire}"`, `question "${q}" is not in "${item.questionnaire}"`);
        }
        if (questionOfVariable(item.a) === questionOfVariable(item.b))
          missing('b', 'een patroon gaat over twee verschillende vragen', 'a pattern pairs two different questions');
        break;
      }
      case 'story':
        if (!stories.has(item.ref)) missing('ref', `verhaal "${item.ref}" bestaat niet`, `story "${item.ref}" does not exist`);
        break;
      case 'indicator': {
        if (!labels.indicators.has(item.indicator)) {
          missing('indicator', `indicator "${item.indicator}" bestaat niet`, `indicator "${item.indicator}" does not exist`);
          break;
        }
        if (!seriesCache.has(item.indicator)) {
          seriesCache.set(item.indicator, new Set((await listObservations(ctx.db, ctx.tenantId, item.indicator)).map((o) => o.area)));
        }
        if (!seriesCache.get(item.indicator)!.has(item.area))
          missing(
            'area',
            `er zijn geen cijfers van "${item.indicator}" voor gebied "${item.area}"`,
            `no observations of "${item.indicator}" for area "${item.area}"`,
          );
        break;
      }
      case 'observation': {
        // Only a complete observation (two competing interpretations or more) may feed a dialogue.
        const found = await findObservationRow(ctx.db, ctx.tenantId, item.observation);
        if (!found) {
          missing('observation', 'deze observatie bestaat niet', `observation ${item.observation} does not exist`);
          break;
        }
        const have = (await listInterpretationRows(ctx.db, ctx.tenantId, [found.id])).length;
        if (!isComplete(have)) problems.push(incompleteProblem(`${field}.observation`, have));
        break;
      }
      case 'dialogue':
        if (!labels.dialogues.has(item.dialogue)) missing('dialogue', 'deze dialoog bestaat niet', `dialogue ${item.dialogue} does not exist`);
        break;
    }
  }
  return labels;
}

/**
 * Looks every pattern item up in its questionnaire's scan (all stories, cached) and stores its
 * n, q, effect and strength word on the item, so the judgement keeps what it rested on. A pattern
 * that is not significant (q ≥ 0.05, n < 10, or untestable) is refused unless the judge confirmed
 * it (confirmNotSignificant); the message states its figures so the judge sees what they choose.
 */
export async function attachPatternStats(ctx: ServiceContext, items: EvidenceItem[], problems: Problem[]): Promise<void> {
  const scans = new Map<string, Pattern[]>();
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'pattern') continue;
    if (!scans.has(item.questionnaire)) scans.set(item.questionnaire, (await scanQuestionnaire(ctx, item.questionnaire)).patterns);
    const found = scans.get(item.questionnaire)!.find((p) => (p.a === item.a && p.b === item.b) || (p.a === item.b && p.b === item.a));
    const stats = found ? statsOf(found) : null;
    if (stats) item.stats = stats;
    // A confirmation is only kept where it was needed.
    if (stats?.significant) delete item.confirmNotSignificant;
    if (stats?.significant || item.confirmNotSignificant === true) continue;
    const field = `evidence.items[${index}].confirmNotSignificant`;
    if (!stats) {
      problems.push({
        field,
        code: 'not-significant',
        nl: 'dit patroon is niet getoetst (te weinig verhalen met beide antwoorden); bevestig dat u het toch als bewijs wilt gebruiken',
        en: 'this pattern was not tested (too few stories with both answers); confirm that you want to use it as evidence anyway',
      });
      continue;
    }
    const nl = describe(stats, 'nl');
    const en = describe(stats, 'en');
    problems.push({
      field,
      code: 'not-significant',
      nl: `dit patroon is niet statistisch zeker (${nl}); bevestig dat u het toch als bewijs wilt gebruiken — het wordt dan zo gemarkeerd`,
      en: `this pattern is not statistically significant (${en}); confirm that you want to use it as evidence anyway — it will be labelled so`,
    });
  }
}

function statsOf(pattern: Pattern): PatternStats {
  return {
    test: pattern.test,
    n: pattern.n,
    q: pattern.q,
    effect: { name: pattern.effect.name, value: pattern.effect.value },
    strength: strengthOf(pattern)?.word ?? null,
    significant: pattern.significant,
  };
}

const SYMBOL: Record<string, string> = { 'cramers-v': 'V', 'rank-biserial': 'r', epsilon2: 'ε²', rho: 'ρ' };
const WORDS: Record<string, { nl: string; en: string }> = {
  'zeer-zwak': { nl: 'zeer zwak', en: 'very weak' },
  zwak: { nl: 'zwak', en: 'weak' },
  matig: { nl: 'matig', en: 'moderate' },
  sterk: { nl: 'sterk', en: 'strong' },
};

/** "n = 212, q = 0,31, V = 0,08 (zeer zwak)" in the reader's language. */
function describe(stats: PatternStats, lang: 'nl' | 'en'): string {
  const number = (v: number, digits: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumSignificantDigits: digits }).format(v);
  const q = stats.q === null ? '–' : stats.q < 0.001 ? `< ${number(0.001, 1)}` : `= ${number(stats.q, 2)}`;
  const effect = stats.effect.value === null ? '' : `, ${SYMBOL[stats.effect.name] ?? stats.effect.name} = ${number(stats.effect.value, 2)}`;
  const word = stats.strength ? ` (${WORDS[stats.strength]?.[lang] ?? stats.strength})` : '';
  return `n = ${number(stats.n, 21)}, q ${q}${effect}${word}`;
}
