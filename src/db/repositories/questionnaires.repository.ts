import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import { collections, questionnaires, questionnaireVersions } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface StoredQuestionnaire {
  id: string;
  key: string;
  versionId: string;
  version: number;
  frozen: boolean;
  definition: Questionnaire;
}

/** The questionnaire with its latest version, or null. */
export async function findQuestionnaire(db: Tx, tenantId: string, key: string): Promise<StoredQuestionnaire | null> {
  const [row] = await db
    .select({
      id: questionnaires.id,
      key: questionnaires.key,
      versionId: questionnaireVersions.id,
      version: questionnaireVersions.version,
      frozenAt: questionnaireVersions.frozenAt,
      definition: questionnaireVersions.definition,
    })
    .from(questionnaires)
    .innerJoin(
      questionnaireVersions,
      and(eq(questionnaireVersions.tenantId, questionnaires.tenantId), eq(questionnaireVersions.questionnaireId, questionnaires.id)),
    )
    .where(and(eq(questionnaires.tenantId, tenantId), eq(questionnaires.key, key)))
    .orderBy(desc(questionnaireVersions.version))
    .limit(1);
  if (!row) return null;
  const { frozenAt, ...rest } = row;
  return { ...rest, frozen: frozenAt !== null };
}

export async function listQuestionnaires(db: Tx, tenantId: string) {
  return db
    .select({ id: questionnaires.id, key: questionnaires.key })
    .from(questionnaires)
    .where(eq(questionnaires.tenantId, tenantId))
    .orderBy(questionnaires.key);
}

export async function insertQuestionnaire(db: Tx, tenantId: string, definition: Questionnaire, opgaveId?: string) {
  const [q] = await db.insert(questionnaires).values({ tenantId, key: definition.key, opgaveId }).returning({ id: questionnaires.id });
  await insertVersion(db, tenantId, q.id, 1, definition);
  return q.id;
}

export async function insertVersion(db: Tx, tenantId: string, questionnaireId: string, version: number, definition: Questionnaire) {
  await db.insert(questionnaireVersions).values({ tenantId, questionnaireId, version, definition });
}

/** A version is frozen once stories refer to it: later changes must become a new version. */
export async function freezeVersion(db: Tx, tenantId: string, versionId: string) {
  await db
    .update(questionnaireVersions)
    .set({ frozenAt: new Date() })
    .where(and(eq(questionnaireVersions.tenantId, tenantId), eq(questionnaireVersions.id, versionId), isNull(questionnaireVersions.frozenAt)));
}

export async function listCollections(db: Tx, tenantId: string, questionnaireId?: string) {
  return db
    .select()
    .from(collections)
    .where(questionnaireId ? and(eq(collections.tenantId, tenantId), eq(collections.questionnaireId, questionnaireId)) : eq(collections.tenantId, tenantId))
    .orderBy(collections.slug);
}

export async function insertCollection(db: Tx, values: typeof collections.$inferInsert): Promise<{ id: string; slug: string; questionnaireId: string }> {
  const [row] = await db
    .insert(collections)
    .values(values)
    .returning({ id: collections.id, slug: collections.slug, questionnaireId: collections.questionnaireId });
  return row;
}
