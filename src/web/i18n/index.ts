// Picks the workbench language: ?lang=en|nl (remembered in the duiding_lang cookie), else the
// cookie, else Dutch.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { en } from './en.ts';
import type { Lang } from './lang.ts';
import { nl, type Messages } from './nl.ts';

export type { Lang, Messages };

export const LANG_COOKIE = 'duiding_lang';
const CATALOGS: Record<Lang, Messages> = { nl, en };

const isLang = (value: string | undefined): value is Lang => value === 'nl' || value === 'en';

export function messages(lang: Lang): Messages {
  return CATALOGS[lang];
}

export function chooseLanguage(c: Context, secureCookies: boolean): Lang {
  const asked = c.req.query('lang');
  if (isLang(asked)) {
    setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', httpOnly: true, secure: secureCookies, maxAge: 365 * 86_400 });
    return asked;
  }
  const remembered = getCookie(c, LANG_COOKIE);
  return isLang(remembered) ? remembered : 'nl';
}

/** Text of a questionnaire label in the page language, falling back to Dutch, then to any. */
export function localized(text: Record<string, string> | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nl ?? Object.values(text)[0] ?? '';
}
