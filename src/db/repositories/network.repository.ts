// The regional learning network (migration 0015). Queries only; the rules (consent, who may,
// what is local) are in services/network and domain/network. Under row-level security a query
// scoped to a municipality that is not an active member finds nothing of a network.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import {
  type ConsentVia,
  type NetworkIndicator,
  networkAdoptions,
  networkIndicatorSets,
  networkMembers,
  networkProviders,
  networkQuestionnaires,
  networkQuestionnaireVersions,
  networks,
} from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

export type NetworkRow = typeof networks.$inferSelect;
export type MemberRow = typeof networkMembers.$inferSelect;
export type NetworkVersionRow = typeof networkQuestionnaireVersions.$inferSelect;

/** The owner's path (the CLI): the application role may not create a network. */
export async function insertNetwork(db: Tx, values: { slug: string; name: string }): Promise<NetworkRow> {
  const [row] = await db.insert(networks).values(values).returning();
  return row!;
}

/** A network this municipality can see: only one it is an active member of (row-level security). */
export async function findNetwork(db: Tx, slug: string): Promise<NetworkRow | null> {
  const [row] = await db.select().from(networks).where(eq(networks.slug, slug));
  return row ?? null;
}

/** For joining: the one network with exactly this slug, visible to a non-member (0015's function). */
export async function findNetworkToJoin(db: Tx, slug: string): Promise<{ id: string; slug: string; name: string } | null> {
  return rows<{ id: string; slug: string; name: string }>(await db.execute(sql`select id, slug, name from duiding_network_to_join(${slug})`))[0] ?? null;
}

export async function activeMembership(db: Tx, networkId: string, tenantId: string): Promise<MemberRow | null> {
  const [row] = await db
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.tenantId, tenantId), isNull(networkMembers.leftAt)));
  return row ?? null;
}

/** This municipality's own membership periods (also ended ones), newest first. */
export async function ownMemberships(db: Tx, tenantId: string) {
  return db
    .select({ member: networkMembers, network: networks })
    .from(networkMembers)
    .leftJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(eq(networkMembers.tenantId, tenantId))
    .orderBy(desc(networkMembers.joinedAt));
}

export async function insertMembership(
  db: Tx,
  values: { tenantId: string; networkId: string; consentBy: string | null; consentVia: ConsentVia },
): Promise<MemberRow> {
  const [row] = await db.insert(networkMembers).values(values).returning();
  return row!;
}

export async function endMembership(db: Tx, memberId: string, tenantId: string, leftBy: string | null): Promise<void> {
  await db
    .update(networkMembers)
    .set({ leftAt: sql`now()`, leftBy })
    .where(and(eq(networkMembers.tenantId, tenantId), eq(networkMembers.id, memberId), isNull(networkMembers.leftAt)));
}

export async function setMemberNamed(db: Tx, memberId: string, tenantId: string, named: boolean): Promise<void> {
  await db
    .update(networkMembers)
    .set({ named })
    .where(and(eq(networkMembers.tenantId, tenantId), eq(networkMembers.id, memberId)));
}

/** The active members of a network (ids, when they joined, whether named); no names. */
export async function activeMembers(db: Tx, networkId: string) {
  return db
    .select({ tenantId: networkMembers.tenantId, joinedAt: networkMembers.joinedAt, named: networkMembers.named })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), isNull(networkMembers.leftAt)))
    .orderBy(asc(networkMembers.joinedAt), asc(networkMembers.tenantId));
}

/** Names of the members that opted to be named, and the asker's own (0015's function). */
export async function namedMembers(db: Tx, networkId: string): Promise<{ tenantId: string; slug: string; name: string }[]> {
  return rows<{ tenant_id: string; slug: string; name: string }>(
    await db.execute(sql`select tenant_id, slug, name from duiding_network_member_names(${networkId}::uuid) order by name`),
  ).map((r) => ({ tenantId: r.tenant_id, slug: r.slug, name: r.name }));
}

export async function listProviders(db: Tx, networkId: string) {
  return db.select().from(networkProviders).where(eq(networkProviders.networkId, networkId)).orderBy(asc(networkProviders.code));
}

export async function upsertProvider(db: Tx, values: { networkId: string; code: string; name: string }): Promise<void> {
  await db
    .insert(networkProviders)
    .values(values)
    .onConflictDoUpdate({ target: [networkProviders.networkId, networkProviders.code], set: { name: values.name } });
}

export async function deleteProvider(db: Tx, networkId: string, code: string): Promise<number> {
  const deleted = await db
    .delete(networkProviders)
    .where(and(eq(networkProviders.networkId, networkId), eq(networkProviders.code, code)))
    .returning({ code: networkProviders.code });
  return deleted.length;
}

export async function listNetworkQuestionnaires(db: Tx, networkId: string) {
  return db.select().from(networkQuestionnaires).where(eq(networkQuestionnaires.networkId, networkId)).orderBy(asc(networkQuestionnaires.key));
}

export async function findNetworkQuestionnaire(db: Tx, networkId: string, key: string) {
  const [row] = await db
    .select()
    .from(networkQuestionnaires)
    .where(and(eq(networkQuestionnaires.networkId, networkId), eq(networkQuestionnaires.key, key)));
  return row ?? null;
}

export async function insertNetworkQuestionnaire(db: Tx, values: { networkId: string; key: string; title: string }) {
  const [row] = await db.insert(networkQuestionnaires).values(values).returning();
  return row!;
}

/** Every version of a network's questionnaires, oldest first per questionnaire. */
export async function listNetworkVersions(db: Tx, networkId: string): Promise<NetworkVersionRow[]> {
  return db
    .select()
    .from(networkQuestionnaireVersions)
    .where(eq(networkQuestionnaireVersions.networkId, networkId))
    .orderBy(asc(networkQuestionnaireVersions.questionnaireId), asc(networkQuestionnaireVersions.version));
}

export async function insertNetworkVersion(
  db: Tx,
  values: {
    networkId: string;
    questionnaireId: string;
    version: number;
    definition: Questionnaire;
    questionKeys: string[];
    note: string;
    createdBy: string | null;
  },
): Promise<NetworkVersionRow> {
  const [row] = await db.insert(networkQuestionnaireVersions).values(values).returning();
  return row!;
}

export async function listAdoptions(db: Tx, networkId: string) {
  return db.select().from(networkAdoptions).where(eq(networkAdoptions.networkId, networkId)).orderBy(asc(networkAdoptions.adoptedAt));
}

export async function insertAdoption(db: Tx, values: typeof networkAdoptions.$inferInsert): Promise<void> {
  await db.insert(networkAdoptions).values(values);
}

export async function listIndicatorSets(db: Tx, networkId: string) {
  return db.select().from(networkIndicatorSets).where(eq(networkIndicatorSets.networkId, networkId)).orderBy(asc(networkIndicatorSets.version));
}

export async function insertIndicatorSet(
  db: Tx,
  values: { networkId: string; version: number; indicators: NetworkIndicator[]; note: string; createdBy: string | null },
): Promise<void> {
  await db.insert(networkIndicatorSets).values(values);
}
