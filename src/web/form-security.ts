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
