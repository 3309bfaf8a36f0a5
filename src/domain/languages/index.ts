// Languages of the wijk: what a BCP 47 tag (nl, ar, tr, pl, uk, ti, so, pap, sr-Latn …) means for
// the storyteller's page and for search. Pure: only the ICU data that ships with Node.

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Samaritan, Mandaic. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Samr', 'Mand']);

/** A tag as questionnaires spell it (parse.ts checks the shape): "nl", "ar", "sr-Latn". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const locale = (tag: string): Intl.Locale | null => {
  try {
    return new Intl.Locale(tag);
  } catch {
    return null;
  }
};

/** The writing direction, by the script of the tag (explicit, e.g. "az-Arab", or the likely one). */
export function directionOf(tag: string): 'rtl' | 'ltr' {
  const script = locale(tag)?.maximize().script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** The language named in itself ("العربية", "Türkçe", "Polski"), for a chooser; the tag when ICU does not know it. */
export function nativeName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** The language named in Dutch or English, for the workbench ("Arabisch", "Turks"). */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * PostgreSQL text search configuration per language (primary subtag). Only configurations that
 * exist on PostgreSQL 15 and on PGlite (checked with `select cfgname from pg_ts_config`); every
 * other language (Polish, Ukrainian, Tigrinya, Somali, Papiamento …) gets `simple`: words are
 * found as written, without stemming or stop words. Migration 0012 holds the same table in SQL
 * (duiding_text_search_config); tests/unit/languages.test.ts keeps the two equal.
 */
export const TEXT_SEARCH_CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  nb: 'norwegian',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

export function textSearchConfig(tag: string): string {
  return TEXT_SEARCH_CONFIGS[tag.toLowerCase().split('-')[0]] ?? 'simple';
}
