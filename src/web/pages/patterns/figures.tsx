// Small pieces the pattern pages share: the strength word with its number, q and p written for
// reading, and the filter in words.
import type { PatternRow } from '../../../services/pattern-explorer.ts';
import type { View } from '../../view.ts';

export function formatP(value: number | null, lang: 'nl' | 'en'): string {
  if (value === null) return '—';
  if (value < 0.001) return lang === 'nl' ? '< 0,001' : '< 0.001';
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3, minimumFractionDigits: 3 }).format(value);
}

export function StrengthText({ view, row }: { view: View; row: PatternRow }) {
  const { lang, t } = view;
  const effect = row.pattern.effect;
  if (!row.strength || effect.value === null) return <>{t.patterns.list.noEffect}</>;
  const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(effect.value);
  return (
    <>
      <strong>{row.strength.label[lang]}</strong>{' '}
      <span class="duiding-nowrap">
        ({effectName(effect.name)} {number})
      </span>
    </>
  );
}

export function effectName(name: string): string {
  return { rho: 'ρ', 'rank-biserial': 'r', epsilon2: 'ε²', 'cramers-v': 'V' }[name] ?? name;
}
