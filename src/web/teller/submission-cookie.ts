// The submission id of the no-JavaScript teller form, kept in a cookie for the collection's path
// (issue 17 #2). The form page is never cached (no-store), so "Back" after sending fetches the
// form anew; browsers then restore the typed answers but not a hidden field. Rendering the id
// from this cookie gives the page after Back the same id, so sending again returns the same story
// and code (services/collect/submit.ts: a retry with the same id and content is not stored twice).
// The script-driven form makes its own id per story (assets/teller.js) and ignores this one.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

const COOKIE = 'duiding-inzending';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Long enough to go back and send again, short enough that a story told next week starts fresh. */
const MAX_AGE_SECONDS = 6 * 3600;

function remember(c: Context, slug: string, id: string, secure: boolean): string {
  setCookie(c, COOKIE, id, { path: `/vertel/${slug}`, httpOnly: true, sameSite: 'Lax', secure, maxAge: MAX_AGE_SECONDS });
  return id;
}

/** The id for a freshly rendered form: the one this browser was given before, or a new one. */
export function formSubmissionId(c: Context, slug: string, secure: boolean): string {
  const known = getCookie(c, COOKIE);
  return remember(c, slug, known && UUID.test(known) ? known : randomUUID(), secure);
}

/** A new id, after the old one was used for a different story: the next send is a new story. */
export function renewSubmissionId(c: Context, slug: string, secure: boolean): string {
  return remember(c, slug, randomUUID(), secure);
}

/** What the form says when this browser's id already holds another story. */
export const SENT_BEFORE = {
  nl: 'U heeft al eerder een verhaal verstuurd. Is dit een nieuw verhaal? Druk dan nog een keer op de knop om het te versturen.',
  en: 'You already sent a story before. Is this a new story? Then press the button once more to send it.',
};
