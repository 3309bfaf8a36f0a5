// The command line with spreadsheets and Excel's Dutch CSV, and its answer to unknown commands.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.ts';

const BIN = path.resolve('bin/duiding.mjs');
let work: string;
let dataDir: string;

function duiding(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: dataDir },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-xlsx-cli-'));
  dataDir = path.join(work, 'data');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('duiding with spreadsheets', () => {
  it('names an unknown command or subcommand and exits 2; --help lists every command', () => {
    const unknown = duiding('import', 'gemeenten', '--help');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekend subcommando "gemeenten" van "duiding import"');
    // `import areas` exists now (issue 13): its own help, exit 0.
    const areas = duiding('import', 'areas', '--help');
    expect(areas.code).toBe(0);
    expect(areas.stdout).toMatch(/^duiding import areas FILE/);
    const nonsense = duiding('onzin');
    expect(nonsense.code).toBe(2);
    expect(nonsense.stderr).toContain('Onbekend commando: "onzin"');
    const help = duiding('--help');
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout, command.name).toMatch(new RegExp(`^  ${command.name}( |$)`, 'm'));
  });

  it('exports to XLSX by file name and imports it again; reads a Dutch Excel CSV and says so', () => {
    expect(duiding('seed-demo', '--stories', '40').code).toBe(0);
    const cijfers = path.join(work, 'cijfers.xlsx');
    const verhalen = path.join(work, 'verhalen.xlsx');
    expect(duiding('export', 'indicators', '--out', cijfers).code).toBe(0);
    expect(duiding('export', 'stories', '--questionnaire', 'zo-thuis', '--out', verhalen).code).toBe(0);
    expect(fs.readFileSync(cijfers).subarray(0, 2).toString()).toBe('PK');
    const csvBefore = duiding('export', 'stories', '--questionnaire', 'zo-thuis').stdout;
    const obsBefore = duiding('export', 'indicators').stdout;

    const stories = duiding('import', 'stories', verhalen, '--questionnaire', 'zo-thuis');
    expect(stories.stderr).toBe('');
    expect(stories.stdout).toContain('Gelezen als XLSX (blad "verhalen").');
    expect(stories.stdout).toContain('40 verhalen ingelezen (40 vervangen)');
    const figures = duiding('import', 'indicators', cijfers);
    expect(figures.stdout).toContain('Gelezen als XLSX (bladen "definities", "waarnemingen").');
    expect(duiding('export', 'stories', '--questionnaire', 'zo-thuis').stdout).toBe(csvBefore);
    expect(duiding('export', 'indicators').stdout).toBe(obsBefore);

    // As Excel in Dutch saves "CSV (gescheiden door lijstscheidingsteken)": ; 1,5 CRLF Windows-1252.
    const dutch = path.join(work, 'excel.csv');
    fs.writeFileSync(dutch, Buffer.from('indicator;area;period;value;provider\r\nwachttijd_weken;GM9999;2031;1,5;Caf\u00e9 de Hoek\r\n', 'latin1'));
    const read = duiding('import', 'indicators', dutch);
    expect(read.stderr).toBe('');
    expect(read.stdout).toContain('Gelezen als CSV (puntkomma, decimaalkomma, Windows-1252).');
    expect(duiding('export', 'indicators', '--indicator', 'wachttijd_weken').stdout).toContain('wachttijd_weken,GM9999,2031,1.5,Café de Hoek,,');
  }, 600_000); // eleven processes, each opening the embedded database
});
