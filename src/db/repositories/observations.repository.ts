// Observations, their interpretations and the perspectives that cluster them (migration 0014).
// Queries only; the rules are in domain/sensemaking and services/sensemaking.
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { dialogues, interpretations, opgaven, patternObservations, perspectives, questionnaires } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface ObservationRow {
  id: string;
  questionnaireId: string;
  questionnaireKey: string;
  source: unknown;
  title: string;
  body: string;
  strength: string;
  opgaveKey: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface InterpretationRow {
  id: string;
  observationId: string;
  text: string;
  perspectiveId: string | null;
  createdAt: Date;
}

export interface PerspectiveRow {
  id: string;
  questionnaireId: string;
  name: string;
  description: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A malformed id is simply not found (no cast error from the database). */
const isUuid = (id: string) => UUID.test(id);

const observationColumns = {
  id: patternObservations.id,
  questionnaireId: patternObservations.questionnaireId,
  questionnaireKey: questionnaires.key,
  source: patternObservations.pattern,
  title: patternObservations.title,
  body: patternObservations.body,
  strength: patternObservations.strength,
  opgaveKey: opgaven.key,
  createdAt: patternObservations.createdAt,
  updatedAt: patternObservations.updatedAt,
};

function observationsQuery(db: Tx, tenantId: string) {
  return db
    .select(observationColumns)
    .from(patternObservations)
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, patternObservations.tenantId), eq(questionnaires.id, patternObservations.questionnaireId)))
    .leftJoin(opgaven, and(eq(opgaven.tenantId, patternObservations.tenantId), eq(opgaven.id, patternObservations.opgaveId)))
    .where(eq(patternObservations.tenantId, tenantId))
    .$dynamic();
}

export async function listObservationRows(db: Tx, tenantId: string, filter: { questionnaireId?: string; opgaveId?: string } = {}): Promise<ObservationRow[]> {
  const conditions = [eq(patternObservations.tenantId, tenantId)];
  if (filter.questionnaireId) conditions.push(eq(patternObservations.questionnaireId, filter.questionnaireId));
  if (filter.opgaveId) conditions.push(eq(patternObservations.opgaveId, filter.opgaveId), isNotNull(patternObservations.opgaveId));
  return observationsQuery(db, tenantId)
    .where(and(...conditions))
    .orderBy(desc(patternObservations.createdAt), asc(patternObservations.id));
}

export async function findObservationRow(db: Tx, tenantId: string, id: string): Promise<ObservationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await observationsQuery(db, tenantId).where(and(eq(patternObservations.tenantId, tenantId), eq(patternObservations.id, id)));
  return row ?? null;
}

export async function insertObservation(
  db: Tx,
  row: { tenantId: string; questionnaireId: string; source: unknown; title: string; body: string; strength: string; createdBy: string | null },
): Promise<string> {
  const [inserted] = await db
    .insert(patternObservations)
    .values({
      tenantId: row.tenantId,
      questionnaireId: row.questionnaireId,
      pattern: row.source,
      title: row.title,
      body: row.body,
      strength: row.strength,
      createdBy: row.createdBy,
    })
    .returning({ id: patternObservations.id });
  return inserted.id;
}

export async function updateObservation(
  db: Tx,
  tenantId: string,
  id: string,
  set: { title?: string; body?: string; strength?: string; opgaveId?: string | null },
) {
  await db
    .update(patternObservations)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(patternObservations.tenantId, tenantId), eq(patternObservations.id, id)));
}

export async function deleteObservation(db: Tx, tenantId: string, id: string) {
  await db.delete(patternObservations).where(and(eq(patternObservations.tenantId, tenantId), eq(patternObservations.id, id)));
}

export async function listInterpretationRows(db: Tx, tenantId: string, observationIds: readonly string[]): Promise<InterpretationRow[]> {
  if (observationIds.length === 0) return [];
  return db
    .select({
      id: interpretations.id,
      observationId: interpretations.observationId,
      text: interpretations.text,
      perspectiveId: interpretations.perspectiveId,
      createdAt: interpretations.createdAt,
    })
    .from(interpretations)
    .where(and(eq(interpretations.tenantId, tenantId), inArray(interpretations.observationId, [...observationIds])))
    .orderBy(asc(interpretations.createdAt), asc(interpretations.id));
}

export async function insertInterpretation(db: Tx, row: { tenantId: string; observationId: string; text: string; createdBy: string | null }): Promise<string> {
  const [inserted] = await db.insert(interpretations).values(row).returning({ id: interpretations.id });
  return inserted.id;
}

export async function findInterpretation(db: Tx, tenantId: string, id: string): Promise<(InterpretationRow & { questionnaireId: string }) | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: interpretations.id,
      observationId: interpretations.observationId,
      text: interpretations.text,
      perspectiveId: interpretations.perspectiveId,
      createdAt: interpretations.createdAt,
      questionnaireId: patternObservations.questionnaireId,
    })
    .from(interpretations)
    .innerJoin(patternObservations, and(eq(patternObservations.tenantId, interpretations.tenantId), eq(patternObservations.id, interpretations.observationId)))
    .where(and(eq(interpretations.tenantId, tenantId), eq(interpretations.id, id)));
  return row ?? null;
}

export async function setInterpretationPerspective(db: Tx, tenantId: string, id: string, perspectiveId: string | null) {
  await db
    .update(interpretations)
    .set({ perspectiveId })
    .where(and(eq(interpretations.tenantId, tenantId), eq(interpretations.id, id)));
}

export async function listPerspectiveRows(db: Tx, tenantId: string, questionnaireId: string): Promise<PerspectiveRow[]> {
  return db
    .select({ id: perspectives.id, questionnaireId: perspectives.questionnaireId, name: perspectives.name, description: perspectives.description })
    .from(perspectives)
    .where(and(eq(perspectives.tenantId, tenantId), eq(perspectives.questionnaireId, questionnaireId)))
    .orderBy(asc(perspectives.createdAt), asc(perspectives.id));
}

export async function findPerspective(db: Tx, tenantId: string, id: string): Promise<PerspectiveRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ id: perspectives.id, questionnaireId: perspectives.questionnaireId, name: perspectives.name, description: perspectives.description })
    .from(perspectives)
    .where(and(eq(perspectives.tenantId, tenantId), eq(perspectives.id, id)));
  return row ?? null;
}

export async function insertPerspective(db: Tx, row: { tenantId: string; questionnaireId: string; name: string; description: string }): Promise<string> {
  const [inserted] = await db.insert(perspectives).values(row).returning({ id: perspectives.id });
  return inserted.id;
}

export async function updatePerspective(db: Tx, tenantId: string, id: string, set: { name: string; description: string }) {
  await db
    .update(perspectives)
    .set(set)
    .where(and(eq(perspectives.tenantId, tenantId), eq(perspectives.id, id)));
}

/** Its interpretations stay and go back to "not placed" (the foreign key sets their perspective_id to null). */
export async function deletePerspective(db: Tx, tenantId: string, id: string) {
  await db.delete(perspectives).where(and(eq(perspectives.tenantId, tenantId), eq(perspectives.id, id)));
}

/** How many dialogues carry the observation in their material (jsonb containment, one query). */
export async function countDialoguesWithObservation(db: Tx, tenantId: string, observationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dialogues)
    .where(
      and(eq(dialogues.tenantId, tenantId), sql`${dialogues.material} @> ${JSON.stringify([{ kind: 'observation', observation: observationId }])}::jsonb`),
    );
  return row?.n ?? 0;
}
