// The app's requireCsrf reads `_csrf` only from urlencoded bodies; multipart forms (uploads) are
// checked here, against the same session token, in constant time.
import { timingSafeEqual } from 'node:crypto';
import type { Session } from '../services/auth/sessions.ts';

export function formCsrfMatches(form: Record<string, unknown>, session: Session): boolean {
  const given = form._csrf;
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The Origin check for cross-site form posts (hono/csrf in app.ts). In production only the public
 * URL's origin passes: a page on the visitor's own machine (http://localhost:…) must not be able to
 * post a sign-in form to the real site (login CSRF). In development the app is also reached as
 * localhost or 127.0.0.1 on any port, so those pass there.
 */
export function originAllowed(publicUrl: string, production: boolean): (origin: string) => boolean {
  const own = new URL(publicUrl).origin;
  return (origin) => origin === own || (!production && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin));
}
