// "What the stories show": the strongest patterns of the opgave's questionnaires — qualifying
// (significant, no group or cell under the threshold, no rough chi-square), limited to questions
// linked to the theory of change when there are links, strongest first, one per pair of
// questions — each with chart data, a sentence, a strength word and its curated stories.
// Suppression is applied to the chart data before the sentence is written.
import { categoryLabel, higherEnd, isShareVariable, questionKeyOf, variableLabel } from '../../domain/monitor/labels.ts';
import { patternChart } from '../../domain/monitor/pattern-chart.ts';
import { patternSentence } from '../../domain/monitor/sentences.ts';
import { disqualification, strengthOf } from '../../domain/monitor/strength.ts';
import type { Pattern, PatternTest } from '../../domain/patterns/types.ts';
import { disclosePattern, type PatternStories } from '../../domain/disclosure/pattern-figures.ts';
import type { DisclosurePolicy } from '../../domain/disclosure/rounding.ts';
import { count, isSuppressed } from '../../domain/privacy/suppression.ts';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import type { ServiceContext } from '../context.ts';
import { scanQuestionnaire } from '../patterns.ts';
import type { MonitorPattern, SuppressionNote } from '../../domain/monitor/types.ts';

/** A council member reads a handful of patterns, not a scan. */
const MAX_PATTERNS = 5;

export interface PatternsSection {
  patterns: MonitorPattern[];
  scanned: number;
  significant: number;
  stories: number;
  tests: PatternTest[];
}

/**
 * The patterns a council reads: only those that qualify (domain/monitor/strength.ts: significant,
 * every group and cell at least the threshold, no rough chi-square), then ranked by strength
 * relative to the measure's own "large" boundary (Cohen), so ε², V, r and ρ compare fairly, and a
 * group of one story can no longer come first with V = 1. One per pair of questions.
 */
export function strongestPatterns(patterns: readonly Pattern[], linkedQuestions: ReadonlySet<string>, threshold: number, max = MAX_PATTERNS): Pattern[] {
  const linked = (p: Pattern) => linkedQuestions.size === 0 || linkedQuestions.has(questionKeyOf(p.a)) || linkedQuestions.has(questionKeyOf(p.b));
  const relative = (p: Pattern) => strengthOf(p)?.relative ?? 0;
  const ranked = patterns
    .filter((p) => linked(p) && disqualification(p, threshold) === null)
    .sort((x, y) => relative(y) - relative(x) || (x.q ?? 1) - (y.q ?? 1));
  const seen = new Set<string>();
  const chosen: Pattern[] = [];
  for (const p of ranked) {
    const pair = [questionKeyOf(p.a), questionKeyOf(p.b)].sort().join('|');
    if (seen.has(pair)) continue;
    seen.add(pair);
    chosen.push(p);
    if (chosen.length === max) break;
  }
  return chosen;
}

export async function patternsSection(
  ctx: ServiceContext,
  questionnaire: { key: string; definition: Questionnaire },
  input: {
    period: string | null;
    linkedQuestions: ReadonlySet<string>;
    areaNames: Record<string, string>;
    policy: DisclosurePolicy;
    notes: SuppressionNote[];
    /** The stories by month: the disclosure engine rounds the charts' counts from them. */
    stories: () => Promise<PatternStories>;
  },
): Promise<PatternsSection> {
  const scan = await scanQuestionnaire(ctx, questionnaire.key, { filter: { period: input.period } });
  const definition = questionnaire.definition;
  const labels = {
    category: (variable: string, value: string) => categoryLabel(definition, variable, value, input.areaNames),
    higher: (variable: string) => higherEnd(definition, variable),
    isShare: (variable: string) => isShareVariable(definition, variable),
  };
  const chosen = strongestPatterns(scan.patterns, input.linkedQuestions, input.policy.threshold);
  const exactView = { ...input.policy, apply: false };
  const source = input.policy.apply && chosen.length ? await input.stories() : null;
  const patterns = chosen.flatMap((p): MonitorPattern[] => {
    const a = { key: p.a, label: variableLabel(definition, p.a) };
    const b = { key: p.b, label: variableLabel(definition, p.b) };
    // For raad and aanbieder every count is rounded atom by atom (domain/disclosure); a pattern
    // whose stories cannot be split into atoms is left out rather than shown exactly.
    const exact = patternChart(p, labels, exactView);
    const disclosed = source ? disclosePattern(p, exact, source, input.policy) : { chart: exact, n: count(p.n, exactView) };
    if (!disclosed) return [];
    const { chart, n } = disclosed;
    if (chart.kind === 'groups') {
      for (const g of chart.groups)
        if (isSuppressed(g.n) || isSuppressed(g.median)) input.notes.push({ section: 'patterns', label: `${a.label.nl} — ${g.label.nl}` });
    } else if (chart.kind === 'table') {
      const hidden = chart.counts.flat().filter(isSuppressed).length;
      if (hidden) input.notes.push({ section: 'patterns', label: `${a.label.nl} × ${b.label.nl}` });
    }
    return [
      {
        key: `${p.a}|${p.b}`,
        questionnaire: questionnaire.key,
        a,
        b,
        test: p.test,
        n,
        q: p.q,
        effect: { name: p.effect.name, value: p.effect.value },
        strength: strengthView(p),
        significant: true,
        sentence: patternSentence({ test: p.test, n, a: a.label, b: b.label, chart, strength: strengthOf(p)?.label }),
        chart,
        stories: [],
      },
    ];
  });
  return {
    patterns,
    scanned: scan.patterns.length,
    significant: scan.patterns.filter((p) => p.significant).length,
    stories: scan.stories,
    tests: [...new Set(chosen.map((p) => p.test))],
  };
}

function strengthView(p: Pattern): MonitorPattern['strength'] {
  const s = strengthOf(p)!;
  return { word: s.word, label: s.label, convention: s.convention };
}
