// Two municipalities on one installation, for the security tests: A is the demo municipality
// (seedDemo) with a marker written into every title and name, B a second small municipality. One
// signed-in session per role in each. A response to B that contains the marker leaked A's data.
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { upsertAreas, upsertProviders } from '../../src/db/repositories/tenants.repository.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { ROLES, type Role } from '../../src/db/schema/index.ts';
import * as schema from '../../src/db/schema/index.ts';
import { createSession, findSession } from '../../src/services/auth/sessions.ts';
import { textSource } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { saveObservations } from '../../src/services/indicators.ts';
import { DEMO_TENANT_SLUG, seedDemo } from '../../src/services/seed-demo.ts';
import { createTestTenant } from './tenant.ts';

/** Appears in every story title, opgave, indicator, area, provider and collection of A. */
export const MARKER_A = 'ZQXA';
export const PROVIDER_A = 'gezinspunt';
const PROVIDER_B = 'b-zorg';

export interface Caller {
  cookie: string;
  csrfToken: string;
}

export interface TwoTenants {
  a: { tenantId: string; slug: string };
  b: { tenantId: string; slug: string };
  callers: Record<'a' | 'b', Record<Role, Caller>>;
  /** A new session for the same person: for requests that may end the session they run in. */
  freshCaller(side: 'a' | 'b', role: Role): Promise<Caller>;
}

async function newCaller(handle: DatabaseHandle, userId: string, tenantId: string): Promise<Caller> {
  const token = await createSession(handle.db, userId, tenantId);
  const session = (await findSession(handle.db, token))!;
  return { cookie: `duiding_session=${token}`, csrfToken: session.csrfToken };
}

const B_QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'tweede',
  title: { nl: 'Tweede' },
  languages: ['nl'],
  prompts: [],
  questions: [{ key: 'cijfer', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10 }],
};

export async function seedTwoTenants(handle: DatabaseHandle, options: { stories?: number } = {}): Promise<TwoTenants> {
  const db = handle.db;
  await seedDemo(db, { stories: options.stories ?? 40 });
  const tenantA = (await db.select().from(schema.tenants).where(eq(schema.tenants.slug, DEMO_TENANT_SLUG)))[0]!;
  const a = tenantA.id;
  // The marker, in everything of A that a page or response could show.
  await db.execute(sql`update tenants set name = name || ' ' || ${MARKER_A} where id = ${a}`);
  for (const [table, column] of [
    ['stories', 'title'],
    ['opgaven', 'title'],
    ['indicator_definitions', 'name'],
    ['areas', 'name'],
    ['providers', 'name'],
    ['collections', 'title'],
  ] as const) {
    await db.execute(
      sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${sql.identifier(column)} || ' ' || ${MARKER_A} where tenant_id = ${a}`,
    );
  }

  const other = await createTestTenant(handle, 'tweede');
  await importQuestionnaire(other, B_QUESTIONNAIRE);
  await importStories(other, {
    source: textSource(
      'b.csv',
      'story_id,collected_at,collection,language,prompt,title,text,cijfer\nb1,2026-01-01,tweede-2026,nl,,Verhaal van B,Een verhaal uit de tweede gemeente,7\n',
    ),
    questionnaireKey: 'tweede',
  });
  await upsertAreas(db, other.tenantId, [{ code: 'GM0002', name: 'Tweede', level: 'gemeente' }]);
  await upsertProviders(db, other.tenantId, [{ code: PROVIDER_B, name: 'Zorg B' }]);
  await saveObservations(other, [
    { indicator: 'wachttijd', area: 'GM0002', period: '2025', provider: '', value: 4, numerator: null, denominator: null },
    { indicator: 'wachttijd', area: 'GM0002', period: '2025', provider: PROVIDER_B, value: 5, numerator: null, denominator: null },
  ]);

  const callers = { a: {}, b: {} } as TwoTenants['callers'];
  const people = { a: {}, b: {} } as Record<'a' | 'b', Record<Role, { userId: string; tenantId: string }>>;
  for (const [side, tenantId, provider] of [
    ['a', a, PROVIDER_A],
    ['b', other.tenantId, PROVIDER_B],
  ] as const) {
    for (const role of ROLES) {
      const userId = await upsertUser(db, {
        email: `matrix-${role}@${side}.example`,
        displayName: `${role} ${side}`,
        passwordHash: null,
        homeTenantId: tenantId,
      });
      await addMembership(db, { tenantId, userId, role, providerCode: role === 'aanbieder' ? provider : null });
      people[side][role] = { userId, tenantId };
      callers[side][role] = await newCaller(handle, userId, tenantId);
    }
  }
  return {
    a: { tenantId: a, slug: DEMO_TENANT_SLUG },
    b: { tenantId: other.tenantId, slug: 'tweede' },
    callers,
    freshCaller: (side, role) => newCaller(handle, people[side][role].userId, people[side][role].tenantId),
  };
}
