// What a teller without JavaScript sees when their address has used up the shared request budget
// (http/rate-limit.ts): a page in their language, not problem+json, with how long to wait.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { LANG_COOKIE } from '../i18n/index.ts';
import { tellerEn, tellerNl } from '../i18n/teller.ts';
import { TellerMessagePage } from '../pages/teller/message.tsx';

export function limitedTellerPage(c: Context, retryAfterSeconds: number): Response | Promise<Response> {
  const asked = c.req.query('lang') ?? getCookie(c, LANG_COOKIE);
  const lang = asked === 'en' ? 'en' : 'nl';
  const t = lang === 'en' ? tellerEn : tellerNl;
  return c.html(<TellerMessagePage frame={{ lang, t, tenantName: null }} title={t.closed.busyTitle} message={t.closed.busy(retryAfterSeconds)} />, 429);
}
