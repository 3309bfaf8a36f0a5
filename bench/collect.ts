// `npm run bench -- --collect` (also part of a plain `npm run bench`): tellers posting stories
// over loopback with autocannon against PostgreSQL, then a check that every 201 is in the
// database. Uses DATABASE_URL when given (a fresh database is NOT made then: use a scratch one);
// otherwise re-runs itself under pg_virtualenv for a throwaway cluster (fsync stays on).
// Options: --duration S (default 15), --connections N (default 16).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.ts';
import { generateDemo } from '../src/domain/demo/index.ts';
import { seedDemo } from '../src/services/seed-demo.ts';

const self = fileURLToPath(import.meta.url);
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--collect'),
  options: { duration: { type: 'string', default: '15' }, connections: { type: 'string', default: '16' } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

if (!process.env.DATABASE_URL && !process.env.PGHOST) {
  if (spawnSync('sh', ['-c', 'command -v pg_virtualenv'], { stdio: 'ignore' }).status !== 0) {
    console.error('collect benchmark: needs DATABASE_URL or pg_virtualenv (apt-get install postgresql).');
    process.exit(1);
  }
  const result = spawnSync('pg_virtualenv', ['-t', '--', process.execPath, '--import', 'tsx', self, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

// A database of our own on the server pg_virtualenv started (or the DATABASE_URL as given).
let url = process.env.DATABASE_URL;
let drop = async () => {};
if (!url) {
  const admin = {
    host: process.env.PGHOST,
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER,
    password: process.env.PGPASSWORD,
    database: process.env.PGDATABASE ?? 'postgres',
  };
  const name = `duiding_bench_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client(admin);
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`CREATE DATABASE ${name}`);
  drop = () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const auth = encodeURIComponent(admin.user ?? os.userInfo().username) + (admin.password ? `:${encodeURIComponent(admin.password)}` : '');
  url = `postgres://${auth}@/${name}?${new URLSearchParams({ host: admin.host!, port: String(admin.port) })}`;
}

const handle = await openDatabase({ kind: 'postgres', url });
await handle.migrate();
await seedDemo(handle.db, { stories: 100 });
const scalar = async (query: string) => Object.values(((await handle.db.execute(sql.raw(query))) as unknown as { rows: Record<string, unknown>[] }).rows[0])[0];
const serverVersion = String(await scalar('show server_version'));

// Bodies: the demo's generated story texts and titles (so redaction has real work), valid answers.
const demo = generateDemo({ stories: 500, seed: 7 });
const WIJKEN = ['WK999901', 'WK999902', 'WK999903', 'WK999904', 'WK999905', 'WK999906'];
let counter = 0;
function body(): string {
  const story = demo.stories[counter++ % demo.stories.length];
  return JSON.stringify({
    id: randomUUID(),
    language: 'nl',
    prompt: story.prompt ?? 'moment',
    title: story.title,
    text: `${story.text} Bel me op 06-${String(10_000_000 + (counter % 89_999_999))}.`,
    answers: {
      gehoord: counter % 101,
      wie_hielp: [1 + (counter % 3), 2, 1],
      steun: { wijkteam: [counter % 100, 50], school: [30, counter % 100] },
      gevoel: 'tevreden',
      wat_hielp: ['luisteren'],
      cijfer: 1 + (counter % 10),
      wachtweken: counter % 30,
      tip: 'Sneller terugbellen.',
      rol: 'ouder',
      wijk: WIJKEN[counter % WIJKEN.length],
    },
    consent: { share: true, quote: counter % 2 === 0 },
  });
}

// DUIDING_BENCH_PROFILE=DIR writes a V8 CPU profile of the app server there (to see where time goes).
const profile = process.env.DUIDING_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.DUIDING_BENCH_PROFILE}`] : [];
const server = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(path.dirname(self), 'collect-server.ts')], {
  env: { ...process.env, DATABASE_URL: url },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise<number>((resolve, reject) => {
  server.stdout!.on('data', (chunk: Buffer) => {
    const match = /port (\d+)/.exec(chunk.toString());
    if (match) resolve(Number(match[1]));
  });
  server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
});

const created: string[] = [];
let bodyBytes = 0;
let bodies = 0;
async function load(seconds: number) {
  return autocannon({
    url: `http://127.0.0.1:${port}/api/v1/collections/voorbeeld-zo-thuis/stories`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        setupRequest: (request: Record<string, unknown>) => {
          const b = body();
          bodyBytes += Buffer.byteLength(b);
          bodies++;
          return { ...request, body: b };
        },
        onResponse: (status: number, responseBody: string) => {
          if (status === 201) created.push((JSON.parse(responseBody) as { id: string }).id);
        },
      },
    ],
  });
}

// CPU time (ms) of the app server and of the PostgreSQL cluster, so that the cost per story can
// be stated apart from whatever else shares the machine (an overloaded host shows a low rate).
const TICK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
function cpuOf(pid: number, withChildren = false): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return ((withChildren ? own + Number(fields[13]) + Number(fields[14]) : own) * 1000) / TICK;
  } catch {
    return 0;
  }
}
const dataDirectory = String(await scalar('show data_directory'));
const postmaster = (() => {
  try {
    return Number(fs.readFileSync(path.join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return 0; // a remote server (DATABASE_URL): its CPU is not ours to read
  }
})();
function clusterCpu(): number {
  if (!postmaster) return 0;
  const children = execFileSync('ps', ['--ppid', String(postmaster), '-o', 'pid='], { encoding: 'utf8' })
    .split('\n')
    .map(Number)
    .filter(Boolean);
  return cpuOf(postmaster, true) + children.reduce((sum, pid) => sum + cpuOf(pid), 0);
}

console.log(`Duiding collect benchmark — ${new Date().toISOString()}`);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, PostgreSQL ${serverVersion} (fsync on, synchronous_commit on)`,
);
console.log(
  `load: autocannon, ${connections} connections, ${duration} s after a 3 s warm-up, over loopback; server in its own process; rate limiter off; request log on (to /dev/null)`,
);
await load(3);
const warm = created.length;
const cpuBefore = { app: cpuOf(server.pid!), db: clusterCpu() };
const result = await load(duration);
const cpu = { app: cpuOf(server.pid!) - cpuBefore.app, db: clusterCpu() - cpuBefore.db };
const measured = created.length - warm;
console.log(`input: ${bodies} bodies, mean ${Math.round(bodyBytes / bodies)} bytes (demo story texts + 10 answers)`);

const ids = `{${created.join(',')}}`;
const present = Number(await scalar(`select count(*)::int from stories where id = any('${ids}'::uuid[])`));
const pending = Number(await scalar(`select count(*)::int from stories where status = 'pending'`));
server.kill('SIGTERM');
await handle.close();
await drop();

const rate = measured / duration;
const non2xx = result.non2xx;
console.log(`\nstories stored: ${measured} in ${duration} s = ${rate.toFixed(0)} stories/s (requests/s mean ${result.requests.average.toFixed(0)})`);
console.log(`latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
const perStory = { app: cpu.app / Math.max(1, measured), db: cpu.db / Math.max(1, measured) };
console.log(
  `CPU per story: app ${perStory.app.toFixed(2)} ms + PostgreSQL ${postmaster ? `${perStory.db.toFixed(2)} ms` : 'not measured (remote server)'}` +
    (postmaster
      ? ` → on 2 dedicated cores at most ≈ ${Math.round(2000 / (perStory.app + perStory.db))} stories/s (CPU-bound estimate, not a measurement)`
      : ''),
);
console.log(`load on this machine during the run (1-min load average): ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
console.log(`non-2xx responses: ${non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
console.log(
  `database check: ${present} of ${created.length} returned ids present; ${pending} pending stories in all (${pending - created.length} more: requests still in flight when autocannon stopped, whose answers it no longer read)`,
);
const verdict = (ok: boolean) => (ok ? 'MET   ' : 'MISSED');
console.log(`\ntargets:`);
console.log(`  ${verdict(rate >= 500)} ≥ 500 stories/s: ${rate.toFixed(0)}`);
console.log(`  ${verdict(result.latency.p99 < 100)} p99 < 100 ms: ${result.latency.p99} ms`);
console.log(`  ${verdict(present === created.length && non2xx === 0)} every 201 present in the database`);
process.exit(present === created.length ? 0 : 1);
