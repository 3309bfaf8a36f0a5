import type { Database } from '../db/connection.ts';
import { findTenantBySlug } from '../db/repositories/tenants.repository.ts';
import { InputRejected } from '../domain/problems.ts';

/** The database handle as the edge (http, web) may name it: they import services, never db. */
export type { Database };

/** Who acts, for which municipality. Every service call carries one. */
export interface ServiceContext {
  db: Database;
  tenantId: string;
  actorUserId: string | null;
}

export async function contextForTenantSlug(db: Database, slug: string, actorUserId: string | null = null): Promise<ServiceContext> {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) {
    throw new InputRejected([
      {
        field: 'tenant',
        code: 'unknown-tenant',
        nl: `gemeente "${slug}" bestaat niet (start eerst met "duiding seed-demo" of maak de gemeente aan)`,
        en: `municipality "${slug}" does not exist`,
      },
    ]);
  }
  return { db, tenantId: tenant.id, actorUserId };
}

/** A text that can be read more than once: imports check everything before they write anything. */
export interface TextSource {
  name: string;
  open(): AsyncIterable<string | Buffer>;
}

export type ProgressListener = (phase: 'check' | 'write', done: number, total?: number) => void;

/** A TextSource over text already in memory (seeding, small uploads). */
export function textSource(name: string, text: string): TextSource {
  return {
    name,
    async *open() {
      yield text;
    },
  };
}
