import type { DatabaseHandle } from '../../src/db/connection.ts';
import { insertTenant } from '../../src/db/repositories/tenants.repository.ts';
import type { ServiceContext } from '../../src/services/context.ts';

export async function createTestTenant(handle: DatabaseHandle, slug: string): Promise<ServiceContext> {
  const tenant = await insertTenant(handle.db, { slug, name: `Gemeente ${slug}`, fictional: true });
  return { db: handle.db, tenantId: tenant.id, actorUserId: null };
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
