// What the network comparison reads (services/network-compare). Two kinds of query:
// - in the reader's own scope: the shared questionnaire's versions, the indicator set, the adoptions (row-level security of migration 0015 shows them only to members);
// - in one member's own scope: that member's questionnaire key and its indicator figures for the
//   whole municipality. Queries only.
import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import {
  indicatorObservations,
  networkAdoptions,
  networkIndicatorSets,
  networkQuestionnaires,
  networkQuestionnaireVersions,
  questionnaires,
} from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function networkQuestionnaireList(db: Tx, networkId: string) {
  return db
    .select({ id: networkQuestionnaires.id, key: networkQuestionnaires.key, title: networkQuestionnaires.title })
    .from(networkQuestionnaires)
    .where(eq(networkQuestionnaires.networkId, networkId))
    .orderBy(networkQuestionnaires.key);
}

export async function networkVersions(db: Tx, networkId: string, questionnaireId: string) {
  return db
    .select({
      id: networkQuestionnaireVersions.id,
      version: networkQuestionnaireVersions.version,
      definition: networkQuestionnaireVersions.definition,
      questionKeys: networkQuestionnaireVersions.questionKeys,
    })
    .from(networkQuestionnaireVersions)
    .where(and(eq(networkQuestionnaireVersions.networkId, networkId), eq(networkQuestionnaireVersions.questionnaireId, questionnaireId)))
    .orderBy(desc(networkQuestionnaireVersions.version));
}

/** Every adoption of the network questionnaire, newest first (the first per member is in force). */
export async function adoptionsOf(db: Tx, networkId: string, networkQuestionnaireId: string) {
  return db
    .select({
      tenantId: networkAdoptions.tenantId,
      networkVersionId: networkAdoptions.networkVersionId,
      questionnaireId: networkAdoptions.questionnaireId,
    })
    .from(networkAdoptions)
    .where(and(eq(networkAdoptions.networkId, networkId), eq(networkAdoptions.networkQuestionnaireId, networkQuestionnaireId)))
    .orderBy(desc(networkAdoptions.adoptedAt));
}

export async function newestIndicatorSet(db: Tx, networkId: string) {
  const [row] = await db
    .select({ version: networkIndicatorSets.version, indicators: networkIndicatorSets.indicators })
    .from(networkIndicatorSets)
    .where(eq(networkIndicatorSets.networkId, networkId))
    .orderBy(desc(networkIndicatorSets.version))
    .limit(1);
  return row ?? null;
}

/** In the member's scope: the key of its questionnaire (adoptions name it by id). */
export async function questionnaireKeyById(db: Tx, tenantId: string, id: string): Promise<string | null> {
  const [row] = await db
    .select({ key: questionnaires.key })
    .from(questionnaires)
    .where(and(eq(questionnaires.tenantId, tenantId), eq(questionnaires.id, id)));
  return row?.key ?? null;
}

/**
 * In the member's scope: per indicator key and provider ('' = the whole area) the newest
 * observation of the municipality as a whole (a GM area code).
 */
export async function municipalityIndicatorFigures(db: Tx, tenantId: string, keys: readonly string[]) {
  if (keys.length === 0) return [];
  return db
    .selectDistinctOn([indicatorObservations.indicatorKey, indicatorObservations.providerCode], {
      key: indicatorObservations.indicatorKey,
      provider: indicatorObservations.providerCode,
      period: indicatorObservations.period,
      value: indicatorObservations.value,
      numerator: indicatorObservations.numerator,
      denominator: indicatorObservations.denominator,
    })
    .from(indicatorObservations)
    .where(
      and(eq(indicatorObservations.tenantId, tenantId), inArray(indicatorObservations.indicatorKey, [...keys]), like(indicatorObservations.areaCode, 'GM%')),
    )
    .orderBy(indicatorObservations.indicatorKey, indicatorObservations.providerCode, sql`${indicatorObservations.period} desc`);
}
