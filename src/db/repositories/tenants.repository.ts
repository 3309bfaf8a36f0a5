import { eq, sql } from 'drizzle-orm';
import type { Database } from '../connection.ts';
import { areas, providers, tenants } from '../schema/index.ts';

export type Tx = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export async function findTenantBySlug(db: Tx, slug: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug));
  return tenant ?? null;
}

export async function insertTenant(db: Tx, values: { slug: string; name: string; fictional: boolean }) {
  const [tenant] = await db.insert(tenants).values(values).returning();
  return tenant;
}

export async function upsertAreas(db: Tx, tenantId: string, rows: { code: string; name: string; level: 'gemeente' | 'wijk' | 'buurt' }[]) {
  if (rows.length === 0) return;
  await db
    .insert(areas)
    .values(rows.map((r) => ({ ...r, tenantId })))
    .onConflictDoUpdate({
      target: [areas.tenantId, areas.code],
      set: { name: sql`excluded.name`, level: sql`excluded.level` },
    });
}

export async function upsertProviders(db: Tx, tenantId: string, rows: { code: string; name: string }[]) {
  if (rows.length === 0) return;
  await db
    .insert(providers)
    .values(rows.map((r) => ({ ...r, tenantId })))
    .onConflictDoUpdate({ target: [providers.tenantId, providers.code], set: { name: sql`excluded.name` } });
}

export async function listAreas(db: Tx, tenantId: string) {
  return db.select().from(areas).where(eq(areas.tenantId, tenantId)).orderBy(areas.code);
}

export async function listProviders(db: Tx, tenantId: string) {
  return db.select().from(providers).where(eq(providers.tenantId, tenantId)).orderBy(providers.code);
}

export async function listTenantCount(db: Tx): Promise<number> {
  const rows = await db.select({ id: tenants.id }).from(tenants).limit(1);
  return rows.length;
}
