import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { assumptionStatusChanges, opgaven, tocElements, tocLinks, users } from '../schema/index.ts';
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

// --- Below: queries of the opgaven service (services/opgaven.ts). ---

export async function findOpgaveByKey(db: Tx, tenantId: string, key: string) {
  const [row] = await db
    .select()
    .from(opgaven)
    .where(and(eq(opgaven.tenantId, tenantId), eq(opgaven.key, key)));
  return row ?? null;
}

export async function updateOpgave(db: Tx, tenantId: string, id: string, values: { title: string; description: string; domain: string }) {
  await db
    .update(opgaven)
    .set(values)
    .where(and(eq(opgaven.tenantId, tenantId), eq(opgaven.id, id)));
}

export async function deleteOpgave(db: Tx, tenantId: string, id: string) {
  await db.delete(opgaven).where(and(eq(opgaven.tenantId, tenantId), eq(opgaven.id, id)));
}

export async function findTocElement(db: Tx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(tocElements)
    .where(and(eq(tocElements.tenantId, tenantId), eq(tocElements.id, id)));
  return row ?? null;
}

export async function updateTocElement(
  db: Tx,
  tenantId: string,
  id: string,
  values: Partial<Pick<typeof tocElements.$inferInsert, 'text' | 'buildingBlock' | 'status' | 'position'>>,
) {
  await db
    .update(tocElements)
    .set(values)
    .where(and(eq(tocElements.tenantId, tenantId), eq(tocElements.id, id)));
}

export async function deleteTocElement(db: Tx, tenantId: string, id: string) {
  await db.delete(tocElements).where(and(eq(tocElements.tenantId, tenantId), eq(tocElements.id, id)));
}

export async function nextTocPosition(db: Tx, tenantId: string, opgaveId: string) {
  const [row] = await db
    .select({ max: sql<number | null>`max(${tocElements.position})` })
    .from(tocElements)
    .where(and(eq(tocElements.tenantId, tenantId), eq(tocElements.opgaveId, opgaveId)));
  return row.max === null ? 0 : Number(row.max) + 1;
}

export async function listTocLinks(db: Tx, tenantId: string, elementIds: string[]) {
  if (elementIds.length === 0) return [];
  return db
    .select()
    .from(tocLinks)
    .where(and(eq(tocLinks.tenantId, tenantId), inArray(tocLinks.elementId, elementIds)))
    .orderBy(tocLinks.kind, tocLinks.ref);
}

export async function deleteTocLink(db: Tx, tenantId: string, elementId: string, kind: 'indicator' | 'question', ref: string) {
  await db.delete(tocLinks).where(and(eq(tocLinks.tenantId, tenantId), eq(tocLinks.elementId, elementId), eq(tocLinks.kind, kind), eq(tocLinks.ref, ref)));
}

export async function insertStatusChange(db: Tx, values: typeof assumptionStatusChanges.$inferInsert) {
  const [row] = await db.insert(assumptionStatusChanges).values(values).returning();
  return row;
}

/** Newest first, with the judge's display name (users are global; the name is not tenant data). */
export async function listStatusChanges(db: Tx, tenantId: string, elementIds: string[]) {
  if (elementIds.length === 0) return [];
  return db
    .select({
      id: assumptionStatusChanges.id,
      elementId: assumptionStatusChanges.elementId,
      status: assumptionStatusChanges.status,
      evidence: assumptionStatusChanges.evidence,
      changedBy: users.displayName,
      changedAt: assumptionStatusChanges.changedAt,
    })
    .from(assumptionStatusChanges)
    .leftJoin(users, eq(users.id, assumptionStatusChanges.changedBy))
    .where(and(eq(assumptionStatusChanges.tenantId, tenantId), inArray(assumptionStatusChanges.elementId, elementIds)))
    .orderBy(desc(assumptionStatusChanges.changedAt), desc(assumptionStatusChanges.id));
}
