// `duiding …` while `duiding serve` runs on the same embedded data directory: the command goes
// through the server's Unix socket (src/db/socket-server.ts), and the web server keeps answering
// while a command writes in a transaction beside it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_2000_DIR, loadReferenceCase, writeReferenceAreas } from '../support/reference-case.ts';

const BIN = path.resolve('bin/duiding.mjs');
let work: string;
let dataDir: string;

function duiding(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-beside-'));
  dataDir = path.join(work, 'data');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the CLI beside a running server', { timeout: 300_000 }, () => {
  it.skipIf(!loadReferenceCase())('imports, exports and scans through the server, which keeps serving', async () => {
    const server = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, PORT: '0', DUIDING_SEED_DEMO: 'never', LOG_LEVEL: 'silent' },
    });
    let output = '';
    server.stdout.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain('Duiding draait op');
      const url = /Duiding draait op (http:\/\/\S+)/.exec(output)![1];
      // Only this user may reach the socket: PGlite checks no password.
      const info = JSON.parse(fs.readFileSync(path.join(dataDir, 'duiding.socket'), 'utf8'));
      expect(fs.statSync(path.join(dataDir, 'duiding.socket')).mode & 0o077).toBe(0);
      expect(fs.statSync(info.dir).mode & 0o077).toBe(0);
      expect((await duiding(['seed-demo', '--stories', '50'])).code).toBe(0);
      expect((await duiding(['import', 'questionnaire', path.join(CASE_2000_DIR, 'questionnaire.json')])).stdout).toContain('aangemaakt');
      // The case's wijken must be in the register before its stories (issue 13).
      expect((await duiding(['import', 'areas', writeReferenceAreas(path.join(work, 'gebieden.csv'))])).code).toBe(0);
      // The import holds one transaction over the socket; the web server answers beside it.
      const importing = duiding(['import', 'stories', path.join(CASE_2000_DIR, 'stories.csv'), '--questionnaire', 'zo-thuis-holdout']);
      let served = 0;
      let done = false;
      void importing.then(() => (done = true));
      while (!done) {
        const response = await fetch(`${url}/inloggen`);
        expect(response.status).toBe(200);
        served++;
      }
      const imported = await importing;
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toContain('2000 verhalen ingelezen');
      expect(served).toBeGreaterThan(0);
      const exported = await duiding(['export', 'stories', '--questionnaire', 'zo-thuis-holdout']);
      expect(exported.code).toBe(0);
      expect(exported.stdout.split('\r\n').filter(Boolean).length).toBe(2001);
      const patterns = await duiding(['patterns', '--questionnaire', 'zo-thuis-holdout', '--json', '--no-cache']);
      expect(patterns.stderr).toBe('');
      expect(JSON.parse(patterns.stdout)).toMatchObject({ format: 'duiding.patterns/v1', stories: 2000 });
      // A rejected file rolls back over the socket too, and leaves the server usable.
      const bad = path.join(work, 'bad.csv');
      fs.writeFileSync(
        bad,
        fs
          .readFileSync(path.join(CASE_2000_DIR, 'stories.csv'), 'utf8')
          .split('\n')
          .slice(0, 3)
          .join('\n')
          .replace(/,(\d+\.\d+),(0\.\d+),/, ',$1,abc,'),
      );
      expect((await duiding(['import', 'stories', bad, '--questionnaire', 'zo-thuis-holdout'])).code).toBe(1);
      expect((await fetch(`${url}/inloggen`)).status).toBe(200);
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'duiding.socket'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'socket', '.s.PGSQL.5432'))).toBe(false);
    // After the server: the command opens the data directory itself again.
    expect((await duiding(['patterns', '--questionnaire', 'zo-thuis-holdout', '--json'])).code).toBe(0);
  });
});
