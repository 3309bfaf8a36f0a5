// The teller's language on /vertel/{slug} and /intrekken: any BCP 47 tag the collection offers,
// chosen by the teller at the start (the chooser in the header: plain links, no JavaScript needed)
// and remembered in a cookie of its own, so the workbench's nl/en cookie keeps its meaning.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { directionOf, nativeName } from '../../domain/languages/index.ts';
import type { PageEnv } from '../view.ts';

export const TELLER_LANG_COOKIE = 'duiding_vertel_taal';

/** One entry of the language chooser: the language named in itself, with its own lang and dir. */
export interface LanguageChoice {
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
  href: string;
  current: boolean;
}

/** "?lang=ar"; nothing for Dutch, the default, so existing Dutch links stay as they were. */
export const langQuery = (lang: string): string => (lang === 'nl' ? '' : `?lang=${encodeURIComponent(lang)}`);

/** Messages from the services come in Dutch and English only: English for English, else Dutch. */
export const problemLanguage = (lang: string): 'nl' | 'en' => (lang === 'en' ? 'en' : 'nl');

/**
 * The teller's language: asked (?lang=, remembered in its own cookie) or remembered, but only one
 * the collection offers; else the workbench language (the page view chose it, and remembered an
 * asked nl or en in the workbench cookie too), else Dutch.
 */
export function pickTellerLanguage(c: Context<PageEnv>, offered: string[]): string {
  const asked = c.req.query('lang');
  if (asked && offered.includes(asked)) {
    setCookie(c, TELLER_LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', httpOnly: true, secure: c.var.secureCookies, maxAge: 365 * 86_400 });
    return asked;
  }
  const remembered = getCookie(c, TELLER_LANG_COOKIE);
  if (remembered && offered.includes(remembered)) return remembered;
  const workbench = c.var.view.lang;
  if (offered.includes(workbench)) return workbench;
  return offered.includes('nl') ? 'nl' : (offered[0] ?? 'nl');
}

/** The chooser's entries, in the collection's order; `?lang=` on every link (also Dutch: it overrides a remembered choice). */
export function languageChoices(offered: string[], current: string, path: string, param = 'lang'): LanguageChoice[] | undefined {
  if (offered.length < 2) return undefined;
  return offered.map((tag) => ({
    tag,
    name: nativeName(tag),
    dir: directionOf(tag),
    href: `${path}?${param}=${encodeURIComponent(tag)}`,
    current: tag === current,
  }));
}
