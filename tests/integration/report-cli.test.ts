// `duiding report` as a user runs it: a separate process on its own PGlite data directory with
// the demo municipality. Clear Dutch errors with exit codes 1 (input) and 64 (usage).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';

const BIN = path.resolve('bin/duiding.mjs');
let work: string;

function duiding(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: path.join(work, 'data') },
    timeout: 180_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-report-cli-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(work, 'data') });
  await handle.migrate();
  await seedDemo(handle.db, { stories: 150 });
  await handle.close();
}, 240_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('duiding report', () => {
  it('writes the PDF as a separate process, and publishes on request', () => {
    const pdf = path.join(work, 'rapport.pdf');
    const made = duiding(['report', '--opgave', 'zo-thuis', '--period', '2026', '--out', pdf, '--publish', '--tenant', 'voorbeeld']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(
      /^Raadsrapportage Kinderen en jongeren groeien zo thuis mogelijk op, 2026: .*rapport\.pdf geschreven in [\d.]+ s \(gepubliceerd, rapport [0-9a-f-]{36}\)/,
    );
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 240_000);

  it('writes the HTML, and explains what is wrong in Dutch', async () => {
    // In-process (main() as bin/duiding.mjs calls it): the same code path, without a process start.
    const { main } = await import('../../src/cli/main.ts');
    const run = async (args: string[]) => {
      const errors: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => {
        errors.push(String(chunk));
        return true;
      }) as typeof process.stderr.write;
      const previous = { url: process.env.DATABASE_URL, dir: process.env.DUIDING_DATA_DIR };
      process.env.DATABASE_URL = '';
      process.env.DUIDING_DATA_DIR = path.join(work, 'data');
      try {
        return { code: await main(args), stderr: errors.join('') };
      } finally {
        process.stderr.write = write;
        process.env.DATABASE_URL = previous.url;
        process.env.DUIDING_DATA_DIR = previous.dir;
      }
    };
    const html = path.join(work, 'rapport.html');
    const made = await run(['report', '--opgave', 'zo-thuis', '--out', html]);
    expect(made).toEqual({ code: 0, stderr: '' });
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!doctype html>\n<html lang="nl">/);

    const unknown = await run(['report', '--opgave', 'bestaat-niet', '--out', path.join(work, 'x.pdf')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('opgave "bestaat-niet" bestaat niet in deze gemeente');

    const noDir = await run(['report', '--opgave', 'zo-thuis', '--out', path.join(work, 'bestaat-niet', 'x.pdf')]);
    expect(noDir.code).toBe(1);
    expect(noDir.stderr).toMatch(/kan het rapport niet opslaan: de map .*bestaat-niet bestaat niet/);
    const dir = path.join(work, 'map.pdf');
    fs.mkdirSync(dir);
    expect((await run(['report', '--opgave', 'zo-thuis', '--out', dir])).stderr).toContain('is een map, geen bestand');

    const extension = await run(['report', '--opgave', 'zo-thuis', '--out', path.join(work, 'x.docx')]);
    expect(extension.code).toBe(64);
    expect(extension.stderr).toContain('--out moet eindigen op .pdf of .html');
    expect((await run(['report', '--out', path.join(work, 'x.pdf')])).code).toBe(64);
    expect((await run(['report', '--opgave', 'zo-thuis', '--out', path.join(work, 'x.pdf'), '--lang', 'fr'])).code).toBe(64);
  }, 120_000);
});
