// Row-level security is the second line of defence: even a query that forgets (or is tricked out
// of) its tenant filter sees and changes nothing of another municipality once it runs as the
// application role (migration 0003, src/db/tenant-scope.ts). Both databases.
import { eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/connection.ts';
import * as schema from '../../src/db/schema/index.ts';
import { inTenantScope, tenantDatabase } from '../../src/db/tenant-scope.ts';
import { testDatabaseTargets } from '../support/databases.ts';

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

describe.each(testDatabaseTargets())('row-level security on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let db: Database;
  let a: string;
  let b: string;
  let userOfB: string;

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
    const [user] = await db.insert(schema.users).values({ email: 'b@example.org', displayName: 'B' }).returning();
    userOfB = user!.id;
    await db.insert(schema.memberships).values([
      { tenantId: b, userId: userOfB, role: 'analist' },
      { tenantId: a, userId: userOfB, role: 'raad' },
    ]);
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
    const [other] = await db.insert(schema.users).values({ email: 'a@example.org', displayName: 'A' }).returning();
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
      await rejection(inTenantScope(db, { tenantId: b, userId: userOfB }, (tx) => tx.update(schema.tenants).set({ settings: { oidc: 'x' } }).where(eq(schema.tenants.id, a)))),
    ).toMatch(/row-level security/);
    await inTenantScope(db, b, (tx) => tx.update(schema.tenants).set({ settings: { oidc: 'x' } }).where(eq(schema.tenants.id, a)));
    const [ofA] = await db.select().from(schema.tenants).where(eq(schema.tenants.id, a));
    expect(ofA!.settings).toEqual({});
  });

  it('the per-query scoped database keeps each request in its tenant, also interleaved and nested', async () => {
    const dbA = tenantDatabase(db, a);
    const dbB = tenantDatabase(db, b);
    expect(tenantDatabase(db, a)).toBe(dbA);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? dbA : dbB).select({ name: schema.areas.name }).from(schema.areas)),
    );
    results.forEach((r, i) => expect(r.map((x) => x.name)).toEqual([i % 2 ? 'Alfa' : 'Beta']));
    // A service's own transaction with a nested one (a savepoint) stays in scope.
    const nested = await dbB.transaction(async (tx) => {
      await tx.insert(schema.areas).values({ tenantId: b, code: 'GM0003', name: 'Gamma', level: 'gemeente' });
      return tx.transaction(async (inner) => rows<{ n: number }>(inner as unknown as Database, sql`select count(*)::int as n from areas`));
    });
    expect(nested[0]!.n).toBe(2);
    expect(await rejection(dbB.insert(schema.areas).values({ tenantId: a, code: 'GM0004', name: 'X', level: 'gemeente' }))).toMatch(/row-level security/);
    // Connections go back to the pool unscoped.
    const owner = await rows<{ role: string; tenant: string | null }>(db, sql`select current_user as role, nullif(current_setting('app.tenant_id', true), '') as tenant`);
    expect(owner[0]!.role).not.toBe('duiding_app');
    expect(owner[0]!.tenant).toBeNull();
    expect((await db.select().from(schema.areas)).length).toBe(3);
  });

  it('every table with a tenant_id column has row-level security enabled', async () => {
    const tables = await rows<{ table_name: string; rls: boolean; policies: number }>(
      db,
      sql`select c.table_name, k.relrowsecurity as rls,
            (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.table_name) as policies
          from information_schema.columns c
          join pg_class k on k.relname = c.table_name
          join pg_namespace n on n.oid = k.relnamespace and n.nspname = c.table_schema
          where c.table_schema = 'public' and c.column_name = 'tenant_id' and k.relkind = 'r'
          order by c.table_name`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(29);
    expect(tables.filter((t) => !t.rls || t.policies === 0).map((t) => t.table_name)).toEqual([]);
  });
});
