// Queries for dialogues, their agreed actions, and the story lookups their material needs.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { actions, dialogues, opgaven, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export type DialogueRow = typeof dialogues.$inferSelect;
export type ActionRow = typeof actions.$inferSelect;

export async function insertDialogue(db: Tx, values: typeof dialogues.$inferInsert) {
  const [row] = await db.insert(dialogues).values(values).returning();
  return row;
}

export async function updateDialogue(db: Tx, tenantId: string, id: string, values: Partial<Omit<typeof dialogues.$inferInsert, 'tenantId' | 'id'>>) {
  await db
    .update(dialogues)
    .set(values)
    .where(and(eq(dialogues.tenantId, tenantId), eq(dialogues.id, id)));
}

export async function deleteDialogue(db: Tx, tenantId: string, id: string) {
  await db.delete(dialogues).where(and(eq(dialogues.tenantId, tenantId), eq(dialogues.id, id)));
}

export async function findDialogue(db: Tx, tenantId: string, id: string) {
  const [row] = await db
    .select({ dialogue: dialogues, opgaveKey: opgaven.key, opgaveTitle: opgaven.title })
    .from(dialogues)
    .leftJoin(opgaven, and(eq(opgaven.tenantId, dialogues.tenantId), eq(opgaven.id, dialogues.opgaveId)))
    .where(and(eq(dialogues.tenantId, tenantId), eq(dialogues.id, id)));
  return row ?? null;
}

/** Planned ones (no date yet, or later) and held ones alike; newest date first, undated last. */
export async function listDialogues(db: Tx, tenantId: string, opgaveId?: string) {
  return db
    .select({
      dialogue: dialogues,
      opgaveKey: opgaven.key,
      opgaveTitle: opgaven.title,
      actionCount:
        sql<number>`(select count(*) from ${actions} where ${actions.tenantId} = ${dialogues.tenantId} and ${actions.dialogueId} = ${dialogues.id})`.mapWith(
          Number,
        ),
    })
    .from(dialogues)
    .leftJoin(opgaven, and(eq(opgaven.tenantId, dialogues.tenantId), eq(opgaven.id, dialogues.opgaveId)))
    .where(opgaveId ? and(eq(dialogues.tenantId, tenantId), eq(dialogues.opgaveId, opgaveId)) : eq(dialogues.tenantId, tenantId))
    .orderBy(sql`${dialogues.heldOn} desc nulls last`, desc(dialogues.createdAt));
}

export async function insertAction(db: Tx, values: typeof actions.$inferInsert) {
  const [row] = await db.insert(actions).values(values).returning();
  return row;
}

export async function findAction(db: Tx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(actions)
    .where(and(eq(actions.tenantId, tenantId), eq(actions.id, id)));
  return row ?? null;
}

export async function updateAction(db: Tx, tenantId: string, id: string, values: Partial<Omit<typeof actions.$inferInsert, 'tenantId' | 'id' | 'dialogueId'>>) {
  await db
    .update(actions)
    .set(values)
    .where(and(eq(actions.tenantId, tenantId), eq(actions.id, id)));
}

export async function deleteAction(db: Tx, tenantId: string, id: string) {
  await db.delete(actions).where(and(eq(actions.tenantId, tenantId), eq(actions.id, id)));
}

export async function listActionsOfDialogues(db: Tx, tenantId: string, dialogueIds: string[]) {
  if (dialogueIds.length === 0) return [];
  return db
    .select()
    .from(actions)
    .where(and(eq(actions.tenantId, tenantId), inArray(actions.dialogueId, dialogueIds)))
    .orderBy(sql`${actions.dueOn} asc nulls last`, asc(actions.description));
}

/** Stories named by ref (story_id), with what a story card shows. */
export async function findStoriesByRefs(db: Tx, tenantId: string, refs: string[]) {
  if (refs.length === 0) return [];
  return db
    .select({ id: stories.id, ref: stories.ref, title: stories.title, text: stories.text, status: stories.status, consentQuote: stories.consentQuote })
    .from(stories)
    .where(and(eq(stories.tenantId, tenantId), inArray(stories.ref, refs)));
}
