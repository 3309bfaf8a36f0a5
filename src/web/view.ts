// What every page needs to render: language, texts, the signed-in person.
import type { Context } from 'hono';
import type { RequestEnv as AppEnv } from '../http/request-env.ts';
import type { RequestEnv } from '../http/request-env.ts';
import type { Session } from '../services/auth/sessions.ts';
import type { ServiceContext } from '../services/context.ts';
import { chooseLanguage, messages, type Lang, type Messages } from './i18n/index.ts';

export interface View {
  lang: Lang;
  t: Messages;
  session: Session | null;
  /** The current page in the other language. */
  languageHref: string;
}

export function viewOf(c: Context<AppEnv>, secureCookies: boolean): View {
  const lang = chooseLanguage(c, secureCookies);
  const url = new URL(c.req.url);
  url.searchParams.set('lang', lang === 'nl' ? 'en' : 'nl');
  return { lang, t: messages(lang), session: c.get('session'), languageHref: `${url.pathname}?${url.searchParams}` };
}

/** Pages behind requirePage always have a session. */
export function serviceContextOf(c: Context<AppEnv>): ServiceContext {
  const session = c.get('session')!;
  return { db: c.get('db'), tenantId: session.tenantId, actorUserId: session.userId };
}
