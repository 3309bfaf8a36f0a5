// Queries of the council monitor (services/monitor): which questionnaires and indicators belong
// to an opgave, stories per channel, and the tenant's settings. Queries only, no rules.
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { indicatorDefinitions, questionnaires, tenants } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function findTenantById(db: Tx, tenantId: string) {
  const [row] = await db
    .select({ name: tenants.name, fictional: tenants.fictional, settings: tenants.settings, disclosureKey: tenants.disclosureKey })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row ?? null;
}

/** Questionnaires tied to the opgave (questionnaires.opgave_id). */
export async function listQuestionnaireKeysOfOpgave(db: Tx, tenantId: string, opgaveId: string): Promise<string[]> {
  const rows = await db
    .select({ key: questionnaires.key })
    .from(questionnaires)
    .where(and(eq(questionnaires.tenantId, tenantId), eq(questionnaires.opgaveId, opgaveId)))
    .orderBy(questionnaires.key);
  return rows.map((r) => r.key);
}

export async function setQuestionnaireOpgave(db: Tx, tenantId: string, questionnaireKey: string, opgaveId: string) {
  await db
    .update(questionnaires)
    .set({ opgaveId })
    .where(and(eq(questionnaires.tenantId, tenantId), eq(questionnaires.key, questionnaireKey)));
}

/** Indicators registered for the opgave (indicator_definitions.opgave_id). */
export async function listIndicatorKeysOfOpgave(db: Tx, tenantId: string, opgaveId: string): Promise<string[]> {
  const rows = await db
    .select({ key: indicatorDefinitions.key })
    .from(indicatorDefinitions)
    .where(and(eq(indicatorDefinitions.tenantId, tenantId), eq(indicatorDefinitions.opgaveId, opgaveId)));
  return rows.map((r) => r.key);
}

/** Sets one key of tenants.settings, keeping the others (OIDC, theme) as they are. */
export async function setTenantSetting(db: Tx, tenantId: string, key: string, value: unknown) {
  await db
    .update(tenants)
    .set({ settings: sql`${tenants.settings} || jsonb_build_object(${key}::text, ${JSON.stringify(value)}::jsonb)` })
    .where(eq(tenants.id, tenantId));
}

/** A fingerprint of the tenant's indicator observations: any change, added or removed row changes it. */
export async function observationsFingerprint(db: Tx, tenantId: string): Promise<string> {
  const result = (await db.execute(sql`
    select count(*)::text || ':' || coalesce(md5(string_agg(
      indicator_key || '|' || area_code || '|' || period || '|' || provider_code || '|' || coalesce(value::text, '.'), ','
      order by indicator_key, area_code, period, provider_code)), '-') as f
    from indicator_observations where tenant_id = ${tenantId}`)) as unknown as { rows: { f: string }[] };
  return result.rows[0]?.f ?? '-';
}

/** Every questionnaire with the opgave it is tied to (null: none), for the opgave page. */
export async function listQuestionnaireTies(db: Tx, tenantId: string) {
  return db
    .select({ key: questionnaires.key, opgaveId: questionnaires.opgaveId })
    .from(questionnaires)
    .where(eq(questionnaires.tenantId, tenantId))
    .orderBy(questionnaires.key);
}

/** Unties every questionnaire of the opgave that is not in keep. */
export async function untieQuestionnaires(db: Tx, tenantId: string, opgaveId: string, keep: string[]) {
  await db
    .update(questionnaires)
    .set({ opgaveId: null })
    .where(and(eq(questionnaires.tenantId, tenantId), eq(questionnaires.opgaveId, opgaveId), keep.length ? notInArray(questionnaires.key, keep) : undefined));
}
