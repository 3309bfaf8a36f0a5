// Single sign-on with OpenID Connect (authorization code flow with PKCE, state and nonce),
// configured per municipality in tenants.settings.oidc. The identity provider decides the roles
// in that municipality: at every SSO sign-in they become the mapped values of the role claim.
// A person known by (issuer, subject) has one account without a home municipality and without a
// password, so one identity may work for several municipalities: each one's provider proves it.
import * as client from 'openid-client';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import {
  deleteMembership,
  deleteSessionsOfUser,
  expireTokensOfUser,
  findIdentity,
  insertIdentity,
  insertUser,
  listTenantsWithOidc,
  makeSsoOnly,
} from '../../db/repositories/accounts.repository.ts';
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { findTenantBySlug } from '../../db/repositories/tenants.repository.ts';
import { addMembership, findUserByEmail, listMembershipsOfUser } from '../../db/repositories/users.repository.ts';
import { ROLES, type Role } from '../../db/schema/index.ts';
import { createSession } from './sessions.ts';

const RoleTarget = z.string().refine((v) => {
  const [role, code] = v.split(':');
  return (ROLES as readonly string[]).includes(role) && (role === 'aanbieder' ? Boolean(code) : code === undefined);
}, 'a role (beheerder, analist, …) or aanbieder:PROVIDERCODE');

export const OidcSettings = z.object({
  issuer: z.string().url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** The claim (in the ID token or from userinfo) that carries the role, e.g. "groups". */
  roleClaim: z.string().min(1),
  /** Claim value → role; "aanbieder:CODE" binds the provider code. Unmapped values are refused. */
  roleMap: z.record(z.string(), RoleTarget),
  scope: z.string().default('openid email profile'),
  /** The button text on the sign-in page, e.g. "Inloggen met uw gemeenteaccount". */
  label: z.string().optional(),
});
export type OidcSettings = z.infer<typeof OidcSettings>;

export async function oidcSettingsOf(db: Database, slug: string): Promise<{ tenantId: string; settings: OidcSettings } | null> {
  const tenant = /^[a-z0-9-]{1,50}$/.test(slug) ? await findTenantBySlug(db, slug) : null;
  const parsed = OidcSettings.safeParse((tenant?.settings as { oidc?: unknown } | undefined)?.oidc);
  return tenant && parsed.success ? { tenantId: tenant.id, settings: parsed.data } : null;
}

/** The sign-in page offers a button per municipality whose single sign-on is configured. */
export async function ssoChoices(db: Database): Promise<{ slug: string; name: string; label: string | null }[]> {
  const rows = await listTenantsWithOidc(db);
  return rows.flatMap((row) => {
    const parsed = OidcSettings.safeParse((row.settings as { oidc?: unknown }).oidc);
    return parsed.success ? [{ slug: row.slug, name: row.name, label: parsed.data.label ?? null }] : [];
  });
}

// Discovery once per provider and client, refreshed now and then (keys and endpoints rotate).
const configurations = new Map<string, { at: number; config: Promise<client.Configuration> }>();
const CONFIG_TTL_MS = 10 * 60_000;

function isLoopback(url: URL) {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function configurationFor(settings: OidcSettings): Promise<client.Configuration> {
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
  const cached = configurations.get(key);
  if (cached && Date.now() - cached.at < CONFIG_TTL_MS) return cached.config;
  const issuer = new URL(settings.issuer);
  // openid-client refuses plain http; we allow it only for a provider on this machine (tests,
  // a local provider). Everything else must be https.
  const options = isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
  const config = client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, options);
  configurations.set(key, { at: Date.now(), config });
  config.catch(() => configurations.delete(key));
  return config;
}

/** What the browser keeps (HttpOnly cookie, 10 minutes) between start and callback. */
export interface PendingSso {
  slug: string;
  verifier: string;
  state: string;
  nonce: string;
  callback: string;
}

export async function startSso(settings: OidcSettings, slug: string, callback: string): Promise<{ url: string; pending: PendingSso }> {
  const config = await configurationFor(settings);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callback,
    scope: settings.scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, pending: { slug, verifier, state, nonce, callback } };
}

export type SsoOutcome = { ok: true; token: string; roles: Role[] } | { ok: false; reason: 'unmapped' | 'no-email' | 'email-unverified' | 'failed' };

function mappedRoles(settings: OidcSettings, value: unknown): { role: Role; providerCode: string | null }[] {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const seen = new Map<Role, string | null>();
  for (const v of values) {
    const target = Object.hasOwn(settings.roleMap, v) ? settings.roleMap[v] : undefined;
    if (!target) continue;
    const [role, code] = target.split(':') as [Role, string?];
    if (!seen.has(role)) seen.set(role, code ?? null);
  }
  return [...seen].map(([role, providerCode]) => ({ role, providerCode }));
}

/** Finishes the code flow, links the person by (issuer, subject), sets the roles, makes a session. */
export async function finishSso(db: Database, tenantId: string, settings: OidcSettings, currentUrl: URL, pending: PendingSso): Promise<SsoOutcome> {
  const config = await configurationFor(settings);
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    claims = { ...idClaims };
    // The role claim may come only from userinfo (many providers keep ID tokens small).
    if (!(settings.roleClaim in claims) && config.serverMetadata().userinfo_endpoint) {
      claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims };
    }
  } catch {
    return { ok: false, reason: 'failed' };
  }
  const issuer = config.serverMetadata().issuer;
  const subject = String(claims.sub);
  const roles = mappedRoles(settings, claims[settings.roleClaim]);
  let userId = (await findIdentity(db, issuer, subject))?.userId;
  if (roles.length === 0) {
    // The provider no longer gives this known person a role here: the roles here end too.
    if (userId) await setRoles(db, tenantId, userId, []);
    return { ok: false, reason: 'unmapped' };
  }
  if (!userId) {
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email) return { ok: false, reason: 'no-email' };
    // Only this municipality's own account with this address is considered; accounts of other
    // municipalities are never linked (nor looked at).
    const existing = await findUserByEmail(db, email, tenantId);
    // Linking to an existing account only on an address the provider vouches for.
    if (existing && claims.email_verified !== true) return { ok: false, reason: 'email-unverified' };
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
    userId = await db.transaction(async (tx) => {
      const id = existing?.id ?? (await insertUser(tx, { email, displayName: name, homeTenantId: null })).id;
      // From now on the provider alone signs this person in: a password someone may know (the
      // beheerder saw its link) stops working, and so do its sessions and links.
      if (existing) {
        await makeSsoOnly(tx, id);
        await deleteSessionsOfUser(tx, id);
        await expireTokensOfUser(tx, id);
      }
      await insertIdentity(tx, { issuer, subject, userId: id });
      return id;
    });
  }
  const id = userId;
  await setRoles(db, tenantId, id, roles);
  return { ok: true, token: await createSession(db, id, tenantId), roles: roles.map((r) => r.role) };
}

/** Makes the person's roles in this municipality exactly `roles`; each change is audited (by: sso). */
async function setRoles(db: Database, tenantId: string, userId: string, roles: { role: Role; providerCode: string | null }[]) {
  await db.transaction(async (tx) => {
    const current = (await listMembershipsOfUser(tx, userId)).filter((m) => m.tenantId === tenantId);
    for (const m of current) {
      const wanted = roles.find((r) => r.role === m.role);
      if (wanted && wanted.providerCode === m.providerCode) continue;
      await deleteMembership(tx, tenantId, userId, m.role);
      await recordAudit(tx, {
        tenantId,
        actorUserId: null,
        action: 'membership.change',
        subject: userId,
        detail: { change: 'remove', role: m.role, by: 'sso' },
      });
    }
    for (const r of roles) {
      if (current.some((m) => m.role === r.role && m.providerCode === r.providerCode)) continue;
      await addMembership(tx, { tenantId, userId, role: r.role, providerCode: r.providerCode });
      const detail = r.providerCode ? { change: 'add', role: r.role, providerCode: r.providerCode, by: 'sso' } : { change: 'add', role: r.role, by: 'sso' };
      await recordAudit(tx, { tenantId, actorUserId: null, action: 'membership.change', subject: userId, detail });
    }
  });
}
