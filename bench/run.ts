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
import { scanPatterns } from '../src/domain/patterns/index.ts';
import { timeComparisonOn } from './compare.ts';
import { BIN, ROOT, directorySize, ensureBuilt, loadAverage, mb, median, printTargets, run, startServer } from './measure.ts';

// --collect: only the story-collection benchmark (bench/collect.ts, PostgreSQL); --no-collect: skip it.
if (process.argv.includes('--collect')) await import('./collect.ts');
const { values } = parseArgs({ options: { stories: { type: 'string', default: '100000' }, keep: { type: 'boolean' }, 'no-collect': { type: 'boolean' } } });
const n = Number(values.stories);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-bench-'));
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(`${label.padEnd(52)} ${seconds.toFixed(2).padStart(8)} s   peak RSS ${mb(peakRss)}`);
  return result;
}

console.log(`Duiding benchmark — ${new Date().toISOString()}`);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${mb(os.totalmem())} RAM, Node ${process.version}, ${os.platform()}; load average ${loadAverage()} (shared machines: compare medians)`,
);
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

// Everything below runs as a user runs it: the `duiding` command in its own process, on the
// compiled dist/, against an embedded data directory.
await ensureBuilt();
const dataDir = path.join(dir, 'data');
const env = { DATABASE_URL: '', DUIDING_DATA_DIR: dataDir, DUIDING_SEED_DEMO: 'never' };
const setup = await openDatabase({ kind: 'pglite', dataDir });
await setup.migrate();
await insertTenant(setup.db, { slug: 'bench', name: 'Bench', fictional: true });
await setup.close();
run(process.execPath, [BIN, 'import', 'questionnaire', questionnaireFile, '--tenant', 'bench'], env);
demo.stories.length = 0;

const load = () => `load ${loadAverage()}`;
const imported = run(process.execPath, [BIN, 'import', 'stories', csvFile, '--questionnaire', 'zo-thuis', '--tenant', 'bench'], env);
console.log(
  `duiding import stories (${n} stories)`.padEnd(52),
  `${imported.seconds.toFixed(2).padStart(8)} s   peak RSS ${imported.peakRss ? mb(imported.peakRss) : '?'}   (${load()})`,
);
const dataSize = directorySize(dataDir);
console.log(`  data directory ${mb(dataSize)}`);

const helps = [1, 2, 3].map(() => run(process.execPath, [BIN, '--help']).seconds);
const npxHelps = [1, 2, 3].map(() => run('npx', ['duiding', '--help']).seconds);
console.log(
  `duiding --help, median of 3`.padEnd(52),
  `${median(helps).toFixed(2).padStart(8)} s   (npx duiding --help: ${median(npxHelps).toFixed(2)} s; ${load()})`,
);

const patternsArgs = [BIN, 'patterns', '--questionnaire', 'zo-thuis', '--tenant', 'bench', '--no-cache', '--json'];
const first = run(process.execPath, patternsArgs, env);
console.log(
  `first scan after the import (updates the snapshot)`.padEnd(52),
  `${first.seconds.toFixed(2).padStart(8)} s   peak RSS ${first.peakRss ? mb(first.peakRss) : '?'}`,
);
const document = JSON.parse(first.stdout) as { stories: number; patterns: unknown[] };
console.log(`  ${document.patterns.length} patterns over ${document.stories} stories`);

const python = '/usr/bin/python3';
const script = path.resolve(ROOT, '../shared/tools/scipy-scan.py');
const hasScipy = fs.existsSync(script) && spawnSync(python, ['-c', 'import scipy, pandas']).status === 0;
const ours: number[] = [];
const oursCpu: number[] = [];
const theirs: number[] = [];
for (let round = 1; round <= 3; round++) {
  // Alternating, so that a burst of load on the shared machine hits both sides alike.
  const mine = run(process.execPath, patternsArgs, env);
  ours.push(mine.seconds);
  oursCpu.push(mine.cpuSeconds ?? Number.NaN);
  let line = `round ${round}: duiding patterns --no-cache ${mine.seconds.toFixed(2)} s (CPU ${mine.cpuSeconds?.toFixed(2) ?? '?'} s)`;
  if (hasScipy) {
    theirs.push(run(python, [script, questionnaireFile, csvFile]).seconds);
    line += `, scipy-scan.py ${theirs[theirs.length - 1].toFixed(2)} s`;
  }
  console.log(`${line}   (${load()})`);
}
if (!hasScipy) console.log('pandas + SciPy: not measured (needs ../shared/tools/scipy-scan.py and apt-get install python3-scipy python3-pandas)');

const starts: number[] = [];
let beside: number | null = null;
for (let round = 1; round <= 3; round++) {
  const server = await startServer(env);
  starts.push(server.seconds);
  // The last time: the same command beside the running server, through its socket.
  if (round === 3) beside = run(process.execPath, patternsArgs, env).seconds;
  await server.stop();
}
console.log(`duiding serve ready on this database, median of 3`.padEnd(52), `${median(starts).toFixed(2).padStart(8)} s   (${load()})`);
console.log(`duiding patterns --no-cache beside the server`.padEnd(52), `${beside!.toFixed(2).padStart(8)} s`);

// The scan alone, on answers already in memory, for comparison with the whole command.
const { readStoriesForBench } = await import('./read-stories.ts');
const answers = await readStoriesForBench(demo.questionnaire, csvFile);
scanPatterns(demo.questionnaire, answers.slice(0, 2000));
const alone = Math.min(
  ...[1, 2, 3].map(() => {
    const started = performance.now();
    scanPatterns(demo.questionnaire, answers);
    return (performance.now() - started) / 1000;
  }),
);
console.log(`pattern scan alone (answers in memory), best of 3`.padEnd(52), `${alone.toFixed(2).padStart(8)} s`);
// Issue 11: the server time of a comparison of two subsets, on this database (target < 1 s).
await timeComparisonOn(dataDir, 'bench', `${n.toLocaleString('en')} stories`);
clearInterval(sampler);

const whole = median(ours);
const scipy = hasScipy ? median(theirs) : null;
console.log(`\ntargets (issue 12) for ${n.toLocaleString('en')} stories, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${loadAverage()}:`);
printTargets([
  { name: 'duiding --help', target: '< 0.5 s', measured: `${median(helps).toFixed(2)} s (npx: ${median(npxHelps).toFixed(2)} s)`, met: median(helps) < 0.5 },
  { name: 'npm start ready (existing database)', target: '< 3 s', measured: `${median(starts).toFixed(2)} s`, met: median(starts) < 3 },
  {
    name: 'patterns --no-cache vs pandas + SciPy',
    target: '≥ 10×',
    measured:
      scipy === null
        ? `${whole.toFixed(2)} s; SciPy not measured`
        : `${(scipy / whole).toFixed(1)}× (${whole.toFixed(2)} s vs ${scipy.toFixed(2)} s, medians of 3; CPU ${median(oursCpu).toFixed(2)} s)`,
    met: scipy === null ? null : scipy / whole >= 10,
  },
  { name: 'patterns beside the running server', target: '(works)', measured: `${beside!.toFixed(2)} s`, met: true },
  { name: 'scan alone (in memory)', target: '< 1 s', measured: `${alone.toFixed(2)} s`, met: alone < 1 },
  { name: 'import into the embedded database', target: '< 15 s', measured: `${imported.seconds.toFixed(2)} s`, met: imported.seconds < 15 },
  {
    name: 'import peak RSS',
    target: '< 1 GB',
    measured: imported.peakRss ? mb(imported.peakRss) : 'not measured',
    met: imported.peakRss ? imported.peakRss < 1024 ** 3 : null,
  },
  { name: 'embedded data directory', target: '< 300 MB', measured: mb(dataSize), met: dataSize < 300 * 1024 ** 2 },
  { name: 'fresh scan through the API', target: '< 1 s', measured: 'not measured here', met: null },
]);
// The pattern workbench pages (issue 11, target < 1 s) on this same database, before it is removed.
console.log('');
spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'patterns-pages.ts'), '--data-dir', dataDir, '--tenant', 'bench'], {
  stdio: 'inherit',
});
// Where one scan's CPU goes, phase by phase (issue 12), on this same database.
console.log('');
spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'scan-phases.ts'), '--data-dir', dataDir, '--tenant', 'bench'], {
  stdio: 'inherit',
});
if (values.keep) console.log(`\nkept: ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
if (!values['no-collect']) {
  console.log('');
  spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'collect.ts')], { stdio: 'inherit' });
}
console.log('');
// Issue 11: the same comparison on the 2,000-story demo (target < 300 ms).
spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'compare.ts')], { stdio: 'inherit' });
console.log('');
spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'report.ts')], { stdio: 'inherit' });
// The pattern workbench pages on the 2,000-story demo (issue 11, target < 300 ms).
console.log('');
spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'patterns-pages.ts')], { stdio: 'inherit' });
