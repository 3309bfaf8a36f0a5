// One-time links to set a password (reset by a beheerder, first administrator). No mail server:
// the link is printed on the console or shown to the beheerder, who passes it on. Only a hash of
// the token is stored; the link works once, expires after 24 hours, and ends every session.
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Database } from '../../db/connection.ts';
import {
  consumeToken,
  deleteSessionsOfUser,
  expireTokensOfUser,
  findLiveToken,
  findUserById,
  insertUserToken,
  setPasswordHash,
  updateUserProfile,
} from '../../db/repositories/accounts.repository.ts';
import { findUserByEmail, listLocalAccountsByEmail } from '../../db/repositories/users.repository.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import { hashToken } from './sessions.ts';

const LINK_HOURS = 24;
export const PASSWORD_MIN = 12;
const PASSWORD_MAX = 200;
/** A first administrator created by `serve` gets this placeholder address until they set theirs. */
export const PLACEHOLDER_DOMAIN = '@eerste-start.invalid';

export type LinkPurpose = 'password-reset' | 'first-admin';

export const linkPath = (token: string) => `/wachtwoord/${token}`;

/**
 * Creates a link for a local account; an older unused link of theirs stops working. A single
 * sign-on account (no home municipality) never gets a password, so never a link.
 */
export async function createPasswordLink(db: Database, userId: string, purpose: LinkPurpose = 'password-reset'): Promise<string> {
  if (!(await findUserById(db, userId))?.homeTenantId) throw new Error('a password link is only for an account of one municipality');
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await expireTokensOfUser(tx, userId);
    await insertUserToken(tx, { tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + LINK_HOURS * 3_600_000) });
  });
  return token;
}

export interface LinkInfo {
  email: string;
  displayName: string;
  purpose: LinkPurpose;
  /** The municipality the account belongs to (a link never reaches another one). */
  homeTenantId: string;
  /** The first administrator still has to give their e-mail address and name. */
  asksIdentity: boolean;
}

const tokenShape = /^[A-Za-z0-9_-]{20,100}$/;

/** What the page shows for a link, or null when it is unknown, used or expired. */
export async function inspectLink(db: Database, token: string): Promise<LinkInfo | null> {
  if (!tokenShape.test(token)) return null;
  const row = await findLiveToken(db, hashToken(token));
  if (!row?.user.homeTenantId) return null;
  return {
    email: row.user.email,
    displayName: row.user.displayName,
    purpose: row.token.purpose,
    homeTenantId: row.user.homeTenantId,
    asksIdentity: row.user.email.endsWith(PLACEHOLDER_DOMAIN),
  };
}

export interface SetPasswordInput {
  password: string;
  repeat: string;
  email?: string;
  displayName?: string;
}

/** Dutch and English problems per field, for the form. */
function passwordProblems(input: SetPasswordInput, asksIdentity: boolean): Problem[] {
  const problems: Problem[] = [];
  if (asksIdentity) {
    const email = (input.email ?? '').trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320 || email.endsWith(PLACEHOLDER_DOMAIN)) {
      problems.push({
        field: 'email',
        code: 'email',
        nl: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
        en: 'Enter a valid e-mail address, e.g. name@municipality.nl.',
      });
    }
    const name = (input.displayName ?? '').trim();
    if (!name || name.length > 200) problems.push({ field: 'name', code: 'name', nl: 'Vul uw naam in.', en: 'Enter your name.' });
  }
  if (input.password.length < PASSWORD_MIN) {
    problems.push({
      field: 'password',
      code: 'too-short',
      nl: `Het wachtwoord is te kort. Gebruik minstens ${PASSWORD_MIN} tekens.`,
      en: `The password is too short. Use at least ${PASSWORD_MIN} characters.`,
    });
  } else if (input.password.length > PASSWORD_MAX) {
    problems.push({
      field: 'password',
      code: 'too-long',
      nl: `Het wachtwoord is te lang (meer dan ${PASSWORD_MAX} tekens).`,
      en: `The password is too long (over ${PASSWORD_MAX} characters).`,
    });
  } else if (input.password !== input.repeat) {
    problems.push({ field: 'repeat', code: 'mismatch', nl: 'De twee wachtwoorden zijn niet gelijk.', en: 'The two passwords differ.' });
  }
  return problems;
}

/**
 * Sets the password through a link: works once (the token is consumed in the same transaction),
 * ends every session of that person, and clears a sign-in lock. Throws InputRejected when the
 * input is wrong; returns null when the link no longer works.
 */
export async function usePasswordLink(db: Database, token: string, input: SetPasswordInput): Promise<{ userId: string } | null> {
  const info = await inspectLink(db, token);
  if (!info) return null;
  const problems = passwordProblems(input, info.asksIdentity);
  if (info.asksIdentity && problems.length === 0) {
    const taken = await findUserByEmail(db, input.email!.trim(), info.homeTenantId);
    if (taken) problems.push({ field: 'email', code: 'taken', nl: 'Dit e-mailadres heeft al een account.', en: 'This e-mail address already has an account.' });
  }
  if (problems.length) throw new InputRejected(problems);
  const passwordHash = await hash(input.password);
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, hashToken(token));
    if (!used) return null;
    if (info.asksIdentity) await updateUserProfile(tx, used.userId, { email: input.email!.trim().toLowerCase(), displayName: input.displayName!.trim() });
    await setPasswordHash(tx, used.userId, passwordHash);
    await deleteSessionsOfUser(tx, used.userId);
    return { userId: used.userId };
  });
}

/**
 * For `duiding user reset-link --email X [--tenant SLUG]` (whoever runs the command administers
 * the installation). An e-mail with accounts in several municipalities needs the municipality.
 */
export async function resetLinkForEmail(db: Database, email: string, tenantSlug?: string): Promise<string> {
  const all = await listLocalAccountsByEmail(db, email);
  const accounts = tenantSlug ? all.filter((a) => a.slug === tenantSlug) : all;
  if (accounts.length === 0) {
    const where = tenantSlug ? ` bij gemeente "${tenantSlug}"` : '';
    const whereEn = tenantSlug ? ` in municipality "${tenantSlug}"` : '';
    throw new InputRejected(
      [
        {
          field: 'email',
          code: 'unknown-user',
          nl: `er is geen account met e-mailadres "${email}"${where}`,
          en: `no account with e-mail address "${email}"${whereEn}`,
        },
      ],
      404,
    );
  }
  if (accounts.length > 1) {
    const slugs = accounts.map((a) => a.slug).join(', ');
    throw new InputRejected([
      {
        field: 'tenant',
        code: 'choose-tenant',
        nl: `dit e-mailadres heeft een account bij ${slugs}: kies er een met --tenant`,
        en: `this e-mail address has an account in ${slugs}: choose one with --tenant`,
      },
    ]);
  }
  return createPasswordLink(db, accounts[0].user.id, 'password-reset');
}
