// What every page needs to render: language, texts, the signed-in person (with the CSRF token
// its forms carry). pageView builds it once per request, before the guard, so a page handler
// reads c.var.view and never builds it again.
import type { Context } from 'hono';
import { createFactory } from 'hono/factory';
import type { RequestEnv } from '../http/request-env.ts';
import { allows, type Permission } from '../services/auth/policy.ts';
import type { Session } from '../services/auth/sessions.ts';
import { chooseLanguage, messages, type Lang, type Messages } from './i18n/index.ts';

export interface View {
  lang: Lang;
  t: Messages;
  session: Session | null;
  /** The current page in the other language. */
  languageHref: string;
  /** Whether the signed-in person's role allows this (false when signed out). */
  may(permission: Permission): boolean;
}

/** What a page's context carries: the request kit's variables and the view. */
export type PageEnv = { Variables: RequestEnv['Variables'] & { view: View } };
type PageContext = Context<PageEnv>;

function viewOf<E extends RequestEnv>(c: Context<E>): View {
  const request = c as unknown as Context<RequestEnv>;
  const lang = chooseLanguage(c, request.get('secureCookies'));
  const url = new URL(c.req.url);
  url.searchParams.set('lang', lang === 'nl' ? 'en' : 'nl');
  // Null also for an error page of a request that failed before loadSession ran (a body too large).
  const session = request.get('session') ?? null;
  return {
    lang,
    t: messages(lang),
    session,
    languageHref: `${url.pathname}?${url.searchParams}`,
    may: (permission) => session !== null && allows(session.roles, permission),
  };
}

/** Page sub-apps and middleware, typed with the view. */
const pages = createFactory<PageEnv>();

/** The pages' middleware: the view, once, for the guard and the handler alike. */
export const pageView = () =>
  pages.createMiddleware(async (c, next) => {
    c.set('view', viewOf(c));
    await next();
  });

/** The view of a page request; built here when the error came before pageView ran. */
export function pageViewOf(c: Context): View {
  return (c as PageContext).get('view') ?? viewOf(c as PageContext);
}
