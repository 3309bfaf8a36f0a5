// Where the bytes of the embedded database go (issue 12, "Data size"): imports N generated stories
// into a fresh PGlite data directory with the `duiding` command (as a user does, compiled dist/),
// then prints every relation's heap, TOAST and index sizes, the WAL and the whole directory.
// Sizes grow linearly with the number of stories, so 20,000 predicts 100,000 (×5).
//   node --import tsx bench/size.ts [--stories 20000] [--keep] [--data-dir DIR (measure only)]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.ts';
import { insertTenant } from '../src/db/repositories/tenants.repository.ts';
import { csvRow } from '../src/domain/csv/writer.ts';
import { generateDemo } from '../src/domain/demo/index.ts';
import { encodeStoryRow, storyColumns } from '../src/domain/stories/csv-codec.ts';
import { BIN, directorySize, ensureBuilt, run } from './measure.ts';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '20000' }, keep: { type: 'boolean' }, 'data-dir': { type: 'string' } },
});
const n = Number(values.stories);
const kb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function importStories(): Promise<{ dir: string; dataDir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-size-'));
  const demo = generateDemo({ stories: n });
  const csvFile = path.join(dir, 'stories.csv');
  const questionnaireFile = path.join(dir, 'questionnaire.json');
  const out = fs.openSync(csvFile, 'w');
  fs.writeSync(out, csvRow(storyColumns(demo.questionnaire)));
  for (const story of demo.stories) fs.writeSync(out, csvRow(encodeStoryRow(demo.questionnaire, story)));
  fs.closeSync(out);
  fs.writeFileSync(questionnaireFile, JSON.stringify(demo.questionnaire));
  await ensureBuilt();
  const dataDir = path.join(dir, 'data');
  const env = { DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, DUIDING_SEED_DEMO: 'never' };
  const setup = await openDatabase({ kind: 'pglite', dataDir });
  await setup.migrate();
  await insertTenant(setup.db, { slug: 'bench', name: 'Bench', fictional: true });
  await setup.close();
  run(process.execPath, [BIN, 'import', 'questionnaire', questionnaireFile, '--tenant', 'bench'], env);
  // CPU seconds of the import's process say more than wall time on a shared machine.
  const imported = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', process.execPath, BIN, 'import', 'stories', csvFile, '--questionnaire', 'zo-thuis', '--tenant', 'bench'],
    { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 ** 3 },
  );
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stderr}`);
  const [wall, user, system, rssKb] = imported.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  console.log(
    `imported ${n} stories: ${wall.toFixed(1)} s wall, ${(user + system).toFixed(1)} CPU s, peak RSS ${(rssKb / 1024).toFixed(0)} MB (load ${os.loadavg()[0].toFixed(1)})`,
  );
  // The first scan writes the answer snapshot, which belongs to the database's size too.
  run(process.execPath, [BIN, 'patterns', '--questionnaire', 'zo-thuis', '--tenant', 'bench', '--json'], env);
  return { dir, dataDir };
}

const { dir, dataDir } = values['data-dir'] ? { dir: null, dataDir: values['data-dir'] } : await importStories();
const pgdata = path.join(dataDir, 'pgdata');
const walSize = () => directorySize(path.join(pgdata, 'pg_wal'));
console.log(`data directory ${kb(directorySize(dataDir))}, of which WAL ${kb(walSize())} (as the import and scan left it)`);

const database = await openDatabase({ kind: 'pglite', dataDir });
const pg = database.pglite!;
// Row counts and column widths come from the planner's statistics.
await pg.query('analyze');
// Per table: heap, TOAST (with its index), each index; only relations above 64 kB.
const rows = await pg.query<{ name: string; heap: number; toast: number; indexes: number; total: number; rows: number }>(`
  select c.relname as name,
         pg_relation_size(c.oid)::float8 as heap,
         coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0)::float8 as toast,
         pg_indexes_size(c.oid)::float8 as indexes,
         pg_total_relation_size(c.oid)::float8 as total,
         c.reltuples::float8 as rows
  from pg_class c join pg_namespace s on s.oid = c.relnamespace
  where c.relkind = 'r' and s.nspname = 'public' and pg_total_relation_size(c.oid) > 65536
  order by total desc`);
const indexes = await pg.query<{ table: string; name: string; size: number }>(`
  select t.relname as table, i.relname as name, pg_relation_size(i.oid)::float8 as size
  from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
  join pg_namespace s on s.oid = t.relnamespace
  where s.nspname = 'public' and pg_relation_size(i.oid) > 65536 order by size desc`);
const all = await pg.query<{ size: number }>(`select sum(pg_total_relation_size(c.oid))::float8 as size from pg_class c where c.relkind in ('r', 'm')`);
console.log(`\n${'table'.padEnd(28)} ${'rows'.padStart(9)} ${'heap'.padStart(10)} ${'toast'.padStart(10)} ${'indexes'.padStart(10)} ${'total'.padStart(10)}`);
for (const r of rows.rows) {
  console.log(
    `${r.name.padEnd(28)} ${String(Math.round(r.rows)).padStart(9)} ${kb(r.heap).padStart(10)} ${kb(r.toast).padStart(10)} ${kb(r.indexes).padStart(10)} ${kb(r.total).padStart(10)}`,
  );
}
console.log(`\n${'index'.padEnd(44)} ${'size'.padStart(10)}`);
for (const i of indexes.rows) console.log(`${`${i.table}.${i.name}`.padEnd(44)} ${kb(i.size).padStart(10)}`);
const widths = await pg.query<{ column: string; avg: number }>(`
  select attname as column, avg_width::float8 as avg from pg_stats where schemaname = 'public' and tablename = 'stories' order by avg_width desc`);
if (widths.rows.length) console.log(`\nstories' average column widths (bytes): ${widths.rows.map((w) => `${w.column} ${w.avg}`).join(', ')}`);
console.log(`\nall relations (with the catalog) ${kb(all.rows[0].size)}`);
await pg.query('checkpoint');
console.log(`after CHECKPOINT: WAL ${kb(walSize())}`);
await database.close();
console.log(`closed: data directory ${kb(directorySize(dataDir))}, WAL ${kb(walSize())}`);
if (dir && values.keep) console.log(`kept: ${dir}`);
else if (dir) fs.rmSync(dir, { recursive: true, force: true });
