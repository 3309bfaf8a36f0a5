// Durability of an import: `duiding tenant import` (a separate process on a PGlite data
// directory) is killed with SIGKILL while it writes its one transaction. Afterwards nothing of it
// may be there — no municipality, no account, no row — and the same import then succeeds whole.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { tenantTablesInDeleteOrder } from '../../src/db/repositories/tenant-tables.repository.ts';
import { zip } from '../../src/domain/archive/zip.ts';
import { textSource } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { deleteTenant, exportTenantArchive } from '../../src/services/tenant-data.ts';
import { importTenantArchive } from '../../src/services/tenant-import.ts';
import { createTestTenant } from '../support/tenant.ts';

const BIN = path.resolve('bin/duiding.mjs');
const COPIES = 250; // × 20 stories with 3 answers each: 20,000 rows, seconds of writing on PGlite
const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'kort',
  title: { nl: 'Kort' },
  languages: ['nl'],
  prompts: [],
  questions: [
    { key: 'cijfer', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10 },
    { key: 'gehoord', about: 'story', type: 'slider', text: { nl: 'Gehoord' }, left: { nl: 'niet' }, right: { nl: 'wel' } },
    { key: 'toelichting', about: 'story', type: 'text', text: { nl: 'Toelichting' } },
  ],
};
const STORIES =
  'story_id,collected_at,collection,language,prompt,title,text,cijfer,gehoord,toelichting\n' +
  Array.from({ length: 20 }, (_, i) => `s-${i},2026-03-05T10:00:00Z,kort-2026,nl,,Verhaal ${i},Tekst ${i},${1 + (i % 10)},${i * 5},Uitleg ${i}`).join('\n') +
  '\n';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-kill-import-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/**
 * A real export of a small municipality, with its stories copied until writing takes a while.
 * Made in the data directory the import will use (one PGlite start less), then deleted there.
 */
async function largeArchive(dataDir: string): Promise<Buffer> {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await handle.migrate();
    const ctx = await createTestTenant(handle, 'groot');
    await importQuestionnaire(ctx, QUESTIONNAIRE);
    await importStories(ctx, { source: textSource('kort.csv', STORIES), questionnaireKey: 'kort' });
    const files = unzipSync((await exportTenantArchive(ctx)).archive);
    await deleteTenant(handle.db, 'groot', 'groot');
    const read = (name: string) => JSON.parse(Buffer.from(files[name]).toString('utf8')) as Record<string, unknown>[];
    const stories = read('tabellen/stories.json');
    const answers = read('tabellen/story_answers.json');
    const allStories = [...stories];
    const allAnswers = [...answers];
    for (let copy = 1; copy <= COPIES; copy++) {
      for (const story of stories) {
        const id = randomUUID();
        allStories.push({ ...story, id, ref: `${story.ref}-${copy}`, submission_id: null, withdrawal_code_hash: null });
        for (const answer of answers) if (answer.story_id === story.id) allAnswers.push({ ...answer, story_id: id });
      }
    }
    const entries = Object.entries(files).map(([name, data]) => ({ name, data: Buffer.from(data) }));
    return zip([
      ...entries.filter((e) => e.name !== 'tabellen/stories.json' && e.name !== 'tabellen/story_answers.json' && e.name !== 'tabellen/pattern_scans.json'),
      { name: 'tabellen/stories.json', data: JSON.stringify(allStories) },
      { name: 'tabellen/story_answers.json', data: JSON.stringify(allAnswers) },
    ]);
  } finally {
    await handle.close();
  }
}

async function leftovers(handle: DatabaseHandle) {
  const scalar = async (query: ReturnType<typeof sql>) => Number(((await handle.db.execute(query)) as unknown as { rows: { n: string }[] }).rows[0].n);
  let orphans = 0;
  for (const table of await tenantTablesInDeleteOrder(handle.db)) {
    orphans += await scalar(sql`select count(*) as n from ${sql.raw(`"${table}"`)} t where not exists (select 1 from tenants x where x.id = t.tenant_id)`);
  }
  return { tenants: await scalar(sql`select count(*) as n from tenants`), users: await scalar(sql`select count(*) as n from users`), orphans };
}

it('kill -9 during the write of `duiding tenant import` leaves nothing half-written', { timeout: 300_000 }, async () => {
  const file = path.join(work, 'groot.zip');
  const dataDir = path.join(work, 'data');
  fs.writeFileSync(file, await largeArchive(dataDir));

  const child = spawn(process.execPath, [BIN, 'tenant', 'import', file], {
    env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`import did not start writing within 180 s:\n${output}`)), 180_000);
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.includes('opslaan in één transactie')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`import exited (${code}) before writing:\n${output}`)));
  });
  await new Promise((r) => setTimeout(r, 200)); // the transaction is open; 20,000 rows take seconds
  child.kill('SIGKILL');
  await exited;
  expect(output).not.toContain('Vastgelegd'); // killed before its commit, as intended

  // The lock of the killed process is stale: this open takes it over and PostgreSQL recovers.
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    expect(await leftovers(handle)).toEqual({ tenants: 0, users: 0, orphans: 0 });
    // The data directory is sound: the same import now succeeds, whole.
    const result = await importTenantArchive(handle.db, fs.readFileSync(file), { archiveName: 'groot.zip' });
    expect(result.rows.stories).toBe(20 * (COPIES + 1));
    expect(result.rows.story_answers).toBe(60 * (COPIES + 1));
  } finally {
    await handle.close();
  }
});
