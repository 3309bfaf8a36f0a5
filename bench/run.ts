// `npm run bench`: the figures the issues ask for, with the machine and the input size, so that
// anyone can rerun them. Options: --stories N (default 100000), --keep (keep the temp folder),
// --collect (only the story-collection benchmark, bench/collect.ts), --no-collect (without it).
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

// --collect: only the story-collection benchmark (bench/collect.ts, PostgreSQL); --no-collect: skip it.
if (process.argv.includes('--collect')) await import('./collect.ts');
const { values } = parseArgs({ options: { stories: { type: 'string', default: '100000' }, keep: { type: 'boolean' }, 'no-collect': { type: 'boolean' } } });
const n = Number(values.stories);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-bench-'));
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const figures: Record<string, { seconds: number; peakRss: number }> = {};

async function timed<T>(label: string, work: () => Promise<T> | T, figure?: string): Promise<T> {
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (figure) figures[figure] = { seconds, peakRss };
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
const doc = await timed(`pattern scan incl. loading from PGlite (--no-cache)`, () => scanQuestionnaire(ctx, 'zo-thuis', { cache: false }), 'loaded');
console.log(`  ${doc.patterns.length} patterns over ${doc.stories} stories`);
await timed(`same scan again, from the cache`, () => scanQuestionnaire(ctx, 'zo-thuis'), 'cached');
await timed(`filtered scan rol=jongere incl. loading (--no-cache)`, () =>
  scanQuestionnaire(ctx, 'zo-thuis', { filter: { answers: [['rol', 'jongere']] }, cache: false }),
);
await handle.close();

// The scan alone, on answers already in memory, for comparison with SciPy's.
const { readStoriesForBench } = await import('./read-stories.ts');
const answers = await readStoriesForBench(demo.questionnaire, csvFile);
// Warm up once (JIT), then the best of three, as a steady server would run it.
scanPatterns(demo.questionnaire, answers.slice(0, 2000));
for (let run = 1; run <= 3; run++) {
  await timed(`pattern scan alone (answers in memory), run ${run}`, () => scanPatterns(demo.questionnaire, answers), `alone${run}`);
}

const python = '/usr/bin/python3';
const script = path.resolve(import.meta.dirname, '../../shared/tools/scipy-scan.py');
const hasScipy = fs.existsSync(script) && spawnSync(python, ['-c', 'import scipy, pandas']).status === 0;
if (hasScipy) {
  await timed('same scan with pandas + SciPy (scipy-scan.py)', () => {
    const result = spawnSync(python, [script, questionnaireFile, csvFile], { maxBuffer: 512 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(result.stderr.toString());
  }, 'scipy');
  console.log('  (peak RSS above is of this process; SciPy runs as a child process; its time includes reading the CSV)');
} else {
  console.log('pandas + SciPy: not measured (needs ../shared/tools/scipy-scan.py and apt-get install python3-scipy python3-pandas)');
}

clearInterval(sampler);

// The targets (issue 4, "Speed"): scan < 1 s, ≥ 10× faster than pandas + SciPy, peak < 1 GB.
const alone = Math.min(...[1, 2, 3].map((run) => figures[`alone${run}`].seconds));
const scanPeak = Math.max(figures.loaded.peakRss, ...[1, 2, 3].map((run) => figures[`alone${run}`].peakRss));
const verdict = (ok: boolean) => (ok ? 'MET   ' : 'MISSED');
console.log(`\ntargets for ${n.toLocaleString('en')} stories:`);
console.log(`  ${verdict(alone < 1)} scan alone < 1 s: ${alone.toFixed(2)} s (best of 3)`);
console.log(`  ${verdict(figures.loaded.seconds < 1)} scan incl. loading from PGlite < 1 s: ${figures.loaded.seconds.toFixed(2)} s (cached: ${figures.cached.seconds.toFixed(3)} s)`);
if (figures.scipy) {
  const speedup = figures.scipy.seconds / alone;
  const speedupLoaded = figures.scipy.seconds / figures.loaded.seconds;
  console.log(`  ${verdict(speedup >= 10)} ≥ 10× faster than pandas + SciPy (${figures.scipy.seconds.toFixed(2)} s): ${speedup.toFixed(1)}× for the scan alone, ${speedupLoaded.toFixed(1)}× incl. loading`);
} else console.log('  ------ ≥ 10× faster than pandas + SciPy: not measured');
console.log(`  ${verdict(scanPeak < 1024 ** 3)} peak memory < 1 GB during the scans: ${mb(scanPeak)} RSS (whole process, incl. PGlite)`);
if (values.keep) console.log(`\nkept: ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
if (!values['no-collect']) {
  console.log('');
  spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'collect.ts')], { stdio: 'inherit' });
}
console.log('');
spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'report.ts')], { stdio: 'inherit' });
