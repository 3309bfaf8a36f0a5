// `duiding export qdpx`, `import qdpx` and codes in `duiding patterns`, as a user runs them: a
// separate process on its own PGlite data directory (run `npm run build` first for speed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-coding-cli-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('duiding export qdpx / import qdpx / patterns with codes', () => {
  it('lists the commands in the general help and explains each with --help', () => {
    const help = duiding(['--help']).stdout;
    for (const command of ['import qdpx', 'export qdpx']) {
      expect(help).toContain(command);
      const result = duiding([...command.split(' '), '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout).toContain(`duiding ${command}`);
      expect(result.stdout).toContain('REFI-QDA');
    }
  });

  it('exports a project, reads codes back from another tool, and scans and filters on code:x', () => {
    expect(duiding(['seed-demo', '--stories', '30']).code).toBe(0);
    const file = path.join(work, 'project.qdpx');
    const exported = duiding(['export', 'qdpx', '--questionnaire', 'zo-thuis', '--out', file]);
    expect(exported.code, exported.stderr).toBe(0);
    const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const xml = strFromU8(files['project.qde']!);
    const sources = [...xml.matchAll(/<TextSource guid="([^"]+)" name="([^"]+)"/g)];
    expect(sources.length).toBeGreaterThanOrEqual(30);
    const [, guid, name] = sources[0]!;

    // As another tool would write it: its own GUIDs, the story's name, a code by name.
    const project = (codeRef: string) =>
      `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="elders"><CodeBook><Codes><Code guid="5b2c9a40-1d2e-4f3a-9b8c-7d6e5f4a3b2c" name="Steun" isCodable="true"/></Codes></CodeBook>` +
      `<Sources><TextSource guid="${guid}" name="${name}" plainTextPath="internal://${guid}.txt"><PlainTextSelection guid="21111111-2222-4333-8444-555555555555" startPosition="0" endPosition="3"><Coding guid="31111111-2222-4333-8444-555555555555" creatingUser="0f1e2d3c-4b5a-4968-8776-655443322110"><CodeRef targetGUID="${codeRef}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const write = (target: string, codeRef: string) =>
      fs.writeFileSync(target, zipSync({ 'project.qde': strToU8(project(codeRef)), [`sources/${guid}.txt`]: files[`sources/${guid}.txt`]! }));

    const bad = path.join(work, 'fout.qdpx');
    write(bad, 'aaaaaaaa-1d2e-4f3a-9b8c-7d6e5f4a3b2c');
    const refused = duiding(['import', 'qdpx', bad, '--questionnaire', 'zo-thuis']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('PlainTextSelection guid="21111111-2222-4333-8444-555555555555"');
    expect(refused.stderr).toContain('code');

    const good = path.join(work, 'goed.qdpx');
    write(good, '5b2c9a40-1d2e-4f3a-9b8c-7d6e5f4a3b2c');
    const read = duiding(['import', 'qdpx', good, '--questionnaire', 'zo-thuis']);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toContain('1 coderingen ingelezen');
    expect(read.stdout).toContain('nieuw: steun');

    const scan = JSON.parse(duiding(['patterns', '--questionnaire', 'zo-thuis', '--json']).stdout) as { patterns: { a: string; b: string }[] };
    expect(scan.patterns.some((p) => p.a === 'code:steun' || p.b === 'code:steun')).toBe(true);
    const filtered = JSON.parse(duiding(['patterns', '--questionnaire', 'zo-thuis', '--filter', 'code:steun=ja', '--json']).stdout) as { stories: number };
    expect(filtered.stories).toBe(1);
  }, 600_000);
});
