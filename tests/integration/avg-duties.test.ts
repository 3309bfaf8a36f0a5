// AVG duties for a whole municipality on PGlite and PostgreSQL: retention per collection, the
// full export, deleting a municipality, and the audit log — with a second municipality that must
// stay untouched throughout.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { auditPage } from '../../src/services/audit.ts';
import { textSource, type ServiceContext } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { applyRetention } from '../../src/services/retention.ts';
import { deleteTenant, exportTenantArchive } from '../../src/services/tenant-data.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'kort',
  title: { nl: 'Kort' },
  languages: ['nl'],
  prompts: [],
  questions: [
    { key: 'cijfer', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10 },
    {
      key: 'rol',
      about: 'participant',
      type: 'choice',
      text: { nl: 'Rol' },
      options: [
        { key: 'ouder', text: { nl: 'ouder' } },
        { key: 'jongere', text: { nl: 'jongere' } },
      ],
    },
  ],
};

const STORIES = `story_id,collected_at,collection,language,prompt,title,text,cijfer,rol
oud-1,2020-01-05T10:00:00Z,bewaar,nl,,Oud verhaal,Heel lang geleden,4,ouder
oud-2,2020-03-05T10:00:00Z,bewaar,nl,,Ook oud,Lang geleden,6,jongere
nieuw-1,2026-11-01T10:00:00Z,bewaar,nl,,Nieuw verhaal,Net gebeurd,8,ouder
oud-3,2020-01-05T10:00:00Z,altijd,nl,,Oud zonder termijn,Blijft staan,5,jongere
`;

const count = async (handle: DatabaseHandle, query: ReturnType<typeof sql>) =>
  Number(((await handle.db.execute(query)) as unknown as { rows: { n: number | string }[] }).rows[0].n);

describe.each(testDatabaseTargets())('AVG duties on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let a: ServiceContext;
  let b: ServiceContext;

  async function fill(ctx: ServiceContext) {
    await importQuestionnaire(ctx, QUESTIONNAIRE);
    await importStories(ctx, { source: textSource('kort.csv', STORIES), questionnaireKey: 'kort' });
    await ctx.db.execute(sql`update collections set retention_days = 365 where tenant_id = ${ctx.tenantId} and slug = 'bewaar'`);
  }

  beforeAll(async () => {
    handle = await create();
    a = await createTestTenant(handle, 'gemeente-a');
    b = await createTestTenant(handle, 'gemeente-b');
    await fill(a);
    await fill(b);
    const passwordHash = await hash('wachtwoord-123');
    const onlyA = await upsertUser(handle.db, { email: 'alleen-a@example.test', displayName: 'Alleen A', passwordHash, homeTenantId: a.tenantId });
    // Only a single sign-on account (no home, no password) works for two municipalities.
    const both = await upsertUser(handle.db, { email: 'beide@example.test', displayName: 'Beide', passwordHash: null, homeTenantId: null });
    await addMembership(handle.db, { tenantId: a.tenantId, userId: onlyA, role: 'beheerder' });
    await addMembership(handle.db, { tenantId: a.tenantId, userId: both, role: 'analist' });
    await addMembership(handle.db, { tenantId: b.tenantId, userId: both, role: 'analist' });
  });
  afterAll(async () => handle?.close());

  it('deletes only stories past their collection’s retention period, logs the count and drops cached scans', async () => {
    await scanQuestionnaire(a, 'kort');
    expect(await count(handle, sql`select count(*) as n from pattern_scans where tenant_id = ${a.tenantId}`)).toBeGreaterThan(0);
    const run = await applyRetention(handle.db, new Date('2026-11-25T12:00:00Z'), a.tenantId);
    expect(run.deleted).toBe(2);
    const left = (await handle.db.execute(sql`select ref from stories where tenant_id = ${a.tenantId} order by ref`)) as unknown as { rows: { ref: string }[] };
    expect(left.rows.map((r) => r.ref)).toEqual(['nieuw-1', 'oud-3']);
    expect(
      await count(
        handle,
        sql`select count(*) as n from story_answers sa where tenant_id = ${a.tenantId} and not exists (select 1 from stories s where s.tenant_id = sa.tenant_id and s.id = sa.story_id)`,
      ),
    ).toBe(0);
    expect(await count(handle, sql`select count(*) as n from pattern_scans where tenant_id = ${a.tenantId}`)).toBe(0);
    const log = await auditPage(a, { action: 'retention.delete' });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({ subject: 'bewaar', detail: { stories: 2 }, actor: null });
    // The other municipality's old stories are its own business: untouched by A's run.
    expect(await count(handle, sql`select count(*) as n from stories where tenant_id = ${b.tenantId}`)).toBe(4);
  });

  it('exports everything of one municipality and nothing of another', async () => {
    const { archive, files } = await exportTenantArchive(a);
    expect(files).toEqual(
      expect.arrayContaining([
        'LEESMIJ.txt',
        'vragenlijsten/kort.json',
        'verhalen/kort.csv',
        'cijfers/observaties.csv',
        'tabellen/stories.json',
        'tabellen/story_answers.json',
        'tabellen/audit_log.json',
        'tabellen/memberships.json',
      ]),
    );
    expect(files).not.toContain('tabellen/sessions.json');
    expect(spawnSync('python3', ['--version']).status).toBe(0);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'export-')), 'a.zip');
    fs.writeFileSync(file, archive);
    const read = (name: string) =>
      execFileSync('python3', ['-c', 'import zipfile,sys;sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', file, name], {
        encoding: 'utf8',
      });
    expect(read('verhalen/kort.csv')).toContain('nieuw-1');
    const rows = JSON.parse(read('tabellen/stories.json')) as { tenant_id: string }[];
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.tenant_id === a.tenantId)).toBe(true);
    expect(JSON.parse(read('vragenlijsten/kort.json')).format).toBe('duiding.questionnaire/v1');
    expect((await auditPage(a, { action: 'tenant.export' })).entries).toHaveLength(1);
  });

  it('refuses to delete a municipality without the slug repeated', async () => {
    await expect(deleteTenant(handle.db, 'gemeente-a', 'ja')).rejects.toBeInstanceOf(InputRejected);
    await expect(deleteTenant(handle.db, 'bestaat-niet', 'bestaat-niet')).rejects.toBeInstanceOf(InputRejected);
    expect(await count(handle, sql`select count(*) as n from stories where tenant_id = ${a.tenantId}`)).toBe(2);
  });

  it('deletes a municipality with all its rows and the accounts that belonged only to it', async () => {
    const deletion = await deleteTenant(handle.db, 'gemeente-a', 'gemeente-a');
    expect(deletion.rowsDeleted.stories).toBe(2);
    expect(deletion.usersDeleted).toBe(1);
    const tables = (
      (await handle.db.execute(
        sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id'`,
      )) as unknown as { rows: { table_name: string }[] }
    ).rows;
    for (const { table_name } of tables) {
      expect(await count(handle, sql`select count(*) as n from ${sql.raw(`"${table_name}"`)} where tenant_id = ${a.tenantId}`), table_name).toBe(0);
    }
    expect(await count(handle, sql`select count(*) as n from tenants where id = ${a.tenantId}`)).toBe(0);
    expect(await count(handle, sql`select count(*) as n from users where email = 'alleen-a@example.test'`)).toBe(0);
    expect(await count(handle, sql`select count(*) as n from users where email = 'beide@example.test'`)).toBe(1);
    expect(await count(handle, sql`select count(*) as n from stories where tenant_id = ${b.tenantId}`)).toBe(4);
  });
});
