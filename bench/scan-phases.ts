// `node --expose-gc --import tsx bench/scan-phases.ts --data-dir DIR [--tenant bench] [--questionnaire zo-thuis]`
// (or DATABASE_URL for a server): where one `patterns --no-cache` spends its CPU, phase by phase,
// in one process on an existing database (e.g. the 100,000 stories `npm run bench -- --keep`
// left). It times the snapshot's two readings alternately on the same bytes — one answers object
// per story (the scan's input until 3 December) and the typed columns the scan now takes — and
// checks that both give the same document byte for byte. CPU seconds (process.cpuUsage(): the
// main thread, the garbage collector's threads and PGlite's WebAssembly) compare on a shared
// machine where wall time does not.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.ts';
import { findAnswerSnapshot } from '../src/db/repositories/answer-snapshot.repository.ts';
import { findQuestionnaire } from '../src/db/repositories/questionnaires.repository.ts';
import { storiesOfColumns } from '../src/domain/patterns/columns.ts';
import { scanPatterns } from '../src/domain/patterns/index.ts';
import { decodeSnapshotColumns } from '../src/services/answer-snapshot-format.ts';
import { contextForTenantSlug } from '../src/services/context.ts';
import { scanQuestionnaire } from '../src/services/patterns.ts';
import { loadAverage, median } from './measure.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    tenant: { type: 'string', default: 'bench' },
    questionnaire: { type: 'string', default: 'zo-thuis' },
    rounds: { type: 'string', default: '3' },
  },
});

/** CPU and wall seconds of one piece of work. */
async function measure<T>(work: () => Promise<T> | T): Promise<{ cpu: number; wall: number; result: T }> {
  // With --expose-gc: garbage of the phase before is collected before the clock starts.
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000, result };
}

const opened = await measure(() =>
  values['data-dir'] ? openDatabase({ kind: 'pglite', dataDir: values['data-dir'] }) : openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL! }),
);
const handle = opened.result;
const ctx = await contextForTenantSlug(handle.db, values.tenant!);
const questionnaire = (await findQuestionnaire(ctx.db, ctx.tenantId, values.questionnaire!))!;
// A scan through the service first, so that the snapshot is current (and the code warm).
await scanQuestionnaire(ctx, values.questionnaire!, { cache: false });

const phases: Record<string, number[]> = {};
const note = (name: string, seconds: number) => (phases[name] ??= []).push(seconds);
for (let round = 0; round < Number(values.rounds); round++) {
  const read = await measure(() => findAnswerSnapshot(ctx.db, ctx.tenantId, questionnaire.id));
  note('read the snapshot out of the database', read.cpu);
  const bytes = read.result!.data;
  // Until 3 December: decode, then one answers object per story, then the scan.
  const objects = await measure(() => storiesOfColumns(byKey(decodeSnapshotColumns(bytes))));
  const scannedObjects = await measure(() => scanPatterns(questionnaire.definition, objects.result));
  note('objects: decode + one object per story', objects.cpu);
  note('objects: scan', scannedObjects.cpu);
  // Now: the typed columns straight into the scan.
  const typed = await measure(() => byKey(decodeSnapshotColumns(bytes)));
  const scannedTyped = await measure(() => scanPatterns(questionnaire.definition, typed.result));
  note('typed columns: decode', typed.cpu);
  note('typed columns: scan', scannedTyped.cpu);
  if (JSON.stringify(scannedObjects.result) !== JSON.stringify(scannedTyped.result)) throw new Error('the two readings give different documents');
  const whole = await measure(() => scanQuestionnaire(ctx, values.questionnaire!, { cache: false }));
  note('scanQuestionnaire --no-cache (service, wall)', whole.wall);
  note('scanQuestionnaire --no-cache (service, CPU)', whole.cpu);
}
await handle.close();

console.log(`scan phases, CPU seconds (median of ${values.rounds}), ${os.cpus().length} × ${os.cpus()[0]?.model}, load ${loadAverage()}`);
console.log(`  ${'open the database'.padEnd(52)} ${opened.cpu.toFixed(2).padStart(6)} s CPU (${opened.wall.toFixed(2)} s wall)`);
for (const [name, seconds] of Object.entries(phases)) console.log(`  ${name.padEnd(52)} ${median(seconds).toFixed(2).padStart(6)} s`);

function byKey(snapshot: ReturnType<typeof decodeSnapshotColumns>) {
  const columns = new Map([...snapshot.columns].map(([name, column]) => [name.replace(/^answer:/, ''), column]));
  return { count: snapshot.count, columns };
}
