// Issue 17, edge 13: `duiding serve --port 8080` was refused ("Unknown option '--port'"). The real
// command: --port and --host win over PORT and HOST, a bad value stops it with a clear message
// and exit code 64, and --help names both options.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/duiding.mjs');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'duiding-serve-options-'));
const env = { ...process.env, DUIDING_DATA_DIR: dataDir, DUIDING_SEED_DEMO: 'never', DUIDING_PUBLIC_URL: '', DATABASE_URL: '', LOG_LEVEL: 'warn' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('duiding serve --port --host', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('listens where --port and --host say, not where PORT says', async () => {
    const port = await freePort();
    // PORT points at a port that is taken by nobody we know; the option must win.
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...env, PORT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 100_000);
        child.stdout.on('data', () => {
          if (output.includes('Duiding draait op')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`serve exited with ${code}:\n${output}`));
        });
      });
      expect(output).toContain(`Duiding draait op http://localhost:${port}`);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);

  it('refuses a bad port or host with a message that names the option, before starting', () => {
    for (const [args, message] of [
      [['--port', 'achtduizend'], /--port "achtduizend" is geen poortnummer/],
      [['--port', '70000'], /--port "70000" is geen poortnummer/],
      [['--host', 'http://0.0.0.0'], /--host "http:\/\/0\.0\.0\.0" is geen adres/],
    ] as const) {
      const result = spawnSync(process.execPath, [BIN, 'serve', ...args], { env, encoding: 'utf8', timeout: 60_000 });
      expect(result.status).toBe(64);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).not.toContain('Duiding draait op');
    }
  });

  it('shows both options in its help', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve', '--help'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--port POORT/);
    expect(result.stdout).toMatch(/--host ADRES/);
  });
});
