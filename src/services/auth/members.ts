// User administration for the beheerder of one municipality: who is a member with which roles.
// Everything here sees only this municipality's accounts (docs/accounts.md: one account per
// municipality), so nothing a beheerder does or sees reaches another municipality.
// Every role change is written to the audit log (ids and the role only, no personal data).
import { countRoleHolders, deleteMembership, findMemberByEmail, findUserById, insertUser, listMemberRows } from '../../db/repositories/accounts.repository.ts';
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { listProviders, type Tx } from '../../db/repositories/tenants.repository.ts';
import { addMembership, rolesInTenant } from '../../db/repositories/users.repository.ts';
import { ROLES, type Role } from '../../db/schema/index.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { createPasswordLink } from './one-time-links.ts';

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  roles: { role: Role; providerCode: string | null }[];
}

/** The providers of this municipality, for the aanbieder role. */
export async function providerChoices(ctx: ServiceContext): Promise<{ code: string; name: string }[]> {
  return (await listProviders(ctx.db, ctx.tenantId)).map((p) => ({ code: p.code, name: p.name }));
}

export async function listMembers(ctx: ServiceContext): Promise<Member[]> {
  const rows = await listMemberRows(ctx.db, ctx.tenantId);
  const byUser = new Map<string, Member>();
  for (const row of rows) {
    const member = byUser.get(row.userId) ?? { userId: row.userId, email: row.email, displayName: row.displayName, roles: [] };
    member.roles.push({ role: row.role, providerCode: row.providerCode });
    byUser.set(row.userId, member);
  }
  return [...byUser.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
}

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

async function checkRole(ctx: ServiceContext, role: unknown, providerCode: string | undefined): Promise<{ role: Role; providerCode: string | null }> {
  if (!isRole(role)) {
    throw new InputRejected([{ field: 'role', code: 'role', nl: 'Kies een rol.', en: 'Choose a role.' }]);
  }
  if (role !== 'aanbieder') return { role, providerCode: null };
  const code = (providerCode ?? '').trim();
  const known = (await listProviders(ctx.db, ctx.tenantId)).some((p) => p.code === code);
  if (!known) {
    throw new InputRejected([
      { field: 'provider', code: 'provider', nl: 'Kies de aanbieder bij de rol aanbieder.', en: 'Choose the provider for the aanbieder role.' },
    ]);
  }
  return { role, providerCode: code };
}

async function audit(db: Tx, ctx: ServiceContext, userId: string, change: 'add' | 'remove', role: Role, providerCode: string | null) {
  await recordAudit(db, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actorUserId,
    action: 'membership.change',
    subject: userId,
    detail: providerCode ? { change, role, providerCode } : { change, role },
  });
}

/**
 * Adds a person to this municipality, or a role to someone who already is a member here. Only
 * this municipality's accounts are looked at: an e-mail that has an account elsewhere gets a new,
 * separate account here, and the beheerder learns nothing about the other one (not its name, not
 * that it exists). A new account gets a one-time link to set its password, shown once.
 */
export async function addMember(
  ctx: ServiceContext,
  input: { email: string; displayName: string; role: unknown; providerCode?: string },
): Promise<{ userId: string; token: string | null }> {
  const email = input.email.trim().toLowerCase();
  const displayName = input.displayName.trim();
  const problems: Problem[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320) {
    problems.push({ field: 'email', code: 'email', nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid e-mail address.' });
  }
  if (displayName.length > 200) problems.push({ field: 'name', code: 'name', nl: 'De naam is te lang.', en: 'The name is too long.' });
  const existing = problems.length ? null : await findMemberByEmail(ctx.db, ctx.tenantId, email);
  if (!existing && !displayName) problems.push({ field: 'name', code: 'name', nl: 'Vul de naam in.', en: 'Enter the name.' });
  if (problems.length) throw new InputRejected(problems);
  const { role, providerCode } = await checkRole(ctx, input.role, input.providerCode);
  const userId = await ctx.db.transaction(async (tx) => {
    const user = existing ?? (await insertUser(tx, { email, displayName, homeTenantId: ctx.tenantId }));
    if ((await rolesInTenant(tx, user.id, ctx.tenantId)).includes(role)) return user.id;
    await addMembership(tx, { tenantId: ctx.tenantId, userId: user.id, role, providerCode });
    await audit(tx, ctx, user.id, 'add', role, providerCode);
    return user.id;
  });
  // A single sign-on account never gets a password; a local one of ours without one gets a link.
  const needsPassword = !existing || (existing.homeTenantId === ctx.tenantId && !existing.hasPassword);
  return { userId, token: needsPassword ? await createPasswordLink(ctx.db, userId) : null };
}

/** Adds a role to a member of this municipality. */
export async function grantRole(ctx: ServiceContext, userId: string, roleInput: unknown, providerCode?: string): Promise<void> {
  await requireMember(ctx, userId);
  const { role, providerCode: code } = await checkRole(ctx, roleInput, providerCode);
  await ctx.db.transaction(async (tx) => {
    if ((await rolesInTenant(tx, userId, ctx.tenantId)).includes(role)) return;
    await addMembership(tx, { tenantId: ctx.tenantId, userId, role, providerCode: code });
    await audit(tx, ctx, userId, 'add', role, code);
  });
}

/** Removes one role; the last beheerder of a municipality cannot be removed (no lock-out). */
export async function revokeRole(ctx: ServiceContext, userId: string, roleInput: unknown): Promise<void> {
  if (!isRole(roleInput)) throw new InputRejected([{ field: 'role', code: 'role', nl: 'Onbekende rol.', en: 'Unknown role.' }]);
  const role = roleInput;
  await ctx.db.transaction(async (tx) => {
    if (role === 'beheerder' && (await countRoleHolders(tx, ctx.tenantId, 'beheerder')) <= 1) {
      throw new InputRejected([
        {
          field: 'role',
          code: 'last-admin',
          nl: 'Dit is de laatste beheerder van de gemeente. Maak eerst iemand anders beheerder.',
          en: 'This is the last administrator of the municipality. Make someone else administrator first.',
        },
      ]);
    }
    if (await deleteMembership(tx, ctx.tenantId, userId, role)) await audit(tx, ctx, userId, 'remove', role, null);
  });
}

/**
 * A one-time link for a local account of this municipality. A single sign-on account has no
 * password to set: its identity provider signs it in.
 */
export async function resetLinkForMember(ctx: ServiceContext, userId: string): Promise<{ token: string; member: Member }> {
  const member = await requireMember(ctx, userId);
  const account = await findUserById(ctx.db, userId);
  if (account?.homeTenantId !== ctx.tenantId) {
    throw new InputRejected([
      {
        field: 'user',
        code: 'sso-account',
        nl: 'Deze persoon logt in via de eigen organisatie (single sign-on) en heeft geen wachtwoord in Duiding.',
        en: 'This person signs in through their organisation (single sign-on) and has no password in Duiding.',
      },
    ]);
  }
  const token = await createPasswordLink(ctx.db, userId);
  await recordAudit(ctx.db, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'password.reset-link', subject: userId });
  return { token, member };
}

export async function requireMember(ctx: ServiceContext, userId: string): Promise<Member> {
  const member = /^[0-9a-f-]{36}$/.test(userId) ? (await listMembers(ctx)).find((m) => m.userId === userId) : undefined;
  if (!member)
    throw new InputRejected(
      [{ field: 'user', code: 'not-found', nl: 'Deze persoon is geen lid van deze gemeente.', en: 'This person is not a member of this municipality.' }],
      404,
    );
  return member;
}
