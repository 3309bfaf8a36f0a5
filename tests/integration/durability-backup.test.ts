// The backup and restore procedure of docs/operations.md, performed as written: for the embedded
// database with `duiding backup` / `duiding restore` (separate processes, like an operator), and
// for a PostgreSQL server with pg_dump / pg_restore. Backup → wipe → restore → the same counts.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { backupDataDir, restoreDataDir } from '../../src/db/embedded-backup.ts';
import { DataDirectoryLockedError } from '../../src/db/lock-file.ts';
import { tenantTablesInDeleteOrder } from '../../src/db/repositories/tenant-tables.repository.ts';
import { textSource } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { createServerDatabaseUrl, postgresConfigured } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const BIN = path.resolve('bin/duiding.mjs');
const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'kort',
  title: { nl: 'Kort' },
  languages: ['nl'],
  prompts: [],
  questions: [{ key: 'cijfer', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10 }],
};
const STORIES =
  'story_id,collected_at,collection,language,prompt,title,text,cijfer\n' +
  Array.from({ length: 40 }, (_, i) => `s-${i},2026-0${1 + (i % 9)}-05T10:00:00Z,kort-2026,nl,,Verhaal ${i},Tekst ${i},${1 + (i % 10)}`).join('\n') +
  '\n';

async function fill(handle: DatabaseHandle) {
  for (const slug of ['gemeente-a', 'gemeente-b']) {
    const ctx = await createTestTenant(handle, slug);
    await importQuestionnaire(ctx, QUESTIONNAIRE);
    await importStories(ctx, { source: textSource('kort.csv', STORIES), questionnaireKey: 'kort' });
  }
}

async function counts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of [...(await tenantTablesInDeleteOrder(handle.db)), 'tenants', 'users'].sort()) {
    const rows = (await handle.db.execute(sql`select count(*) as n from ${sql.raw(`"${table}"`)}`)) as unknown as { rows: { n: string }[] };
    result[table] = Number(rows.rows[0].n);
  }
  return result;
}

function duiding(env: Record<string, string>, args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-backup-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('backup and restore of the embedded database (PGlite)', () => {
  it('duiding backup → wipe → duiding restore gives the same counts', { timeout: 300_000 }, async () => {
    const dataDir = path.join(work, 'data');
    const env = { DATABASE_URL: '', DUIDING_DATA_DIR: dataDir };
    let handle = await openDatabase({ kind: 'pglite', dataDir });
    await handle.migrate();
    await fill(handle);
    const before = await counts(handle);
    expect(before.stories).toBe(80);

    // While a process holds the data directory (as `serve` does), neither may touch it.
    await expect(backupDataDir(dataDir, path.join(work, 'never.tar.gz'))).rejects.toBeInstanceOf(DataDirectoryLockedError);
    await expect(restoreDataDir(dataDir, path.join(work, 'never.tar.gz'))).rejects.toBeInstanceOf(DataDirectoryLockedError);
    await handle.close();

    const file = path.join(work, 'duiding-backup.tar.gz');
    const backup = duiding(env, ['backup', '--out', file]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('Back-up geschreven naar');

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restore = duiding(env, ['restore', file]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('2 gemeente(n)');

    handle = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await handle.migrate();
      expect(await counts(handle)).toEqual(before);
    } finally {
      await handle.close();
    }
  });

  it('a file that is not a backup changes nothing', async () => {
    const dataDir = path.join(work, 'data'); // the one restored above
    const junk = path.join(work, 'junk.tar.gz');
    fs.writeFileSync(junk, 'geen back-up');
    const listing = fs.readdirSync(dataDir).sort();
    await expect(restoreDataDir(dataDir, junk)).rejects.toThrow(/geen bruikbare back-up/);
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing);
  }, 120_000);
});

describe.skipIf(!postgresConfigured())('backup and restore on a PostgreSQL server (pg_dump / pg_restore)', () => {
  it('pg_dump → a new empty database → pg_restore gives the same counts', { timeout: 300_000 }, async () => {
    const original = (await createServerDatabaseUrl())!;
    const target = (await createServerDatabaseUrl())!;
    try {
      let handle = await openDatabase({ kind: 'postgres', url: original.url });
      let before: Record<string, number>;
      try {
        await handle.migrate();
        await fill(handle);
        before = await counts(handle);
      } finally {
        await handle.close();
      }
      const file = path.join(work, 'duiding.dump');
      // Exactly the commands docs/operations.md gives (and `duiding backup` prints on a server).
      execFileSync('pg_dump', ['--format=custom', `--file=${file}`, original.url]);
      execFileSync('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', `--dbname=${target.url}`, file]);
      handle = await openDatabase({ kind: 'postgres', url: target.url });
      try {
        await handle.migrate(); // nothing to do: the restored database is current
        expect(await counts(handle)).toEqual(before);
      } finally {
        await handle.close();
      }
    } finally {
      await original.drop();
      await target.drop();
    }
  });
});
