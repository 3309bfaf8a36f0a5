import { and, eq } from 'drizzle-orm';
import { opgaven, tocElements, tocLinks } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function insertOpgave(db: Tx, values: typeof opgaven.$inferInsert) {
  const [row] = await db.insert(opgaven).values(values).returning({ id: opgaven.id });
  return row.id;
}

export async function insertTocElement(db: Tx, values: typeof tocElements.$inferInsert) {
  const [row] = await db.insert(tocElements).values(values).returning({ id: tocElements.id });
  return row.id;
}

export async function insertTocLinks(db: Tx, rows: (typeof tocLinks.$inferInsert)[]) {
  if (rows.length) await db.insert(tocLinks).values(rows).onConflictDoNothing();
}

export async function listOpgaven(db: Tx, tenantId: string) {
  return db.select().from(opgaven).where(eq(opgaven.tenantId, tenantId)).orderBy(opgaven.key);
}

export async function listTocElements(db: Tx, tenantId: string, opgaveId: string) {
  return db
    .select()
    .from(tocElements)
    .where(and(eq(tocElements.tenantId, tenantId), eq(tocElements.opgaveId, opgaveId)))
    .orderBy(tocElements.position);
}
