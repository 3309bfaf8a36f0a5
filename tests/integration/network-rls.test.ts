// Row-level security of the network tables (migration 0015, docs/network.md): a municipality
// that has not joined sees nothing of a network; members read the network's tables and write
// only their own membership and adoptions; versions are never changed. Both databases.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/connection.ts';
import * as schema from '../../src/db/schema/index.ts';
import { tenantDatabase } from '../../src/db/tenant-scope.ts';
import { testDatabaseTargets } from '../support/databases.ts';

function message(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) parts.push(e.message ?? '');
  return parts.join(' | ');
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return message(error);
  }
  throw new Error('expected the database to refuse');
}

const definition = { format: 'duiding.questionnaire/v1', key: 'samen', questions: [] } as never;

describe.each(testDatabaseTargets())('row-level security of the network tables on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let db: Database;
  let member: string;
  let other: string;
  let outsider: string;
  let network: string;
  let version: string;
  let networkQuestionnaire: string;

  beforeAll(async () => {
    handle = await create();
    db = handle.db;
    const made = await db
      .insert(schema.tenants)
      .values([
        { slug: 'lid', name: 'Gemeente Lid' },
        { slug: 'ander-lid', name: 'Gemeente Ander Lid' },
        { slug: 'buiten', name: 'Gemeente Buiten' },
      ])
      .returning();
    [member, other, outsider] = made.map((t) => t.id) as [string, string, string];
    const [n] = await db.insert(schema.networks).values({ slug: 'regio', name: 'Regio Test' }).returning();
    network = n!.id;
    await db.insert(schema.networkMembers).values([
      { tenantId: member, networkId: network, consentVia: 'cli' },
      { tenantId: other, networkId: network, consentVia: 'cli' },
    ]);
    await db.insert(schema.networkProviders).values({ networkId: network, code: 'zorg-a', name: 'Zorg A' });
    const [q] = await db.insert(schema.networkQuestionnaires).values({ networkId: network, key: 'samen', title: 'Samen' }).returning();
    networkQuestionnaire = q!.id;
    const [v] = await db
      .insert(schema.networkQuestionnaireVersions)
      .values({ networkId: network, questionnaireId: q!.id, version: 1, definition, questionKeys: ['gehoord'] })
      .returning();
    version = v!.id;
    await db.insert(schema.networkIndicatorSets).values({ networkId: network, version: 1, indicators: [] });
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('a municipality that has not joined sees nothing of the network', async () => {
    const outside = tenantDatabase(db, outsider);
    for (const table of [
      schema.networks,
      schema.networkMembers,
      schema.networkProviders,
      schema.networkQuestionnaires,
      schema.networkQuestionnaireVersions,
      schema.networkIndicatorSets,
      schema.networkAdoptions,
    ]) {
      expect(await outside.select().from(table)).toEqual([]);
    }
    // ... and cannot write into it either.
    expect(await rejection(outside.insert(schema.networkProviders).values({ networkId: network, code: 'inbraak', name: 'X' }))).toMatch(/row-level security/);
    await outside.update(schema.networks).set({ name: 'Overgenomen' }).where(eq(schema.networks.id, network));
    const [still] = await db.select().from(schema.networks);
    expect(still!.name).toBe('Regio Test');
  });

  it('a member reads the network, its members, providers and versions', async () => {
    const inside = tenantDatabase(db, member);
    expect((await inside.select().from(schema.networks)).map((n) => n.slug)).toEqual(['regio']);
    expect((await inside.select().from(schema.networkMembers)).length).toBe(2);
    expect((await inside.select().from(schema.networkProviders)).map((p) => p.code)).toEqual(['zorg-a']);
    expect((await inside.select().from(schema.networkQuestionnaireVersions)).map((v) => v.questionKeys)).toEqual([['gehoord']]);
    expect((await inside.select().from(schema.networkIndicatorSets)).length).toBe(1);
  });

  it('names only members that opted in (and the asker itself), and only to members', async () => {
    const names = async (tenant: string) =>
      (
        (await tenantDatabase(db, tenant).execute(sql`select name from duiding_network_member_names(${network}::uuid) order by name`)) as unknown as {
          rows: { name: string }[];
        }
      ).rows.map((r) => r.name);
    expect(await names(member)).toEqual(['Gemeente Lid']);
    expect(await names(outsider)).toEqual([]);
    await db.update(schema.networkMembers).set({ named: true }).where(eq(schema.networkMembers.tenantId, other));
    expect(await names(member)).toEqual(['Gemeente Ander Lid', 'Gemeente Lid']);
    expect(await names(outsider)).toEqual([]);
    await db.update(schema.networkMembers).set({ named: false }).where(eq(schema.networkMembers.tenantId, other));
  });

  it('a member writes only its own membership rows, never another member’s', async () => {
    const inside = tenantDatabase(db, member);
    await inside.update(schema.networkMembers).set({ named: true }).where(eq(schema.networkMembers.tenantId, other));
    const rows = await db.select().from(schema.networkMembers).where(eq(schema.networkMembers.tenantId, other));
    expect(rows.map((r) => r.named)).toEqual([false]);
    // Joining on behalf of another municipality is refused.
    expect(
      await rejection(tenantDatabase(db, outsider).insert(schema.networkMembers).values({ tenantId: member, networkId: network, consentVia: 'cli' })),
    ).toMatch(/row-level security/);
    expect(await rejection(inside.delete(schema.networkMembers))).toMatch(/permission denied/);
  });

  it('joining twice is refused by the database too', async () => {
    expect(await rejection(db.insert(schema.networkMembers).values({ tenantId: member, networkId: network, consentVia: 'cli' }))).toMatch(
      /network_members_active|duplicate key/,
    );
    expect(await rejection(db.insert(schema.networkMembers).values({ tenantId: outsider, networkId: network, consentVia: 'page' }))).toMatch(
      /network_members_page_consent_names_beheerder/,
    );
  });

  it('a version of the shared instrument is never changed, not even by a member', async () => {
    const inside = tenantDatabase(db, member);
    expect(await rejection(inside.update(schema.networkQuestionnaireVersions).set({ questionKeys: ['x'] }))).toMatch(/permission denied/);
    expect(await rejection(inside.delete(schema.networkQuestionnaireVersions))).toMatch(/permission denied/);
    expect(await rejection(inside.insert(schema.networks).values({ slug: 'eigen', name: 'Eigen' }))).toMatch(/permission denied/);
  });

  it('a published report is read and added by members only, and never changed (0019)', async () => {
    const report = { networkId: network, title: 'Rapport', document: { format: 'duiding.network-compare/v1' }, members: [] };
    expect(await rejection(tenantDatabase(db, outsider).insert(schema.networkReports).values(report))).toMatch(/row-level security/);
    await tenantDatabase(db, member).insert(schema.networkReports).values(report);
    expect((await tenantDatabase(db, other).select().from(schema.networkReports)).map((r) => r.title)).toEqual(['Rapport']);
    expect(await tenantDatabase(db, outsider).select().from(schema.networkReports)).toEqual([]);
    const inside = tenantDatabase(db, member);
    expect(await rejection(inside.update(schema.networkReports).set({ title: 'Anders' }))).toMatch(/permission denied/);
    expect(await rejection(inside.delete(schema.networkReports))).toMatch(/permission denied/);
  });

  it('a member adopts for its own questionnaire only; after leaving it sees the network no more', async () => {
    const [q] = await db.insert(schema.questionnaires).values({ tenantId: member, key: 'samen' }).returning();
    const [qv] = await db.insert(schema.questionnaireVersions).values({ tenantId: member, questionnaireId: q!.id, version: 1, definition }).returning();
    const adoption = {
      networkId: network,
      networkQuestionnaireId: networkQuestionnaire,
      networkVersionId: version,
      questionnaireId: q!.id,
      questionnaireVersionId: qv!.id,
    };
    expect(
      await rejection(
        tenantDatabase(db, other)
          .insert(schema.networkAdoptions)
          .values({ tenantId: member, ...adoption }),
      ),
    ).toMatch(/row-level security/);
    // An outsider cannot adopt a network version for itself either.
    const [oq] = await db.insert(schema.questionnaires).values({ tenantId: outsider, key: 'samen' }).returning();
    const [oqv] = await db.insert(schema.questionnaireVersions).values({ tenantId: outsider, questionnaireId: oq!.id, version: 1, definition }).returning();
    expect(
      await rejection(
        tenantDatabase(db, outsider)
          .insert(schema.networkAdoptions)
          .values({ ...adoption, tenantId: outsider, questionnaireId: oq!.id, questionnaireVersionId: oqv!.id }),
      ),
    ).toMatch(/row-level security/);
    await tenantDatabase(db, member)
      .insert(schema.networkAdoptions)
      .values({ tenantId: member, ...adoption });
    // The other member sees which version is in use.
    expect((await tenantDatabase(db, other).select().from(schema.networkAdoptions)).length).toBe(1);

    await tenantDatabase(db, member).update(schema.networkMembers).set({ leftAt: sql`now()` }).where(eq(schema.networkMembers.tenantId, member));
    const left = tenantDatabase(db, member);
    expect(await left.select().from(schema.networks)).toEqual([]);
    expect(await left.select().from(schema.networkQuestionnaireVersions)).toEqual([]);
    // Its own history stays visible to itself; the remaining member no longer sees it in the network.
    expect((await left.select().from(schema.networkMembers)).map((m) => m.tenantId)).toEqual([member]);
    const seenByOther = await tenantDatabase(db, other).select().from(schema.networkMembers);
    expect(seenByOther.filter((m) => m.leftAt === null).map((m) => m.tenantId)).toEqual([other]);
  });

  it('finds a network to join by its exact slug only, and only with a municipality in scope', async () => {
    const found = (await tenantDatabase(db, outsider).execute(sql`select id, name from duiding_network_to_join('regio')`)) as unknown as { rows: unknown[] };
    expect(found.rows).toEqual([{ id: network, name: 'Regio Test' }]);
    const none = (await tenantDatabase(db, outsider).execute(sql`select id from duiding_network_to_join('regi')`)) as unknown as { rows: unknown[] };
    expect(none.rows).toEqual([]);
  });
});
