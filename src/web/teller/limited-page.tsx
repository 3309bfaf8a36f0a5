// What a teller without JavaScript sees when their address has used up the shared request budget
// (http/rate-limit.ts): a page in their language, not problem+json, with how long to wait.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { LANG_COOKIE } from '../i18n/index.ts';
import { tellerCatalogLanguage, tellerMessages } from '../i18n/teller-catalogs.ts';
import { TellerMessagePage } from '../pages/teller/message.tsx';
import { TELLER_LANG_COOKIE } from './languages.ts';

export function limitedTellerPage(c: Context, retryAfterSeconds: number): Response | Promise<Response> {
  const asked = c.req.query('lang') ?? getCookie(c, TELLER_LANG_COOKIE) ?? getCookie(c, LANG_COOKIE) ?? 'nl';
  // Only a language with a catalog: the page has nothing else to say it in.
  const lang = tellerCatalogLanguage(asked) ?? 'nl';
  const t = tellerMessages(lang);
  return c.html(<TellerMessagePage frame={{ lang, t, tenantName: null }} title={t.closed.busyTitle} message={t.closed.busy(retryAfterSeconds)} />, 429);
}
