// Queries for the storyteller's pages that the collecting contract does not cover: the
// municipality's settings (theme) and its register of areas at one level.
import { and, eq } from 'drizzle-orm';
import { areas, tenants } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function tenantSettings(db: Tx, tenantId: string): Promise<unknown> {
  const [row] = await db.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.settings ?? null;
}

export async function areasAtLevel(db: Tx, tenantId: string, level: 'gemeente' | 'wijk' | 'buurt') {
  return db
    .select({ code: areas.code, name: areas.name })
    .from(areas)
    .where(and(eq(areas.tenantId, tenantId), eq(areas.level, level)));
}
