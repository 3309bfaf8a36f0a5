// Issue 14 item 12: `duiding import stories` says that its transaction is committed the moment
// COMMIT returns, before anything else; a run killed right after that line still has every story.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textSource } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const BIN = path.resolve('bin/duiding.mjs');
const QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'klein',
  title: { nl: 'Klein' },
  languages: ['nl'],
  prompts: [],
  questions: [{ key: 'cijfer', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10 }],
};
const storiesCsv = (n: number) =>
  'story_id,collected_at,collection,language,prompt,title,text,cijfer\n' +
  Array.from({ length: n }, (_, i) => `v${i},2026-01-01,proef,nl,,Titel ${i},Een verhaal,${(i % 10) + 1}\n`).join('');

let work: string;
const env = () => ({ ...process.env, DATABASE_URL: '', DUIDING_DATA_DIR: path.join(work, 'data'), DUIDING_SEED_DEMO: 'never' });

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-commit-'));
  fs.writeFileSync(path.join(work, 'q.json'), JSON.stringify(QUESTIONNAIRE));
  fs.writeFileSync(path.join(work, 'veel.csv'), storiesCsv(3000));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// Four processes in all: on a loaded machine each can take a minute to start (tsx + PGlite).
describe('duiding import stories', () => {
  it('prints the commit as its first line; a run killed right after that line has stored every story', async () => {
    const runTimeout = 240_000;
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: env(), timeout: runTimeout });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    expect(run(['tenant', 'create', '--slug', 'proef', '--name', 'Gemeente Proef', '--admin-email', 'beheer@proef.example']).code).toBe(0);
    expect(run(['import', 'questionnaire', path.join(work, 'q.json'), '--tenant', 'proef']).code).toBe(0);

    const child = spawn(process.execPath, [BIN, 'import', 'stories', path.join(work, 'veel.csv'), '--questionnaire', 'klein', '--tenant', 'proef'], {
      env: env(),
    });
    let stdout = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Vastgelegd')) child.kill('SIGKILL');
    });
    expect(await exited).toBe('SIGKILL');
    expect(stdout).toBe('Vastgelegd: 3.000 verhalen (transactie afgerond).\n');

    const exported = run(['export', 'stories', '--questionnaire', 'klein', '--tenant', 'proef']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.trim().split('\r\n')).toHaveLength(1 + 3000);
  }, 900_000);
});

describe.each(testDatabaseTargets())('the commit callback of importStories on $name', ({ create }) => {
  it('fires once, before the import returns, and never for a rejected file', async () => {
    const handle = await create();
    try {
      const ctx = await createTestTenant(handle, 'vastgelegd');
      await importQuestionnaire(ctx, QUESTIONNAIRE);
      const events: string[] = [];
      const result = await importStories(ctx, {
        source: textSource('s.csv', storiesCsv(5)),
        questionnaireKey: 'klein',
        onCommitted: (n) => events.push(`committed ${n}`),
      });
      events.push(`returned ${result.stories}`);
      expect(events).toEqual(['committed 5', 'returned 5']);
      const rejected = await importStories(ctx, {
        source: textSource('s.csv', 'story_id\n'),
        questionnaireKey: 'klein',
        onCommitted: () => events.push('wrong'),
      }).catch(() => 'rejected');
      expect(rejected).toBe('rejected');
      expect(events).not.toContain('wrong');
    } finally {
      await handle.close();
    }
  }, 120_000);
});
