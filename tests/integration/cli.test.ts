// The `duiding` command as a user runs it: a separate process on its own PGlite data directory.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_2000_DIR, loadReferenceCase, writeReferenceAreas } from '../support/reference-case.ts';
import { createServerDatabaseUrl, testDatabaseTargets } from '../support/databases.ts';

const BIN = path.resolve('bin/duiding.mjs');
let dataDir: string;
let work: string;

const duidingRun = duiding;
function duiding(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-cli-'));
  dataDir = path.join(work, 'data');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('duiding command', () => {
  it('explains every command with --help', () => {
    for (const command of [
      'serve',
      'migrate',
      'seed-demo',
      'import questionnaire',
      'import stories',
      'import indicators',
      'export stories',
      'export questionnaire',
      'export indicators',
      'patterns',
      'stories',
      'link',
      'words',
    ]) {
      const result = duiding([...command.split(' '), '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`duiding ${command}`);
    }
    expect(duiding(['onzin']).code).toBe(2);
  });

  // The same commands on the embedded database and, where configured, on a PostgreSQL server.
  const targets = testDatabaseTargets().map((t) => t.name);
  it.skipIf(!loadReferenceCase()).each(targets)('imports and exports the reference case on %s, and rejects a bad file with its line', async (target) => {
    const server = target === 'postgres' ? await createServerDatabaseUrl() : null;
    const env: Record<string, string> = server ? { DATABASE_URL: server.url } : {};
    const duidingOn = (args: string[]) => duiding(args, env);
    try {
      referenceCommands(duidingOn);
    } finally {
      await server?.drop();
    }
  });

  function referenceCommands(duiding: (args: string[]) => ReturnType<typeof duidingRun>) {
    expect(duiding(['seed-demo', '--stories', '50']).code).toBe(0);
    const q = duiding(['import', 'questionnaire', path.join(CASE_2000_DIR, 'questionnaire.json')]);
    expect(q.stdout).toContain('aangemaakt');
    // The case's wijken must be in the register before its stories and figures (issue 13).
    expect(duiding(['import', 'areas', writeReferenceAreas(path.join(work, 'gebieden.csv'))]).code).toBe(0);
    const s = duiding(['import', 'stories', path.join(CASE_2000_DIR, 'stories.csv'), '--questionnaire', 'zo-thuis-holdout']);
    expect(s.stderr).toBe('');
    expect(s.stdout).toContain('2000 verhalen ingelezen');
    const out = path.join(work, 'export.csv');
    expect(duiding(['export', 'stories', '--questionnaire', 'zo-thuis-holdout', '--out', out]).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(2001);

    const bad = path.join(work, 'bad.csv');
    const lines = fs.readFileSync(path.join(CASE_2000_DIR, 'stories.csv'), 'utf8').split('\n').slice(0, 5);
    lines[3] = lines[3].replace(/^s000002/, 'x000002').replace(/,(\d+\.\d+),(0\.\d+),/, ',$1,abc,');
    fs.writeFileSync(bad, lines.join('\n'));
    const rejected = duiding(['import', 'stories', bad, '--questionnaire', 'zo-thuis-holdout']);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('bad.csv:4: kolom "wie_hielp.1": "abc" is geen getal');
    expect(rejected.stderr).toContain('er is niets opgeslagen');

    const patterns = duiding(['patterns', '--questionnaire', 'zo-thuis-holdout', '--json']);
    expect(JSON.parse(patterns.stdout)).toMatchObject({ format: 'duiding.patterns/v1', stories: 2000 });
    // ruis_indicator is not in the demo registry: without its definition the file is refused.
    const refused = duiding(['import', 'indicators', path.join(CASE_2000_DIR, 'indicators.csv')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('indicators.csv:3: kolom "indicator": indicator "ruis_indicator" is onbekend (16 rijen)');
    const definitions = path.join(work, 'definities.csv');
    fs.writeFileSync(definitions, 'key,name,direction\nruis_indicator,Ruis,none\n');
    const indicators = duiding(['import', 'indicators', path.join(CASE_2000_DIR, 'indicators.csv'), '--definitions', definitions]);
    expect(indicators.stdout).toContain('Gelezen als CSV (komma, decimaalpunt, UTF-8).');
    expect(indicators.stdout).toContain('1 definities en 32 waarnemingen ingelezen; nieuwe indicatoren: ruis_indicator.');
    expect(duiding(['export', 'indicators']).stdout).toContain('jeugdhulp_verblijf_per_1000,WK047901,2025,18.28');
    expect(JSON.parse(duiding(['export', 'questionnaire', 'zo-thuis-holdout']).stdout)).toMatchObject({ key: 'zo-thuis-holdout' });
  }

  it('refuses a second server on the same data directory, and a command while another command holds it', async () => {
    const server = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, PORT: '0', DUIDING_SEED_DEMO: 'never', LOG_LEVEL: 'silent' },
    });
    let output = '';
    server.stdout.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain('Duiding draait op');
    // A second server: commands may share the first one's database (cli-beside-server.test.ts), servers not.
    const second = duiding(['serve'], { PORT: '0', DUIDING_SEED_DEMO: 'never' });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('already in use by another Duiding process');
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'duiding.lock'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'duiding.socket'))).toBe(false);
    expect(duiding(['migrate']).code).toBe(0);

    // A live process that holds the lock but serves no socket (another command): refused.
    fs.writeFileSync(path.join(dataDir, 'duiding.lock'), String(process.pid));
    try {
      const refused = duiding(['migrate']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('already in use by another Duiding process');
    } finally {
      fs.rmSync(path.join(dataDir, 'duiding.lock'));
    }
  });
});
