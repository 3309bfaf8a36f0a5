// How a pattern's or link's statistics read on the page: the effect with its symbol, q, the
// strength word. The same words reach the report through the MonitorData (strength.label).
import type { EvidenceView, MonitorPattern, WarmColdLink } from '../../../services/monitor/types.ts';
import { formatNumber } from '../../format.ts';
import type { View } from '../../view.ts';

const SYMBOL: Record<string, string> = { 'cramers-v': 'V', 'rank-biserial': 'r', epsilon2: 'ε²', rho: 'ρ' };

export function formatQ(q: number | null, lang: View['lang']): string {
  if (q === null) return '–';
  return q < 0.001 ? `< ${formatNumber(0.001, lang)}` : `= ${formatNumber(Math.round(q * 1000) / 1000, lang)}`;
}

export function effectText(pattern: MonitorPattern, lang: View['lang']): string {
  const value = pattern.effect.value;
  return `${SYMBOL[pattern.effect.name] ?? pattern.effect.name} = ${value === null ? '–' : formatNumber(Math.round(value * 100) / 100, lang)}`;
}

export function PatternStatistics({ view, pattern }: { view: View; pattern: MonitorPattern }) {
  const m = view.t.monitor.patterns;
  const n = typeof pattern.n === 'number' ? formatNumber(pattern.n, view.lang) : view.t.monitor.tooFew;
  return (
    <p class="utrecht-paragraph duiding-monitor__statistics">
      {m.strength(pattern.strength.label[view.lang], effectText(pattern, view.lang), n, formatQ(pattern.q, view.lang))}
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
        <p class="utrecht-paragraph">{m.rhoFull(formatNumber(Math.round(link.rho * 100) / 100, lang), link.strength?.[lang] ?? '', link.nAreas, formatQ(link.q, lang))}</p>
      ) : null}
      {link.significant ? null : <p class="utrecht-paragraph"><strong>{m.notSignificant}</strong></p>}
      {link.fewAreas ? <p class="utrecht-paragraph">{m.fewAreas(link.nAreas)}</p> : null}
    </>
  );
}

/** "n = 212, q = 0,31, V = 0,08 (zeer zwak)" for a pattern cited as evidence. */
export function evidenceStatsText(stats: NonNullable<EvidenceView['stats']>, view: View): string {
  const lang = view.lang;
  const n = typeof stats.n === 'number' ? formatNumber(stats.n, lang) : view.t.monitor.tooFew;
  const effect = stats.effect.value === null ? '' : `, ${SYMBOL[stats.effect.name] ?? stats.effect.name} = ${formatNumber(Math.round(stats.effect.value * 100) / 100, lang)}`;
  const word = stats.strength ? ` (${view.t.monitor.patterns.words[stats.strength] ?? stats.strength})` : '';
  return `n = ${n}, q ${formatQ(stats.q, lang)}${effect}${word}`;
}
