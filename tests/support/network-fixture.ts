// A small region for the network tests: municipalities with one signed-in person per role, a
// network "eemland" (created and joined as the operator does) and a network questionnaire
// document. No demo seeding: the network pages need people and memberships, not stories.
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { insertTenant } from '../../src/db/repositories/tenants.repository.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { ROLES, type Role } from '../../src/db/schema/index.ts';
import { createSession, findSession } from '../../src/services/auth/sessions.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { tenantDatabase } from '../../src/db/tenant-scope.ts';

export interface NetworkCaller {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export interface RegionTenant {
  tenantId: string;
  slug: string;
  callers: Record<Role, NetworkCaller>;
  /** A service context as this municipality's beheerder, scoped as a request would be. */
  ctx(role?: Role): ServiceContext;
}

export const SHARED_QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'samen-thuis',
  title: { nl: 'Samen thuis', en: 'At home together' },
  languages: ['nl'],
  prompts: [{ key: 'p1', text: { nl: 'Vertel over een moment met de jeugdhulp.' } }],
  questions: [
    { key: 'gehoord', about: 'story', type: 'scale', text: { nl: 'Voelde u zich gehoord?' }, min: 1, max: 5 },
    {
      key: 'rol',
      about: 'participant',
      type: 'choice',
      text: { nl: 'Wie bent u?' },
      options: [
        { key: 'ouder', text: { nl: 'Ouder' } },
        { key: 'jongere', text: { nl: 'Jongere' } },
      ],
    },
  ],
};

export const LOCAL_QUESTION = { key: 'buurthuis', about: 'story', type: 'text', text: { nl: 'Welk buurthuis kent u?' } };

export async function regionTenant(handle: DatabaseHandle, slug: string, name: string): Promise<RegionTenant> {
  const tenant = await insertTenant(handle.db, { slug, name, fictional: true });
  const callers = {} as Record<Role, NetworkCaller>;
  for (const role of ROLES) {
    const userId = await upsertUser(handle.db, {
      email: `${role}@${slug}.example`,
      displayName: `${role} ${slug}`,
      passwordHash: null,
      homeTenantId: tenant.id,
    });
    await addMembership(handle.db, { tenantId: tenant.id, userId, role, providerCode: role === 'aanbieder' ? 'zorg-a' : null });
    const token = await createSession(handle.db, userId, tenant.id);
    const session = (await findSession(handle.db, token))!;
    callers[role] = { cookie: `duiding_session=${token}`, csrfToken: session.csrfToken, userId };
  }
  return {
    tenantId: tenant.id,
    slug,
    callers,
    ctx: (role: Role = 'beheerder') => ({
      db: tenantDatabase(handle.db, { tenantId: tenant.id, userId: callers[role].userId }),
      tenantId: tenant.id,
      actorUserId: callers[role].userId,
    }),
  };
}
