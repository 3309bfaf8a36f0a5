#!/usr/bin/env node
// `npm test`: runs Vitest, with a throwaway PostgreSQL server when one can be had, so that the
// integration tests run on PGlite and on a real PostgreSQL server (ENGINEERING.md, "Real
// PostgreSQL in tests and CI"). Extra arguments go to `vitest run` unchanged.
//
//   DUIDING_REQUIRE_POSTGRES=1  no PostgreSQL server is a failure, not a skip (CI)
//   DUIDING_REQUIRE_BROWSER=1   no /usr/bin/chromium is a failure, not a skip (CI)
//   DUIDING_REQUIRE_SHARED=1    passed through to the tests as given; never set here
//   DUIDING_TEST_DATABASE_URL   use this server (an admin connection) instead of pg_virtualenv
//
// With PGHOST or DUIDING_TEST_DATABASE_URL already set, that server is used as it is. Otherwise,
// when pg_virtualenv and a PostgreSQL server package are installed, this script runs itself again
// under `pg_virtualenv -t -o fsync=off`, which creates a cluster in a temporary directory (also
// when run as root), exports PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE and drops the cluster
// when the tests end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const env = process.env;
const CHROMIUM = '/usr/bin/chromium';

const requirePostgres = env.DUIDING_REQUIRE_POSTGRES === '1';
const requireBrowser = env.DUIDING_REQUIRE_BROWSER === '1';

function notice(message) {
  process.stderr.write(`\n[duiding test] ${message}\n\n`);
}

function fail(message) {
  process.stderr.write(`\n[duiding test] ERROR: ${message}\n\n`);
  process.exit(1);
}

/** The Vitest projects named with --project; empty means all. */
function selectedProjects() {
  const projects = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--project' && i + 1 < args.length) projects.push(args[++i]);
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
  }
  return projects;
}

const projects = selectedProjects();
const needs = (name) => projects.length === 0 || projects.includes(name);
// Unit tests never touch a server or a browser; do not start PostgreSQL for them alone.
const needsPostgres = needs('integration') || needs('e2e');
const needsBrowser = needs('e2e');

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function postgresServerInstalled() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return false;
  return readdirSync(base).some((version) => existsSync(path.join(base, version, 'bin', 'initdb')));
}

/** A port nobody listens on now, so that parallel runs do not both pick 5432. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, commandArgs, childEnv) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, env: childEnv, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      notice(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1));
    });
  });
}

function runVitest(childEnv) {
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  if (!existsSync(vitest)) fail('Vitest is not installed; run `npm ci` first.');
  return run(process.execPath, [vitest, 'run', ...args], childEnv);
}

// Inside pg_virtualenv: tell the outer process that the cluster came up, then run the tests.
if (env.DUIDING_PG_VIRTUALENV_MARKER) {
  writeFileSync(env.DUIDING_PG_VIRTUALENV_MARKER, 'started');
  const { DUIDING_PG_VIRTUALENV_MARKER: _marker, ...childEnv } = env;
  process.exit(await runVitest(childEnv));
}

if (needsBrowser && !existsSync(CHROMIUM)) {
  if (requireBrowser) fail(`DUIDING_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing (apt-get install chromium).`);
  notice(`${CHROMIUM} is missing: browser (e2e) tests are skipped. Install it with apt-get install chromium.`);
}
if (env.DUIDING_REQUIRE_SHARED === '1') notice('DUIDING_REQUIRE_SHARED=1: tests that need ../shared fail without it.');

const serverGiven = Boolean(env.PGHOST || env.DUIDING_TEST_DATABASE_URL);

if (!needsPostgres || serverGiven) {
  if (needsPostgres) {
    notice(`Using the PostgreSQL server given by ${env.DUIDING_TEST_DATABASE_URL ? 'DUIDING_TEST_DATABASE_URL' : 'PGHOST'}.`);
  }
  process.exit(await runVitest(env));
}

const missing = !onPath('pg_virtualenv')
  ? 'pg_virtualenv (package postgresql-common) is not installed'
  : !postgresServerInstalled()
    ? 'no PostgreSQL server is installed (/usr/lib/postgresql/*/bin/initdb)'
    : null;

if (missing) {
  if (requirePostgres) {
    fail(`DUIDING_REQUIRE_POSTGRES=1 but ${missing}. Install it with apt-get install postgresql, or set DUIDING_TEST_DATABASE_URL.`);
  }
  notice(`${missing}: tests against a PostgreSQL server are SKIPPED; only PGlite runs. Install postgresql or set DUIDING_TEST_DATABASE_URL.`);
  process.exit(await runVitest(env));
}

const markerDir = mkdtempSync(path.join(os.tmpdir(), 'duiding-test-'));
const marker = path.join(markerDir, 'started');
const port = await freePort();
notice(`Starting a throwaway PostgreSQL cluster with pg_virtualenv on port ${port}.`);
let code = await run('pg_virtualenv', ['-t', '-o', 'fsync=off', '--', process.execPath, fileURLToPath(import.meta.url), ...args], {
  ...env,
  PGPORT: String(port),
  DUIDING_PG_VIRTUALENV_MARKER: marker,
});
const started = existsSync(marker);
rmSync(markerDir, { recursive: true, force: true });
if (!started) {
  // pg_virtualenv failed before the tests ran: the cluster could not be created.
  if (requirePostgres) fail('DUIDING_REQUIRE_POSTGRES=1 but pg_virtualenv could not start a PostgreSQL cluster (see above).');
  notice('pg_virtualenv could not start a PostgreSQL cluster (see above): tests against a server are SKIPPED; only PGlite runs.');
  code = await runVitest(env);
}
process.exit(code);
