// `duiding import narrafirma`, `import sensemaker` and `export sensemaker` as a user runs them: a
// separate process on its own PGlite data directory, the real files of ../shared/datasets.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv/reader.ts';
import { haveDatasets, NARRAFIRMA, SENSEMAKER } from '../unit/foreign/fixtures.ts';

const BIN = path.resolve('bin/duiding.mjs');
let work: string;

function duiding(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: path.join(work, 'data') },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dataRows = (csv: string) =>
  parseCsv(csv)
    .slice(1)
    .filter((r) => r.fields.some((f) => f !== ''));

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-foreign-cli-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.skipIf(!haveDatasets)('duiding import narrafirma / sensemaker, export sensemaker', () => {
  it('lists the new commands in the general help and explains each with --help', () => {
    const help = duiding(['--help']).stdout;
    for (const command of ['import narrafirma', 'import sensemaker', 'export sensemaker']) {
      expect(help).toContain(command);
      const result = duiding([...command.split(' '), '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout).toContain(`duiding ${command} --questionnaire KEY`);
    }
  });

  it('imports both tools, then `export stories` lists every imported story, and `export sensemaker` writes the layout', () => {
    expect(duiding(['tenant', 'create', '--slug', 'proef', '--name', 'Gemeente Proef', '--admin-email', 'beheer@proef.example']).code).toBe(0);
    const nf = duiding([
      'import',
      'narrafirma',
      '--tenant',
      'proef',
      '--questionnaire',
      'nf',
      '--form',
      path.join(NARRAFIRMA, 'narrafirma_example_story_form.csv'),
      '--stories',
      path.join(NARRAFIRMA, 'narrafirma_example_stories.csv'),
    ]);
    expect(nf.stderr).toBe('');
    expect(nf.code).toBe(0);
    expect(nf.stdout).toContain('80 verhalen ingelezen');
    expect(nf.stdout).toContain('Niet overgenomen');
    expect(nf.stdout).toContain('narrafirma_example_stories.csv:1: kolom "Participant ID"');
    const nfOut = duiding(['export', 'stories', '--tenant', 'proef', '--questionnaire', 'nf']);
    expect(dataRows(nfOut.stdout)).toHaveLength(80);

    const sm = duiding([
      'import',
      'sensemaker',
      '--tenant',
      'proef',
      '--questionnaire',
      'sm',
      '--definition',
      path.join(SENSEMAKER, 'ADemo_Definition.json'),
      '--stories',
      path.join(SENSEMAKER, 'ADemo_Data.csv'),
    ]);
    expect(sm.code, sm.stderr).toBe(0);
    expect(sm.stdout).toContain('129 verhalen ingelezen');
    const ids = dataRows(fs.readFileSync(path.join(SENSEMAKER, 'ADemo_Data.csv'), 'utf8'))
      .map((r) => r.fields[0])
      .sort();
    expect(
      dataRows(duiding(['export', 'stories', '--tenant', 'proef', '--questionnaire', 'sm']).stdout)
        .map((r) => r.fields[0])
        .sort(),
    ).toEqual(ids);

    const out = path.join(work, 'terug.csv');
    expect(duiding(['export', 'sensemaker', '--tenant', 'proef', '--questionnaire', 'sm', '--out', out]).code).toBe(0);
    const back = parseCsv(fs.readFileSync(out, 'utf8'));
    expect(back[0]!.fields.slice(0, 5)).toEqual(['id', 'project_id', 'version', 'language', 'server_upload_time']);
    expect(
      dataRows(fs.readFileSync(out, 'utf8'))
        .map((r) => r.fields[0])
        .sort(),
    ).toEqual(ids);
  });

  it('refuses a missing required file column with exit code 1 and writes nothing', () => {
    const broken = path.join(work, 'verhalen.csv');
    fs.writeFileSync(broken, fs.readFileSync(path.join(NARRAFIRMA, 'narrafirma_example_stories.csv'), 'utf8').replace('Story text', 'Tekst'));
    const result = duiding([
      'import',
      'narrafirma',
      '--tenant',
      'proef',
      '--questionnaire',
      'kapot',
      '--form',
      path.join(NARRAFIRMA, 'narrafirma_example_story_form.csv'),
      '--stories',
      broken,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('verhalen.csv:1: kolom "Story text": kolom "Story text" met de verhalen ontbreekt');
    expect(result.stderr).toContain('er is niets opgeslagen');
    expect(duiding(['export', 'questionnaire', 'kapot', '--tenant', 'proef']).code).toBe(1);
  });
});
