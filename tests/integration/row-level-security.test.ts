// Row-level security is the second line of defence: even a query that forgets (or is tricked out
// of) its tenant filter sees and changes nothing of another municipality once it runs as the
// application role (migrations 0003 and 0006, src/db/tenant-scope.ts). Both databases.
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/connection.ts';
import * as schema from '../../src/db/schema/index.ts';
import { allowAuditErasure, appDatabase, inTenantScope, ownerDatabase, tenantDatabase } from '../../src/db/tenant-scope.ts';
import { passwordMatches } from '../../src/services/auth/password-check.ts';
import { createDatabaseWithPlainOwner, postgresConfigured, testDatabaseTargets } from '../support/databases.ts';

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

function message(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) parts.push(e.message ?? '');
  return parts.join(' | ');
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return message(error);
  }
  throw new Error('expected the database to refuse');
}

/** Runs fn in one transaction of this database and rolls it back, so no setting outlives it. */
async function rolledBack<T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  let result: T | undefined;
  const sentinel = new Error('rollback');
  await db
    .transaction(async (tx) => {
      result = await fn(tx as unknown as Database);
      throw sentinel;
    })
    .catch((error) => {
      if (error !== sentinel) throw error;
    });
  return result as T;
}

describe.each(testDatabaseTargets())('row-level security on $name', ({ name, create }) => {
  let handle: DatabaseHandle;
  let db: Database;
  let a: string;
  let b: string;
  let userOfB: string;
  let userOfA: string;

  beforeAll(async () => {
    handle = await create();
    db = handle.db;
    const [ta] = await db.insert(schema.tenants).values({ slug: 'a', name: 'Gemeente A' }).returning();
    const [tb] = await db.insert(schema.tenants).values({ slug: 'b', name: 'Gemeente B' }).returning();
    a = ta!.id;
    b = tb!.id;
    await db.insert(schema.areas).values([
      { tenantId: a, code: 'GM0001', name: 'Alfa', level: 'gemeente' },
      { tenantId: b, code: 'GM0002', name: 'Beta', level: 'gemeente' },
    ]);
    await db.insert(schema.auditLog).values([{ tenantId: a, action: 'test.a' }]);
    // A single sign-on account (no home municipality, migration 0005) with roles in B and in A.
    const [user] = await db.insert(schema.users).values({ email: 'b@example.org', displayName: 'B' }).returning();
    userOfB = user!.id;
    await db.insert(schema.memberships).values([
      { tenantId: b, userId: userOfB, role: 'analist' },
      { tenantId: a, userId: userOfB, role: 'raad' },
    ]);
    const [onlyA] = await db
      .insert(schema.users)
      .values({ email: 'alleen-a@example.org', displayName: 'Alleen A', passwordHash: await hash('geheim-wachtwoord-a'), homeTenantId: a })
      .returning();
    userOfA = onlyA!.id;
    await db.insert(schema.memberships).values({ tenantId: a, userId: userOfA, role: 'beheerder' });
    await db
      .insert(schema.userTokens)
      .values({ tokenHash: 'token-van-a', userId: userOfA, purpose: 'password-reset', expiresAt: new Date(Date.now() + 3_600_000) });
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('a query without a tenant filter sees only the scoped tenant', async () => {
    const seen = await inTenantScope(db, b, (tx) => tx.select().from(schema.areas));
    expect(seen.map((r) => r.name)).toEqual(['Beta']);
    // The application's check bypassed: asking for A explicitly while scoped to B.
    expect(await inTenantScope(db, b, (tx) => tx.select().from(schema.areas).where(eq(schema.areas.tenantId, a)))).toEqual([]);
    // The connection owner is not scoped (sign-in, public links, the CLI).
    expect((await db.select().from(schema.areas)).length).toBe(2);
  });

  it('no tenant set means no rows at all', async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL ROLE duiding_app`);
      return tx.select().from(schema.areas);
    });
    expect(seen).toEqual([]);
  });

  it('refuses to write into another tenant and cannot touch its rows', async () => {
    expect(
      await rejection(inTenantScope(db, b, (tx) => tx.insert(schema.areas).values({ tenantId: a, code: 'GM9999', name: 'Inbraak', level: 'gemeente' }))),
    ).toMatch(/row-level security/);
    await inTenantScope(db, b, (tx) => tx.update(schema.areas).set({ name: 'Overschreven' }).where(eq(schema.areas.tenantId, a)));
    await inTenantScope(db, b, (tx) => tx.delete(schema.areas).where(eq(schema.areas.tenantId, a)));
    const ofA = await db.select().from(schema.areas).where(eq(schema.areas.tenantId, a));
    expect(ofA.map((r) => r.name)).toEqual(['Alfa']);
    // Moving one's own row into another tenant is refused too (WITH CHECK).
    expect(await rejection(inTenantScope(db, b, (tx) => tx.update(schema.areas).set({ tenantId: a })))).toMatch(/row-level security/);
  });

  it('keeps the audit log: the app may add and read, never change or delete', async () => {
    await inTenantScope(db, a, (tx) => tx.insert(schema.auditLog).values({ tenantId: a, action: 'test.added' }));
    const read = await inTenantScope(db, a, (tx) => tx.select().from(schema.auditLog));
    expect(read.map((r) => r.action).sort()).toEqual(['test.a', 'test.added']);
    expect(await rejection(inTenantScope(db, a, (tx) => tx.update(schema.auditLog).set({ action: 'x' })))).toMatch(/permission denied/);
    expect(await rejection(inTenantScope(db, a, (tx) => tx.delete(schema.auditLog)))).toMatch(/permission denied/);
    expect(await inTenantScope(db, b, (tx) => tx.select().from(schema.auditLog))).toEqual([]);
  });

  it('shows a person their own memberships in every municipality, and nobody else’s', async () => {
    const [other] = await db.insert(schema.users).values({ email: 'a@example.org', displayName: 'A', homeTenantId: a }).returning();
    await db.insert(schema.memberships).values({ tenantId: a, userId: other!.id, role: 'beheerder' });
    const seen = await inTenantScope(db, { tenantId: b, userId: userOfB }, (tx) => tx.select().from(schema.memberships));
    expect(seen.map((m) => m.role).sort()).toEqual(['analist', 'raad']);
  });

  it('hides other municipalities’ settings, except those the person is a member of', async () => {
    const names = (rowsOf: { name: string }[]) => rowsOf.map((r) => r.name).sort();
    expect(names(await inTenantScope(db, b, (tx) => tx.select().from(schema.tenants)))).toEqual(['Gemeente B']);
    expect(names(await inTenantScope(db, { tenantId: b, userId: userOfB }, (tx) => tx.select().from(schema.tenants)))).toEqual(['Gemeente A', 'Gemeente B']);
    // Visible to a member, but changing another municipality is refused; unseen ones are untouched.
    expect(
      await rejection(
        inTenantScope(db, { tenantId: b, userId: userOfB }, (tx) =>
          tx
            .update(schema.tenants)
            .set({ settings: { oidc: 'x' } })
            .where(eq(schema.tenants.id, a)),
        ),
      ),
    ).toMatch(/row-level security/);
    await inTenantScope(db, b, (tx) =>
      tx
        .update(schema.tenants)
        .set({ settings: { oidc: 'x' } })
        .where(eq(schema.tenants.id, a)),
    );
    const [ofA] = await db.select().from(schema.tenants).where(eq(schema.tenants.id, a));
    expect(ofA!.settings).toEqual({});
  });

  it('the per-query scoped database keeps each request in its tenant, also interleaved and nested', async () => {
    const dbA = tenantDatabase(db, a);
    const dbB = tenantDatabase(db, b);
    expect(tenantDatabase(db, a)).toBe(dbA);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? dbA : dbB).select({ name: schema.areas.name }).from(schema.areas)));
    results.forEach((r, i) => expect(r.map((x) => x.name)).toEqual([i % 2 ? 'Alfa' : 'Beta']));
    // A service's own transaction with a nested one (a savepoint) stays in scope.
    const nested = await dbB.transaction(async (tx) => {
      await tx.insert(schema.areas).values({ tenantId: b, code: 'GM0003', name: 'Gamma', level: 'gemeente' });
      return tx.transaction(async (inner) => rows<{ n: number }>(inner as unknown as Database, sql`select count(*)::int as n from areas`));
    });
    expect(nested[0]!.n).toBe(2);
    expect(await rejection(dbB.insert(schema.areas).values({ tenantId: a, code: 'GM0004', name: 'X', level: 'gemeente' }))).toMatch(/row-level security/);
    // Connections go back to the pool unscoped.
    const owner = await rows<{ role: string; tenant: string | null }>(
      db,
      sql`select current_user as role, nullif(current_setting('app.tenant_id', true), '') as tenant`,
    );
    expect(owner[0]!.role).not.toBe('duiding_app');
    expect(owner[0]!.tenant).toBeNull();
    expect((await db.select().from(schema.areas)).length).toBe(3);
  });

  it('the application role can never read or write password_hash, not even its own municipality’s', async () => {
    for (const query of [sql`select password_hash from users`, sql`select * from users`, sql`update users set password_hash = 'x'`]) {
      expect(await rejection(inTenantScope(db, a, (tx) => tx.execute(query)))).toMatch(/permission denied/);
      expect(await rejection(appDatabase(db).execute(query))).toMatch(/permission denied/);
    }
    // Every other column is readable for the members of the municipality.
    const seen = await rows<{ email: string }>(tenantDatabase(db, a), sql`select id, email, display_name, created_at from users order by email`);
    expect(seen.map((r) => r.email)).toEqual(['a@example.org', 'alleen-a@example.org', 'b@example.org']);
  });

  it('checks a password through SECURITY DEFINER functions that never return the hash', async () => {
    const app = tenantDatabase(db, b);
    expect(await passwordMatches(app, userOfA, 'geheim-wachtwoord-a')).toBe(true);
    expect(await passwordMatches(app, userOfA, 'geheim-wachtwoord-b')).toBe(false);
    expect(await passwordMatches(app, userOfB, 'wat-dan-ook')).toBe(false); // no password set
    expect(await passwordMatches(app, null, 'wat-dan-ook')).toBe(false);
    const params = await rows<{ params: string }>(app, sql`select params from duiding_password_params(${userOfA}::uuid)`);
    const [stored] = await db.select({ h: schema.users.passwordHash }).from(schema.users).where(eq(schema.users.id, userOfA));
    expect(stored!.h!.startsWith(`${params[0]!.params}$`)).toBe(true);
    expect(params[0]!.params).not.toContain(stored!.h!.split('$').pop()!);
  });

  it('the application role cannot list or change the people of another municipality', async () => {
    // Scoped to B: B's member (also raad in A) is visible, A's own beheerder is not.
    const fromB = await tenantDatabase(db, b).select({ email: schema.users.email }).from(schema.users);
    expect(fromB.map((r) => r.email)).toEqual(['b@example.org']);
    expect(await appDatabase(db).select({ id: schema.users.id }).from(schema.users)).toEqual([]);
    await tenantDatabase(db, b).update(schema.users).set({ displayName: 'Overgenomen', email: 'aanvaller@example.org' }).where(eq(schema.users.id, userOfA));
    await tenantDatabase(db, b).delete(schema.users).where(eq(schema.users.id, userOfA));
    const [after] = await db.select().from(schema.users).where(eq(schema.users.id, userOfA));
    expect([after!.displayName, after!.email]).toEqual(['Alleen A', 'alleen-a@example.org']);
    // One-time links and single sign-on identities of A's people are hidden and untouchable too.
    expect(await tenantDatabase(db, b).select().from(schema.userTokens)).toEqual([]);
    await tenantDatabase(db, b)
      .update(schema.userTokens)
      .set({ expiresAt: new Date(Date.now() + 1e10) })
      .where(eq(schema.userTokens.userId, userOfA));
    expect(
      await rejection(
        tenantDatabase(db, b)
          .insert(schema.userTokens)
          .values({ tokenHash: 'inbraak', userId: userOfA, purpose: 'password-reset', expiresAt: new Date(Date.now() + 1e10) }),
      ),
    ).toMatch(/row-level security/);
    expect(
      await rejection(tenantDatabase(db, b).insert(schema.userIdentities).values({ issuer: 'https://idp.example', subject: 'x', userId: userOfA })),
    ).toMatch(/row-level security/);
    expect((await tenantDatabase(db, a).select().from(schema.userTokens)).map((t) => t.tokenHash)).toEqual(['token-van-a']);
  });

  it('accounts per municipality: the app sees its own local accounts (also without roles), and makes only those', async () => {
    // The same e-mail in A and in B is two accounts (migration 0005); B has no role yet.
    const [inB] = await db
      .insert(schema.users)
      .values({ email: 'alleen-a@example.org', displayName: 'Ook in B', homeTenantId: b })
      .returning({ id: schema.users.id });
    const emailsOf = async (tenant: string) =>
      (await tenantDatabase(db, tenant).select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'alleen-a@example.org'))).map(
        (r) => r.id,
      );
    expect(await emailsOf(b)).toEqual([inB!.id]);
    expect(await emailsOf(a)).toEqual([userOfA]);
    // Which municipality an account belongs to is not the application's to change (no UPDATE on it).
    expect(await rejection(tenantDatabase(db, b).update(schema.users).set({ homeTenantId: b }).where(eq(schema.users.id, inB!.id)))).toMatch(
      /permission denied/,
    );
    // duiding_app creates accounts of its own municipality only: not of another one, not without a home.
    const insert = (homeTenantId: string | null) =>
      tenantDatabase(db, b).insert(schema.users).values({ id: randomUUID(), email: 'nieuw@example.org', displayName: 'Nieuw', homeTenantId });
    expect(await rejection(insert(a))).toMatch(/row-level security/);
    expect(await rejection(insert(null))).toMatch(/row-level security/);
    await insert(b);
    expect(
      (await db.select({ home: schema.users.homeTenantId }).from(schema.users).where(eq(schema.users.email, 'nieuw@example.org'))).map((r) => r.home),
    ).toEqual([b]);
    // A role in another municipality for a local account is refused by the database (0005's trigger).
    expect(await rejection(db.insert(schema.memberships).values({ tenantId: b, userId: userOfA, role: 'raad' }))).toMatch(/another municipality/);
    await db.delete(schema.users).where(eq(schema.users.homeTenantId, b));
  });

  it('keeps the audit log for the owner too; only erasing a whole municipality removes its entries', async () => {
    await db.insert(schema.auditLog).values([{ tenantId: b, action: 'test.b' }]);
    expect(await rejection(db.update(schema.auditLog).set({ action: 'x' }))).toMatch(/append-only/);
    expect(await rejection(db.delete(schema.auditLog).where(eq(schema.auditLog.tenantId, a)))).toMatch(/append-only/);
    expect(await rejection(db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    // The deliberate path (services/tenant-data.ts deleteTenant) is bound to one municipality.
    const erased = await rolledBack(db, async (tx) => {
      await allowAuditErasure(tx, b);
      await tx.delete(schema.auditLog).where(eq(schema.auditLog.tenantId, b));
      const refused = await rejection(tx.transaction((inner) => inner.delete(schema.auditLog).where(eq(schema.auditLog.tenantId, a))));
      return { left: await tx.select().from(schema.auditLog).where(eq(schema.auditLog.tenantId, b)), refused };
    });
    expect(erased.left).toEqual([]);
    expect(erased.refused).toMatch(/append-only/);
    // ... and not open to the application role, which lacks the privilege altogether.
    expect(
      await rejection(
        rolledBack(tenantDatabase(db, b), async (tx) => {
          await allowAuditErasure(tx, b);
          await tx.delete(schema.auditLog).where(eq(schema.auditLog.tenantId, b));
        }),
      ),
    ).toMatch(/permission denied/);
    expect(
      (
        await db
          .select()
          .from(schema.auditLog)
          .where(and(eq(schema.auditLog.tenantId, b), eq(schema.auditLog.action, 'test.b')))
      ).length,
    ).toBe(1);
  });

  it('the application’s queries run as duiding_app, which owns nothing and cannot become the owner', async () => {
    const [who] = await rows<{ who: string; owner: string }>(
      tenantDatabase(db, b),
      sql`select current_user as who, (select pg_get_userbyid(relowner) from pg_class where oid = 'public.stories'::regclass) as owner`,
    );
    expect(who!.who).toBe('duiding_app');
    expect(who!.owner).not.toBe('duiding_app');
    if (name !== 'postgres') {
      // PGlite has one connection of one superuser: the switch is SET LOCAL ROLE (docs/security.md).
      expect(handle.appRole).toBe('set-role');
      return;
    }
    expect(handle.appRole).toBe('login');
    // A RESET ROLE (and RESET ALL) from the application's connection stays duiding_app and sees
    // no municipality; becoming the owner is refused.
    const afterReset = await rolledBack(tenantDatabase(db, b), async (tx) => {
      await tx.execute(sql`RESET ROLE`);
      await tx.execute(sql`RESET ALL`);
      return rows<{ who: string; areas: number; stories: number }>(
        tx,
        sql`select current_user as who, (select count(*)::int from areas) as areas, (select count(*)::int from stories) as stories`,
      );
    });
    expect(afterReset).toEqual([{ who: 'duiding_app', areas: 0, stories: 0 }]);
    expect(await rejection(rolledBack(appDatabase(db), (tx) => tx.execute(sql.raw(`SET ROLE "${who!.owner}"`))))).toMatch(/permission denied/);
    expect(await rejection(rolledBack(appDatabase(db), (tx) => tx.execute(sql.raw(`SET SESSION AUTHORIZATION "${who!.owner}"`))))).toMatch(/permission denied/);
    // The owner's connection is a different pool: the named path, never the app's default.
    const [owner] = await rows<{ who: string }>(ownerDatabase(tenantDatabase(db, b)), sql`select current_user as who`);
    expect(owner!.who).toBe(who!.owner);
  });

  it('keeps codebooks and codings (migration 0013) in their municipality, and their keys cannot cross it', async () => {
    const storyOf = async (tenant: string, key: string) => {
      const [q] = await db.insert(schema.questionnaires).values({ tenantId: tenant, key }).returning();
      const [v] = await db
        .insert(schema.questionnaireVersions)
        .values({ tenantId: tenant, questionnaireId: q!.id, version: 1, definition: { format: 'duiding.questionnaire/v1', key, questions: [] } as never })
        .returning();
      const [c] = await db
        .insert(schema.collections)
        .values({ tenantId: tenant, slug: `${key}-c`, questionnaireId: q!.id, title: key })
        .returning();
      const [s] = await db
        .insert(schema.stories)
        .values({
          tenantId: tenant,
          ref: `${key}-1`,
          questionnaireId: q!.id,
          versionId: v!.id,
          collectionId: c!.id,
          collectedAt: new Date(),
          language: 'nl',
          title: 'T',
          text: 'Een verhaal.',
        })
        .returning();
      return { questionnaire: q!.id, story: s!.id };
    };
    const ofA = await storyOf(a, 'codes-a');
    const ofB = await storyOf(b, 'codes-b');
    const [codeA] = await db.insert(schema.codes).values({ tenantId: a, questionnaireId: ofA.questionnaire, slug: 'steun', label: 'Steun' }).returning();
    await db.insert(schema.codeApplications).values({ tenantId: a, codeId: codeA!.id, storyId: ofA.story, analystId: userOfA });
    // B sees none of A's codes or codings, and cannot write into A.
    expect(await tenantDatabase(db, b).select().from(schema.codes)).toEqual([]);
    expect(await tenantDatabase(db, b).select().from(schema.codeApplications)).toEqual([]);
    expect(
      await rejection(tenantDatabase(db, b).insert(schema.codes).values({ tenantId: a, questionnaireId: ofA.questionnaire, slug: 'inbraak', label: 'X' })),
    ).toMatch(/row-level security/);
    await tenantDatabase(db, b).delete(schema.codeApplications);
    expect((await db.select().from(schema.codeApplications)).length).toBe(1);
    // Even the owner cannot tie B's story to A's code, nor give a code a parent of another questionnaire.
    expect(await rejection(db.insert(schema.codeApplications).values({ tenantId: b, codeId: codeA!.id, storyId: ofB.story, analystId: userOfB }))).toMatch(
      /foreign key/,
    );
    const [codeB] = await db.insert(schema.codes).values({ tenantId: b, questionnaireId: ofB.questionnaire, slug: 'steun', label: 'Steun' }).returning();
    expect(
      await rejection(db.insert(schema.codes).values({ tenantId: b, questionnaireId: ofB.questionnaire, slug: 'kind', label: 'K', parentId: codeA!.id })),
    ).toMatch(/foreign key/);
    // A passage must lie forward: start < end, start ≥ 0.
    expect(
      await rejection(db.insert(schema.codeApplications).values({ tenantId: b, codeId: codeB!.id, storyId: ofB.story, analystId: userOfB, start: 5, end: 5 })),
    ).toMatch(/code_applications_span/);
  });

  it('every table with a tenant_id column, and every account table, has row-level security enabled and forced', async () => {
    const tables = await rows<{ table_name: string; rls: boolean; forced: boolean; policies: number }>(
      db,
      sql`select c.table_name, k.relrowsecurity as rls, k.relforcerowsecurity as forced,
            (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.table_name) as policies
          from information_schema.columns c
          join pg_class k on k.relname = c.table_name
          join pg_namespace n on n.oid = k.relnamespace and n.nspname = c.table_schema
          where c.table_schema = 'public' and k.relkind = 'r'
            and (c.column_name = 'tenant_id' or (c.column_name = 'id' and c.table_name in ('tenants', 'users'))
                 or (c.column_name = 'user_id' and c.table_name in ('user_tokens', 'user_identities')))
          order by c.table_name`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(33);
    expect(tables.filter((t) => !t.rls || !t.forced || t.policies === 0).map((t) => t.table_name)).toEqual([]);
  });
});

describe.runIf(postgresConfigured())('an owner that is neither superuser nor CREATEROLE (docs/operations.md)', () => {
  it('migrates once duiding_app exists, and FORCE ROW LEVEL SECURITY leaves it only the named owner policy', async () => {
    const server = (await createDatabaseWithPlainOwner())!;
    let handle: DatabaseHandle | undefined;
    try {
      handle = await openDatabase({ kind: 'postgres', url: server.url, appUrl: server.appUrl });
      await handle.migrate();
      const db = handle.db;
      const [ta] = await db.insert(schema.tenants).values({ slug: 'a', name: 'A' }).returning();
      const [tb] = await db.insert(schema.tenants).values({ slug: 'b', name: 'B' }).returning();
      await db.insert(schema.areas).values([
        { tenantId: ta!.id, code: 'GM0001', name: 'Alfa', level: 'gemeente' },
        { tenantId: tb!.id, code: 'GM0002', name: 'Beta', level: 'gemeente' },
      ]);
      await db.insert(schema.auditLog).values({ tenantId: ta!.id, action: 'test' });
      // The owner sees both (policy owner_maintenance); the app only its municipality.
      expect((await db.select().from(schema.areas)).length).toBe(2);
      expect((await tenantDatabase(db, tb!.id).select().from(schema.areas)).map((r) => r.name)).toEqual(['Beta']);
      const [flags] = await rows<{ superuser: boolean; forced: boolean }>(
        db,
        sql`select (select rolsuper from pg_roles where rolname = current_user) as superuser,
                   (select relforcerowsecurity from pg_class where oid = 'public.areas'::regclass) as forced`,
      );
      expect(flags).toEqual({ superuser: false, forced: true });
      expect(await rejection(db.delete(schema.auditLog))).toMatch(/append-only/);
      // Accounts: this owner is a member of duiding_app, so the app's policies on users apply to it
      // as well (next to owner_maintenance); its look-ups and the app's still work.
      const [local] = await db
        .insert(schema.users)
        .values({ email: 'x@example.org', displayName: 'X', homeTenantId: tb!.id, passwordHash: await hash('wachtwoord-van-x') })
        .returning({ id: schema.users.id });
      await db.insert(schema.users).values({ email: 'x@example.org', displayName: 'X in A', homeTenantId: ta!.id });
      expect((await db.select({ id: schema.users.id }).from(schema.users)).length).toBe(2);
      expect((await tenantDatabase(db, tb!.id).select({ id: schema.users.id }).from(schema.users)).map((r) => r.id)).toEqual([local!.id]);
      expect(await passwordMatches(db, local!.id, 'wachtwoord-van-x')).toBe(true);
      expect(await passwordMatches(tenantDatabase(db, tb!.id), local!.id, 'wachtwoord-van-x')).toBe(true);
      // The owner's URL given as the application's login is refused at start.
      await expect(openDatabase({ kind: 'postgres', url: server.url, appUrl: server.url })).rejects.toThrow(/owner of the tables/);
    } finally {
      await handle?.close();
      await server.drop();
    }
  }, 120_000);
});

describe('a failed migration', () => {
  it('says why: PostgreSQL’s message and SQLSTATE, not only the statement', async () => {
    // A database where the first migration's table already exists (a half-restored dump, say).
    const handle = await openDatabase({ kind: 'pglite-memory' });
    try {
      await handle.db.execute(sql`create table tenants (id int)`);
      const error = await handle.migrate().then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/^Migration failed: relation "tenants" already exists \(SQLSTATE 42P07\)/);
      expect(error?.message).toMatch(/statement: CREATE TABLE "tenants"/);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
