// Setting up a real municipality: `duiding tenant create`, and the first start of `serve` on an
// installation without any account. Both end with a one-time link for the administrator.
import type { Database } from '../../db/connection.ts';
import { countUsers, insertUser, realTenantHasAdministrator } from '../../db/repositories/accounts.repository.ts';
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { findTenantBySlug, insertTenant } from '../../db/repositories/tenants.repository.ts';
import { addMembership, findUserByEmail } from '../../db/repositories/users.repository.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import { createPasswordLink, PLACEHOLDER_DOMAIN } from './one-time-links.ts';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreatedTenant {
  tenantId: string;
  slug: string;
  /** The one-time link for the administrator's password: always a new account (never an existing one). */
  token: string;
}

export async function createTenantWithAdmin(
  db: Database,
  input: { slug: string; name: string; adminEmail: string; adminName?: string },
): Promise<CreatedTenant> {
  const slug = input.slug.trim();
  const name = input.name.trim();
  const email = input.adminEmail.trim().toLowerCase();
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      field: 'slug',
      code: 'slug',
      nl: 'gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "utrecht")',
      en: 'use lowercase letters, digits and hyphens only',
    });
  } else if (await findTenantBySlug(db, slug)) {
    problems.push({ field: 'slug', code: 'taken', nl: `gemeente "${slug}" bestaat al`, en: `municipality "${slug}" already exists` });
  }
  if (!name || name.length > 200) problems.push({ field: 'name', code: 'name', nl: 'vul de naam van de gemeente in', en: 'give the municipality a name' });
  if (!EMAIL_PATTERN.test(email) || email.length > 320)
    problems.push({ field: 'admin-email', code: 'email', nl: 'geen geldig e-mailadres', en: 'not a valid e-mail address' });
  if (problems.length) throw new InputRejected(problems);

  // Always a new account of the new municipality, even when the e-mail has an account elsewhere:
  // attaching that one would give its password (and whoever saw a link for it) the new
  // municipality. Nothing about other municipalities' accounts is looked at or printed.
  const { tenantId, userId } = await db.transaction(async (tx) => {
    const tenant = await insertTenant(tx, { slug, name, fictional: false });
    const user = await insertUser(tx, { email, displayName: input.adminName?.trim() || email.split('@')[0], homeTenantId: tenant.id });
    await addMembership(tx, { tenantId: tenant.id, userId: user.id, role: 'beheerder' });
    await recordAudit(tx, { tenantId: tenant.id, action: 'membership.change', subject: user.id, detail: { change: 'add', role: 'beheerder', by: 'cli' } });
    return { tenantId: tenant.id, userId: user.id };
  });
  return { tenantId, slug, token: await createPasswordLink(db, userId, 'first-admin') };
}

export type FirstStart = { kind: 'link'; token: string } | { kind: 'hint' } | { kind: 'none' };

/**
 * What `serve` prints at start. Without any account: a municipality "gemeente" and a first
 * administrator (a placeholder address they replace when they set their password) with a link.
 * With only the demo: a hint how to create a real municipality. Otherwise nothing.
 */
export async function prepareFirstStart(db: Database): Promise<FirstStart> {
  if ((await countUsers(db)) === 0) {
    const tenant = (await findTenantBySlug(db, 'gemeente')) ?? (await insertTenant(db, { slug: 'gemeente', name: 'Mijn gemeente', fictional: false }));
    const user = await insertUser(db, { email: `beheerder${PLACEHOLDER_DOMAIN}`, displayName: 'Eerste beheerder', homeTenantId: tenant.id });
    await addMembership(db, { tenantId: tenant.id, userId: user.id, role: 'beheerder' });
    return { kind: 'link', token: await createPasswordLink(db, user.id, 'first-admin') };
  }
  // The first administrator has not used the link yet (a restart): a fresh link replaces the old.
  const first = await findTenantBySlug(db, 'gemeente');
  const placeholder = first ? await findUserByEmail(db, `beheerder${PLACEHOLDER_DOMAIN}`, first.id) : null;
  if (placeholder && !placeholder.hasPassword) return { kind: 'link', token: await createPasswordLink(db, placeholder.id, 'first-admin') };
  return (await realTenantHasAdministrator(db)) ? { kind: 'none' } : { kind: 'hint' };
}
