// How a pattern's or link's statistics read on the page: in plain words, the strength word with
// the measure's value ("Een matig verschil (sterkte 0,12), in 212 verhalen."). The test, the
// measure's symbol and q are for the Verantwoording (method-section.tsx), not for the main text.
import type { EvidenceView, MonitorPattern, WarmColdLink } from '../../../domain/monitor/types.ts';
import { formatNumber } from '../../format.ts';
import type { View } from '../../view.ts';

const SYMBOL: Record<string, string> = { 'cramers-v': 'V', 'rank-biserial': 'r', epsilon2: 'ε²', rho: 'ρ' };

export function formatQ(q: number | null, lang: View['lang']): string {
  if (q === null) return '–';
  return q < 0.001 ? `< ${formatNumber(0.001, lang)}` : `= ${formatNumber(Math.round(q * 1000) / 1000, lang)}`;
}

function _effectText(pattern: MonitorPattern, lang: View['lang']): string {
  const value = pattern.effect.value;
  return `${SYMBOL[pattern.effect.name] ?? pattern.effect.name} = ${value === null ? '–' : formatNumber(Math.round(value * 100) / 100, lang)}`;
}

/** The measure's value alone, two decimals: "0,12". */
export function effectValue(value: number | null, lang: View['lang']): string {
  return value === null ? '–' : formatNumber(Math.round(value * 100) / 100, lang);
}

/** Groups compared on a scale are a difference; two choices or two scales together, a link. */
function patternKind(test: string): 'difference' | 'link' {
  return test === 'mann-whitney' || test === 'kruskal-wallis' ? 'difference' : 'link';
}

export function PatternStatistics({ view, pattern }: { view: View; pattern: MonitorPattern }) {
  const m = view.t.monitor.patterns;
  const n = typeof pattern.n === 'number' ? formatNumber(pattern.n, view.lang) : view.t.monitor.tooFew;
  return (
    <p class="utrecht-paragraph duiding-monitor__statistics">
      {m.strength(pattern.strength.label[view.lang], patternKind(pattern.test), effectValue(pattern.effect.value, view.lang), n)}
      {pattern.significant ? null : <strong class="duiding-monitor__not-significant"> {m.notSignificant}</strong>}
    </p>
  );
}

export function LinkStatistics({ view, link }: { view: View; link: WarmColdLink }) {
  const m = view.t.monitor.warmCold;
  const lang = view.lang;
  return (
    <>
      {link.rho !== null ? (
        <p class="utrecht-paragraph">{m.rhoFull(formatNumber(Math.round(link.rho * 100) / 100, lang), link.strength?.[lang] ?? '', link.nAreas)}</p>
      ) : null}
      {link.significant ? null : (
        <p class="utrecht-paragraph">
          <strong>{m.notSignificant}</strong>
        </p>
      )}
      {link.fewAreas ? <p class="utrecht-paragraph">{m.fewAreas(link.nAreas)}</p> : null}
    </>
  );
}

/**
 * A pattern cited as evidence: "212 verhalen, sterkte 0,08 (zeer zwak)"; with `withQ` (the
 * analyst's opgave pages) also "q = 0,31".
 */
export function evidenceStatsText(stats: NonNullable<EvidenceView['stats']>, view: View, withQ = false): string {
  const lang = view.lang;
  const n = typeof stats.n === 'number' ? formatNumber(stats.n, lang) : view.t.monitor.tooFew;
  const word = stats.strength ? (view.t.monitor.patterns.words[stats.strength] ?? stats.strength) : '';
  const plain = view.t.monitor.patterns.evidence(n, effectValue(stats.effect.value, lang), word);
  return withQ ? `${plain}, ${SYMBOL[stats.effect.name] ?? stats.effect.name}, q ${formatQ(stats.q, lang)}` : plain;
}
