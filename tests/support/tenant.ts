import type { DatabaseHandle } from '../../src/db/connection.ts';
import { insertTenant, upsertAreas } from '../../src/db/repositories/tenants.repository.ts';
import { GEMEENTE_CODE, WIJKEN } from '../../src/domain/demo/municipality.ts';
import type { ServiceContext } from '../../src/services/context.ts';

export async function createTestTenant(handle: DatabaseHandle, slug: string): Promise<ServiceContext> {
  const tenant = await insertTenant(handle.db, { slug, name: `Gemeente ${slug}`, fictional: true });
  // The demo's area register (GM9999, WK999901–08): imports refuse codes the register lacks.
  await upsertAreas(handle.db, tenant.id, [
    { code: GEMEENTE_CODE, name: 'Gemeente', level: 'gemeente' },
    ...WIJKEN.map((w) => ({ code: w.code, name: w.name, level: 'wijk' as const })),
  ]);
  return { db: handle.db, tenantId: tenant.id, actorUserId: null };
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
