// How the analyst's charts and their tables write a number (at most one decimal by default).
export const fmt = (value: number, lang: 'nl' | 'en', digits = 1) =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
