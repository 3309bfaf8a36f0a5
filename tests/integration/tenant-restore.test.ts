// Restoring a municipality from its own ZIP export (services/tenant-import.ts), on PGlite and
// PostgreSQL: a damaged ZIP and a ZIP with one bad row write nothing and name the file, row and
// field; a copy beside the original and a restore after the original was deleted have every
// table's row count, settings, retention and pattern scan of the original; a withdrawal code made
// before the export still withdraws after the restore; accounts come back without a password.
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { rowsOfTenant, rowsOfTenantInPages, tenantTablesInDeleteOrder } from '../../src/db/repositories/tenant-tables.repository.ts';
import { zip } from '../../src/domain/archive/zip.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { inspectLink } from '../../src/services/auth/one-time-links.ts';
import { submitStory, withdrawStory } from '../../src/services/collect-story.ts';
import { contextForTenantSlug, type ServiceContext } from '../../src/services/context.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { setSuppressionThreshold } from '../../src/services/monitor/settings.ts';
import { deleteTenant, exportTenantArchive } from '../../src/services/tenant-data.ts';
import { NOT_EXPORTED } from '../../src/services/tenant-data.ts';
import { importTenantArchive, NETWORK_TABLES_NOT_RESTORED } from '../../src/services/tenant-import.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function tableCounts(handle: DatabaseHandle, tenantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of (await tenantTablesInDeleteOrder(handle.db)).sort()) {
    if (NOT_EXPORTED.has(table)) continue; // sessions, and caches rebuilt from the stories
    if (NETWORK_TABLES_NOT_RESTORED.includes(table)) continue; // a network is the installation's: joined again
    const [row] = rowsOf<{ n: string | number }>(
      await handle.db.execute(sql`select count(*) as n from ${sql.raw(`"${table}"`)} where tenant_id = ${tenantId}`),
    );
    counts[table] = Number(row.n);
  }
  return counts;
}

async function snapshot(handle: DatabaseHandle, ctx: ServiceContext) {
  const [tenant] = rowsOf<{ settings: unknown }>(await handle.db.execute(sql`select settings from tenants where id = ${ctx.tenantId}`));
  const retention = rowsOf(await handle.db.execute(sql`select slug, retention_days from collections where tenant_id = ${ctx.tenantId} order by slug`));
  const scan = await scanQuestionnaire(ctx, 'zo-thuis', { cache: false });
  return { settings: tenant.settings, retention, stories: scan.stories, patterns: scan.patterns };
}

/** The archive with one table file changed. */
function withTable(archive: Buffer, table: string, change: (rows: Record<string, unknown>[]) => void): Buffer {
  const entries = Object.entries(unzipSync(archive)).map(([name, data]) => {
    if (name !== `tabellen/${table}.json`) return { name, data: Buffer.from(data) };
    const rows = JSON.parse(Buffer.from(data).toString('utf8'));
    change(rows);
    return { name, data: JSON.stringify(rows) };
  });
  return zip(entries);
}

describe.each(testDatabaseTargets())('tenant import on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let source: ServiceContext;
  let archive: Buffer;
  let counts: Record<string, number>;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let withdrawalCode: string;
  const installation = async () => ({
    tenants: Number(rowsOf<{ n: string }>(await handle.db.execute(sql`select count(*) as n from tenants`))[0].n),
    users: Number(rowsOf<{ n: string }>(await handle.db.execute(sql`select count(*) as n from users`))[0].n),
    stories: Number(rowsOf<{ n: string }>(await handle.db.execute(sql`select count(*) as n from stories`))[0].n),
  });

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 150 });
    source = await contextForTenantSlug(handle.db, 'voorbeeld');
    withdrawalCode = (await submitStory(handle.db, DEMO_SLUG, demoSubmission({ title: 'Later ingetrokken' }))).withdrawalCode;
    await setSuppressionThreshold(source, 7);
    await handle.db.execute(sql`update collections set retention_days = 400 where tenant_id = ${source.tenantId}`);
    await scanQuestionnaire(source, 'zo-thuis'); // a cached scan, restored with the rest
    archive = (await exportTenantArchive(source)).archive;
    counts = await tableCounts(handle, source.tenantId);
    before = await snapshot(handle, source);
  }, 240_000);
  afterAll(async () => handle?.close());

  it('reads every exported table a page at a time by its primary key: each row once, none left out', async () => {
    for (const table of await tenantTablesInDeleteOrder(handle.db)) {
      if (NOT_EXPORTED.has(table)) continue;
      const whole = await rowsOfTenant(handle.db, table, source.tenantId);
      const paged: Record<string, unknown>[] = [];
      for await (const page of rowsOfTenantInPages(handle.db, table, source.tenantId, 7)) {
        expect(page.length, table).toBeLessThanOrEqual(7);
        paged.push(...page);
      }
      const text = (rows: Record<string, unknown>[]) => rows.map((row) => JSON.stringify(row)).sort();
      expect(text(paged), table).toEqual(text(whole));
    }
  });

  it('exports what a restore needs — the municipality and its members — but no password hash', () => {
    const files = unzipSync(archive);
    const tenant = JSON.parse(Buffer.from(files['gemeente.json']).toString('utf8'));
    expect(tenant).toMatchObject({ format: 'duiding.tenant/v1', slug: 'voorbeeld', settings: expect.objectContaining({ suppressionThreshold: 7 }) });
    const accounts = Buffer.from(files['accounts.json']).toString('utf8');
    expect(JSON.parse(accounts)).toContainEqual(expect.objectContaining({ email: 'analist@voorbeeld.example' }));
    for (const [name, data] of Object.entries(files)) expect(Buffer.from(data).toString('utf8'), name).not.toMatch(/\$argon2|password_hash/);
  });

  it('refuses a damaged ZIP and writes nothing', async () => {
    const start = await installation();
    const truncated = archive.subarray(0, Math.floor(archive.length / 2));
    const flipped = Buffer.from(archive);
    flipped[Math.floor(flipped.length / 3)] ^= 0xff;
    for (const damaged of [truncated, flipped]) {
      const error = await importTenantArchive(handle.db, damaged, { archiveName: 'gegevens.zip', slug: 'kapot' }).catch((e) => e);
      expect(error).toBeInstanceOf(InputRejected);
      expect((error as InputRejected).problems[0].code).toMatch(/damaged-zip|invalid-json/);
    }
    expect(await installation()).toEqual(start);
  });

  it('refuses a ZIP with one bad row, naming the file in the ZIP, the row and the field, and writes nothing', async () => {
    const start = await installation();
    const badValue = withTable(archive, 'stories', (rows) => (rows[4].collected_at = 'gisteren'));
    const error = (await importTenantArchive(handle.db, badValue, { archiveName: 'gegevens.zip', slug: 'kapot' }).catch((e) => e)) as InputRejected;
    expect(error).toBeInstanceOf(InputRejected);
    expect(error.problems).toEqual([expect.objectContaining({ file: 'tabellen/stories.json', field: '[4].collected_at', code: 'wrong-type' })]);
    expect(error.problems[0].nl).toContain('rij 5');

    // Only the database can see this one (an answer to a story that is not there): found while
    // writing, located to its row, and the whole transaction — tenant, accounts — rolled back.
    const orphan = withTable(archive, 'story_answers', (rows) => (rows[10].story_id = '00000000-0000-4000-8000-000000000000'));
    const refused = (await importTenantArchive(handle.db, orphan, { archiveName: 'gegevens.zip', slug: 'kapot' }).catch((e) => e)) as InputRejected;
    expect(refused).toBeInstanceOf(InputRejected);
    expect(refused.problems[0]).toMatchObject({ file: 'tabellen/story_answers.json', field: expect.stringMatching(/^\[10\]/), code: 'refused-by-database' });
    expect(await installation()).toEqual(start);
  });

  it('refuses a slug that exists, and an administrator address that is not an e-mail address', async () => {
    const error = (await importTenantArchive(handle.db, archive, { archiveName: 'gegevens.zip' }).catch((e) => e)) as InputRejected;
    expect(error).toBeInstanceOf(InputRejected);
    expect(error.problems).toEqual([expect.objectContaining({ field: 'tenant', code: 'taken' })]);
    const attach = (await importTenantArchive(handle.db, archive, { archiveName: 'gegevens.zip', slug: 'kapot', adminEmail: 'geen-adres' }).catch(
      (e) => e,
    )) as InputRejected;
    expect(attach.problems).toEqual([expect.objectContaining({ field: 'admin-email', code: 'email' })]);
  });

  it('restores a copy beside the original: same rows, settings, retention and patterns; existing accounts and public links are not taken over', async () => {
    const original = rowsOf<{ id: string; email: string }>(
      await handle.db.execute(sql`select u.id::text as id, u.email from users u where u.home_tenant_id = ${source.tenantId}`),
    );
    const result = await importTenantArchive(handle.db, archive, { archiveName: 'gegevens.zip', slug: 'kopie', adminEmail: 'beheer@kopie.example' });
    const copy = await contextForTenantSlug(handle.db, 'kopie');
    // The original's people get NEW accounts of the copy (same e-mail, other id, no password), so
    // knowing an original account's password opens nothing of the copy. The extra administrator is
    // a new account too; each has a password link.
    expect(result.accounts.map((a) => a.email).sort()).toEqual([...new Set([...original.map((u) => u.email), 'beheer@kopie.example'])].sort());
    expect(result.hasAdministrator).toBe(true);
    const copyAccounts = rowsOf<{ id: string; password: boolean }>(
      await handle.db.execute(sql`select id::text as id, password_hash is not null as password from users where home_tenant_id = ${copy.tenantId}`),
    );
    expect(copyAccounts.every((a) => !a.password)).toBe(true);
    expect(copyAccounts.some((a) => original.some((o) => o.id === a.id))).toBe(false);
    const crossMembers = rowsOf<{ n: string }>(
      await handle.db.execute(
        sql`select count(*) as n from memberships where tenant_id = ${copy.tenantId} and user_id in (select id from users where home_tenant_id = ${source.tenantId})`,
      ),
    );
    expect(Number(crossMembers[0].n)).toBe(0);
    expect(result.linksNotRestored).toContain(DEMO_SLUG);
    expect(await tableCounts(handle, copy.tenantId)).toEqual({ ...counts, memberships: counts.memberships + 1, collection_links: 0 });
    expect(await snapshot(handle, copy)).toEqual(before);
    await deleteTenant(handle.db, 'kopie', 'kopie');
  });

  it('restores the municipality after it was deleted: every count, its patterns, withdrawal codes, and accounts with a fresh password link', async () => {
    const users = rowsOf<{ email: string }>(
      await handle.db.execute(sql`select u.email from users u join memberships m on m.user_id = u.id where m.tenant_id = ${source.tenantId}`),
    );
    await deleteTenant(handle.db, 'voorbeeld', 'voorbeeld');
    expect(await contextForTenantSlug(handle.db, 'voorbeeld').catch((e) => e)).toBeInstanceOf(InputRejected);

    const result = await importTenantArchive(handle.db, archive, { archiveName: 'gegevens.zip' });
    expect(result.tenant).toBe('voorbeeld');
    expect(result.hasAdministrator).toBe(true);
    const restored = await contextForTenantSlug(handle.db, 'voorbeeld');
    expect(await tableCounts(handle, restored.tenantId)).toEqual(counts);
    expect(await snapshot(handle, restored)).toEqual(before);

    // Accounts: all back, none with a password, each with a working one-time link.
    expect(result.accounts.map((a) => a.email).sort()).toEqual([...new Set(users.map((u) => u.email))].sort());
    const hashes = rowsOf<{ n: string }>(await handle.db.execute(sql`select count(*) as n from users where password_hash is not null`));
    expect(Number(hashes[0].n)).toBe(0);
    expect(await inspectLink(handle.db, result.accounts[0].token)).not.toBeNull();

    // The teller's code from before the export still removes the story.
    const storiesBefore = Number(
      rowsOf<{ n: string }>(await handle.db.execute(sql`select count(*) as n from stories where tenant_id = ${restored.tenantId}`))[0].n,
    );
    expect(await withdrawStory(handle.db, withdrawalCode)).toBe(true);
    const storiesAfter = Number(
      rowsOf<{ n: string }>(await handle.db.execute(sql`select count(*) as n from stories where tenant_id = ${restored.tenantId}`))[0].n,
    );
    expect(storiesAfter).toBe(storiesBefore - 1);
  });
});
