// The account commands as an administrator runs them (a separate process on its own PGlite data
// directory): tenant create, user reset-link, and the first start of `serve` printing a link.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/duiding.mjs');
const PUBLIC = 'https://duiding.gemeente.example';
let work: string;

function duiding(dataDir: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, DUIDING_PUBLIC_URL: PUBLIC },
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-accounts-cli-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('account commands', () => {
  // Refusals (slug taken, unknown e-mail) are tested in-process in accounts.test.ts: each process
  // start here costs seconds.
  it('creates a municipality with a password link for its administrator, and makes reset links', { timeout: 300_000 }, () => {
    const dataDir = path.join(work, 'cli');
    const created = duiding(dataDir, ['tenant', 'create', '--slug', 'utrecht', '--name', 'Gemeente Utrecht', '--admin-email', 'beheer@utrecht.example']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Gemeente "utrecht" is aangemaakt');
    expect(created.stdout).toMatch(new RegExp(`${PUBLIC}/wachtwoord/[A-Za-z0-9_-]{40,}`));

    const reset = duiding(dataDir, ['user', 'reset-link', '--email', 'beheer@utrecht.example']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(new RegExp(`${PUBLIC}/wachtwoord/[A-Za-z0-9_-]{40,}`));

    // Issue 14: the same address for a second municipality is a NEW account with its own link,
    // never the existing one (whose password someone else may know).
    const second = duiding(dataDir, ['tenant', 'create', '--slug', 'derde', '--name', 'Gemeente Derde', '--admin-email', 'beheer@utrecht.example']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`${PUBLIC}/wachtwoord/[A-Za-z0-9_-]{40,}`));
    expect(second.stdout).not.toContain('bestaande wachtwoord');
    // Two accounts with one address: the command asks which municipality.
    const ambiguous = duiding(dataDir, ['user', 'reset-link', '--email', 'beheer@utrecht.example']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('kies er een met --tenant');
    const chosen = duiding(dataDir, ['user', 'reset-link', '--email', 'beheer@utrecht.example', '--tenant', 'derde']);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toMatch(new RegExp(`${PUBLIC}/wachtwoord/[A-Za-z0-9_-]{40,}`));
  });

  it('prints a one-time link for a first administrator when serve starts without any account', { timeout: 300_000 }, async () => {
    const dataDir = path.join(work, 'serve');
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, DUIDING_SEED_DEMO: 'never', PORT: '0', HOST: '127.0.0.1', DUIDING_PUBLIC_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const link = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no link within 240 s:\n${output}`)), 240_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /(http:\/\/localhost:\d+\/wachtwoord\/[A-Za-z0-9_-]+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
      });
      expect(output).toContain('Eerste start: er is nog geen beheerder.');
      // Without the demo municipality there are no demo accounts to advertise.
      expect(output).not.toContain('voorbeeld-demo');
      const page = await fetch(link.replace('localhost', '127.0.0.1'));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('U bent de eerste beheerder.');
      expect(html).toContain('name="email"');
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
  });
});
