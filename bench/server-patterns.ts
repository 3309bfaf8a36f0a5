// `patterns --no-cache` against a PostgreSQL server, beside pandas + SciPy (issue 12): the same
// 100,000 stories, median of 3, alternating. Needs a throwaway server, e.g.
//   pg_virtualenv -o fsync=off -- sh -c 'DATABASE_URL="postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" \
//     node --import tsx bench/server-patterns.ts --dir /tmp/duiding-bench-…'
// where --dir is a folder that `npm run bench -- --keep` left (stories.csv, questionnaire.json).
// --before ROOT: also time another checkout's bin (ROOT/bin/duiding.mjs, built) in the same
// rounds, alternating, with CPU seconds of each command (user + system, from /usr/bin/time).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.ts';
import { insertTenant } from '../src/db/repositories/tenants.repository.ts';
import { BIN, ROOT, ensureBuilt, loadAverage, median, run } from './measure.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, before: { type: 'string' } } });
const url = process.env.DATABASE_URL;
if (!url || !values.dir) throw new Error('needs DATABASE_URL and --dir');
const csvFile = path.join(values.dir, 'stories.csv');
const questionnaireFile = path.join(values.dir, 'questionnaire.json');
await ensureBuilt();
const setup = await openDatabase({ kind: 'postgres', url });
await setup.migrate();
await insertTenant(setup.db, { slug: 'bench', name: 'Bench', fictional: true });
await setup.close();
const env = { DATABASE_URL: url, DUIDING_SEED_DEMO: 'never' };
run(process.execPath, [BIN, 'import', 'questionnaire', questionnaireFile, '--tenant', 'bench'], env);
const imported = run(process.execPath, [BIN, 'import', 'stories', csvFile, '--questionnaire', 'zo-thuis', '--tenant', 'bench'], env);
console.log(`PostgreSQL server: import stories ${imported.seconds.toFixed(2)} s (load ${loadAverage()})`);
const patternsArgs = [BIN, 'patterns', '--questionnaire', 'zo-thuis', '--tenant', 'bench', '--no-cache', '--json'];
const first = run(process.execPath, patternsArgs, env);
console.log(`first scan (writes the snapshot) ${first.seconds.toFixed(2)} s`);
const script = path.resolve(ROOT, '../shared/tools/scipy-scan.py');
const ours: number[] = [];
const oursCpu: number[] = [];
const theirs: number[] = [];
const before: number[] = [];
const beforeCpu: number[] = [];
const beforeArgs = values.before ? [path.join(values.before, 'bin/duiding.mjs'), ...patternsArgs.slice(1)] : null;
for (let round = 1; round <= 3; round++) {
  const mine = run(process.execPath, patternsArgs, env);
  ours.push(mine.seconds);
  oursCpu.push(mine.cpuSeconds ?? Number.NaN);
  if (beforeArgs) {
    const old = run(process.execPath, beforeArgs, env);
    before.push(old.seconds);
    beforeCpu.push(old.cpuSeconds ?? Number.NaN);
  }
  if (fs.existsSync(script)) theirs.push(run('/usr/bin/python3', [script, questionnaireFile, csvFile]).seconds);
  console.log(
    `round ${round}: patterns ${ours.at(-1)!.toFixed(2)} s (CPU ${oursCpu.at(-1)!.toFixed(2)} s)${beforeArgs ? `, before ${before.at(-1)!.toFixed(2)} s (CPU ${beforeCpu.at(-1)!.toFixed(2)} s)` : ''}, scipy-scan.py ${theirs.at(-1)?.toFixed(2) ?? '-'} s (load ${loadAverage()})`,
  );
}
if (beforeArgs) {
  console.log(
    `before (${values.before}): ${median(before).toFixed(2)} s, CPU ${median(beforeCpu).toFixed(2)} s; now: ${median(ours).toFixed(2)} s, CPU ${median(oursCpu).toFixed(2)} s (medians of 3)`,
  );
}
const ratio = theirs.length ? (median(theirs) / median(ours)).toFixed(1) : '?';
console.log(
  `PostgreSQL server, ${os.cpus().length} × ${os.cpus()[0]?.model}: patterns --no-cache ${median(ours).toFixed(2)} s vs ${median(theirs).toFixed(2)} s: ${ratio}×`,
);
