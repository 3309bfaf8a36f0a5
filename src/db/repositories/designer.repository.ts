// Queries of the questionnaire designer: versions per questionnaire, story counts, and updating
// a draft (unfrozen) version in place. Rules (when to make a new version) live in
// services/questionnaire-designer.ts.
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import { questionnaires, questionnaireVersions, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export interface VersionRow {
  questionnaireId: string;
  key: string;
  versionId: string;
  version: number;
  frozenAt: Date | null;
  createdAt: Date;
  definition: Questionnaire;
}

/** Every version of every questionnaire of the tenant (or of one key), oldest first. */
export async function listVersions(db: Tx, tenantId: string, key?: string): Promise<VersionRow[]> {
  return db
    .select({
      questionnaireId: questionnaires.id,
      key: questionnaires.key,
      versionId: questionnaireVersions.id,
      version: questionnaireVersions.version,
      frozenAt: questionnaireVersions.frozenAt,
      createdAt: questionnaireVersions.createdAt,
      definition: questionnaireVersions.definition,
    })
    .from(questionnaires)
    .innerJoin(
      questionnaireVersions,
      and(eq(questionnaireVersions.tenantId, questionnaires.tenantId), eq(questionnaireVersions.questionnaireId, questionnaires.id)),
    )
    .where(key === undefined ? eq(questionnaires.tenantId, tenantId) : and(eq(questionnaires.tenantId, tenantId), eq(questionnaires.key, key)))
    .orderBy(asc(questionnaires.key), asc(questionnaireVersions.version));
}

/** Stories per version id (only versions that have stories appear). */
export async function countStoriesPerVersion(db: Tx, tenantId: string): Promise<Map<string, number>> {
  const rows = await db.select({ versionId: stories.versionId, n: count() }).from(stories).where(eq(stories.tenantId, tenantId)).groupBy(stories.versionId);
  return new Map(rows.map((r) => [r.versionId, Number(r.n)]));
}

/**
 * Overwrites a draft version. Returns false when the version was frozen meanwhile (a story
 * arrived): the caller then makes a new version instead.
 */
export async function updateDraftDefinition(db: Tx, tenantId: string, versionId: string, definition: Questionnaire): Promise<boolean> {
  const rows = await db
    .update(questionnaireVersions)
    .set({ definition })
    .where(and(eq(questionnaireVersions.tenantId, tenantId), eq(questionnaireVersions.id, versionId), isNull(questionnaireVersions.frozenAt)))
    .returning({ id: questionnaireVersions.id });
  return rows.length === 1;
}
