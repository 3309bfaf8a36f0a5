// Queries of the staalkaart sociaal domein: the municipality's own rows, and counts per domain.
import { and, count, eq, sql } from 'drizzle-orm';
import { domainProfiles, indicatorDefinitions, opgaven, questionnaires, stories } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function listDomainProfiles(db: Tx, tenantId: string) {
  return db.select().from(domainProfiles).where(eq(domainProfiles.tenantId, tenantId));
}

export async function upsertDomainProfile(db: Tx, values: { tenantId: string; domain: string; legalBasis: string; room: string; roomExplanation: string }) {
  await db
    .insert(domainProfiles)
    .values({ ...values, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [domainProfiles.tenantId, domainProfiles.domain],
      set: { legalBasis: values.legalBasis, room: values.room, roomExplanation: values.roomExplanation, updatedAt: sql`now()` },
    });
}

export async function countIndicatorsPerDomain(db: Tx, tenantId: string) {
  const rows = await db
    .select({ domain: indicatorDefinitions.domain, n: count() })
    .from(indicatorDefinitions)
    .where(eq(indicatorDefinitions.tenantId, tenantId))
    .groupBy(indicatorDefinitions.domain);
  return new Map(rows.map((r) => [r.domain, Number(r.n)]));
}

/** Published stories of the questionnaires tied to an opgave, per domain of that opgave. */
export async function countStoriesPerDomain(db: Tx, tenantId: string) {
  const rows = await db
    .select({ domain: opgaven.domain, n: count(stories.id) })
    .from(stories)
    .innerJoin(questionnaires, and(eq(questionnaires.tenantId, stories.tenantId), eq(questionnaires.id, stories.questionnaireId)))
    .innerJoin(opgaven, and(eq(opgaven.tenantId, questionnaires.tenantId), eq(opgaven.id, questionnaires.opgaveId)))
    .where(and(eq(stories.tenantId, tenantId), eq(stories.status, 'published')))
    .groupBy(opgaven.domain);
  return new Map(rows.map((r) => [r.domain, Number(r.n)]));
}

/** The domain of each questionnaire tied to an opgave (questionnaire id → domain). */
export async function questionnaireDomains(db: Tx, tenantId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: sql<string>`${questionnaires.id}::text`, domain: opgaven.domain })
    .from(questionnaires)
    .innerJoin(opgaven, and(eq(opgaven.tenantId, questionnaires.tenantId), eq(opgaven.id, questionnaires.opgaveId)))
    .where(eq(questionnaires.tenantId, tenantId));
  return new Map(rows.map((r) => [r.id, r.domain]));
}
