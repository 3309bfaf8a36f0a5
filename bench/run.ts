// `npm run bench`: the figures the issues ask for, with the machine and the input size, so that
// anyone can rerun them. Options: --stories N (default 100000), --keep (keep the temp folder).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.ts';
import { insertTenant } from '../src/db/repositories/tenants.repository.ts';
import { csvRow } from '../src/domain/csv/writer.ts';
import { generateDemo } from '../src/domain/demo/index.ts';
import { encodeStoryRow, storyColumns } from '../src/domain/stories/csv-codec.ts';
import { exportStories } from '../src/services/export-stories.ts';
import { saveQuestionnaire } from '../src/services/import-questionnaire.ts';
import { importStories } from '../src/services/import-stories.ts';
import { scanQuestionnaire } from '../src/services/patterns.ts';
import { scanPatterns } from '../src/domain/patterns/index.ts';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '100000' }, keep: { type: 'boolean' } } });
const n = Number(values.stories);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-bench-'));
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(52)} ${seconds.toFixed(2).padStart(8)} s   peak RSS ${mb(peakRss)}`);
  return result;
}

console.log(`Duiding benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${mb(os.totalmem())} RAM, Node ${process.version}, ${os.platform()}`);
console.log(`input: ${n.toLocaleString('en')} generated stories of the demo questionnaire (zo-thuis)\n`);

const demo = await timed(`generate ${n} stories`, () => generateDemo({ stories: n }));
const csvFile = path.join(dir, 'stories.csv');
const questionnaireFile = path.join(dir, 'questionnaire.json');
await timed('write duiding.stories/v1 CSV', () => {
  const out = fs.openSync(csvFile, 'w');
  fs.writeSync(out, csvRow(storyColumns(demo.questionnaire)));
  for (const story of demo.stories) fs.writeSync(out, csvRow(encodeStoryRow(demo.questionnaire, story)));
  fs.closeSync(out);
  fs.writeFileSync(questionnaireFile, JSON.stringify(demo.questionnaire));
});
console.log(`  file size ${mb(fs.statSync(csvFile).size)}`);

const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
await handle.migrate();
const tenant = await insertTenant(handle.db, { slug: 'bench', name: 'Bench', fictional: true });
const ctx = { db: handle.db, tenantId: tenant.id, actorUserId: null };
await saveQuestionnaire(ctx, demo.questionnaire);
demo.stories.length = 0; // the import must not lean on stories held in memory

await timed(`import ${n} stories (PGlite, check + write)`, () =>
  importStories(ctx, {
    source: { name: 'stories.csv', open: () => fs.createReadStream(csvFile, { encoding: 'utf8', highWaterMark: 256 * 1024 }) },
    questionnaireKey: 'zo-thuis',
  }),
);
await timed(`export ${n} stories (PGlite)`, async () => {
  let bytes = 0;
  for await (const chunk of await exportStories(ctx, 'zo-thuis')) bytes += chunk.length;
  return bytes;
});
const doc = await timed(`pattern scan incl. loading from PGlite`, () => scanQuestionnaire(ctx, 'zo-thuis'));
console.log(`  ${doc.patterns.length} patterns over ${doc.stories} stories`);
await handle.close();

// The scan alone, on answers already in memory, for comparison with SciPy's.
const { readStoriesForBench } = await import('./read-stories.ts');
const answers = await readStoriesForBench(demo.questionnaire, csvFile);
await timed('pattern scan alone (answers in memory)', () => scanPatterns(demo.questionnaire, answers));

const python = '/usr/bin/python3';
const script = path.resolve(import.meta.dirname, '../../shared/tools/scipy-scan.py');
const hasScipy = fs.existsSync(script) && spawnSync(python, ['-c', 'import scipy, pandas']).status === 0;
if (hasScipy) {
  await timed('same scan with pandas + SciPy (scipy-scan.py)', () => {
    const result = spawnSync(python, [script, questionnaireFile, csvFile], { maxBuffer: 512 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(result.stderr.toString());
  });
  console.log('  (peak RSS above is of this process; SciPy runs as a child process)');
} else {
  console.log('pandas + SciPy: not measured (needs ../shared/tools/scipy-scan.py and apt-get install python3-scipy python3-pandas)');
}

clearInterval(sampler);
if (values.keep) console.log(`\nkept: ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
