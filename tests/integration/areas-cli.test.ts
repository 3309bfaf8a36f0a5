// `duiding import areas` and `duiding cbs import` as a user runs them: exit codes, messages on
// stdout/stderr, and the CBS addresses from the environment (a local fixture server).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CBS_DATASET_AVAILABLE, startCbsFixture, type CbsFixture } from '../support/cbs-fixture.ts';

const BIN = path.resolve('bin/duiding.mjs');
let work: string;
let dataDir: string;
let cbs: CbsFixture;

/** Asynchronous: the fixture server lives in this process and must keep answering. */
function duiding(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-areas-cli-'));
  dataDir = path.join(work, 'data');
  cbs = await startCbsFixture({ pageSize: 3 });
});
afterAll(async () => {
  await cbs?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!CBS_DATASET_AVAILABLE)('duiding import areas and cbs import', { timeout: 300_000 }, () => {
  it("builds a new municipality's register from a file and from CBS, refusing what is wrong", async () => {
    expect((await duiding(['tenant', 'create', '--slug', 'kaartstad', '--name', 'Gemeente Kaartstad', '--admin-email', 'beheer@kaartstad.example'])).code).toBe(
      0,
    );
    const help = await duiding(['import', 'areas', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('wijkcode/wijknaam');

    const bad = path.join(work, 'fout.csv');
    fs.writeFileSync(bad, 'code;naam;jaar\nGM9999;Voorbeeld;2025\nWK9999;Fout;2025\n');
    const refused = await duiding(['import', 'areas', bad, '--tenant', 'kaartstad']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('fout.csv:3: kolom "code": "WK9999" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)');
    expect(refused.stderr).toContain('1 probleem gevonden; er is niets opgeslagen.');

    const good = path.join(work, 'gebieden.csv');
    fs.writeFileSync(good, 'code;naam;jaar\nGM9999;Voorbeeld;2025\nWK999901;Centrum;2025\n');
    const imported = await duiding(['import', 'areas', good, '--tenant', 'kaartstad']);
    expect(imported.stderr).not.toMatch(/probleem/);
    expect(imported.stdout).toContain('Gelezen als CSV (puntkomma');
    expect(imported.stdout).toContain('2 gebieden ingelezen (indeling 2025).');

    const env = { DUIDING_CBS_V4_URL: cbs.v4Url, DUIDING_CBS_V3_URL: cbs.v3Url, DUIDING_CBS_TIMEOUT_MS: '5000' };
    const args = ['cbs', 'import', '85984NED', '--indicators', 'wmo_clienten=WmoClienten_100', '--areas', 'GM9999', '--tenant', 'kaartstad'];
    const unknown = await duiding(args, env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'Wijken en buurten (CBS): 7 gebieden van CBS staan niet in het gebiedenregister: WK999902, WK999903, WK999904, WK999905, WK999906, WK999907, WK999908.',
    );
    expect(unknown.stderr).toContain('er is niets opgeslagen');

    const added = await duiding([...args, '--add-areas'], env);
    expect(added.stderr).not.toMatch(/probleem/);
    expect(added.stdout).toContain('CBS 85984NED "Kerncijfers wijken en buurten 2024" (editie 2025-03-27T02:00:00, periode 2024, OData v4).');
    expect(added.stdout).toContain('9 waarnemingen opgeslagen; nieuwe indicatoren: wmo_clienten; 7 gebieden toegevoegd aan het register.');

    const exported = await duiding(['export', 'indicators', '--tenant', 'kaartstad']);
    expect(exported.stdout).toContain('wmo_clienten,WK999903,2024,420');

    // A port nobody listens on (fetch refuses well-known ports such as 9 outright).
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const offline = await duiding(args, { ...env, DUIDING_CBS_V4_URL: `http://127.0.0.1:${closed}/v4`, DUIDING_CBS_V3_URL: `http://127.0.0.1:${closed}/v3` });
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/CBS is niet bereikbaar \(ECONNREFUSED\): controleer de internetverbinding/);
  });
});
