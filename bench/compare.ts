// The server time of a comparison of two subsets (issue 11): compareSubsets, the service behind
// GET /api/v1/questionnaires/{key}/compare and /vergelijken, on the 2,000-story demo municipality
// (seeded here, in memory) and, from run.ts, on the 100,000-story bench database. Printed, not
// asserted: the machine is shared. Run alone: node --import tsx bench/compare.ts [--stories N]
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.ts';
import { compareSubsets } from '../src/services/compare.ts';
import { contextForTenantSlug, type ServiceContext } from '../src/services/context.ts';
import { seedDemo } from '../src/services/seed-demo.ts';
import { loadAverage, median } from './measure.ts';

const SUBSETS = { a: 'wijk=WK999901', b: 'wijk=WK999902' };

/** Median of 5 after one warm-up (which may build the answer snapshot); printed, in milliseconds. */
async function timeOn(ctx: ServiceContext, label: string, target: string): Promise<number> {
  await compareSubsets(ctx, 'zo-thuis', SUBSETS);
  const times: number[] = [];
  let stories = 0;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    stories = (await compareSubsets(ctx, 'zo-thuis', SUBSETS)).stories;
    times.push(performance.now() - started);
  }
  const ms = median(times);
  console.log(
    `${`compare a=${SUBSETS.a} b=${SUBSETS.b} (${label})`.padEnd(72)} ${ms.toFixed(0).padStart(6)} ms (median of 5, target ${target}; ${stories} stories in the subsets; load ${loadAverage()})`,
  );
  return ms;
}

/** On an existing embedded database (run.ts: the 100,000-story one, tenant "bench"). */
export async function timeComparisonOn(dataDir: string, tenant: string, label: string): Promise<number> {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return await timeOn(await contextForTenantSlug(handle.db, tenant), label, '< 1 s');
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { stories: { type: 'string', default: '2000' } } });
  const handle = await openDatabase({ kind: 'pglite-memory' });
  await handle.migrate();
  await seedDemo(handle.db, { stories: Number(values.stories) });
  await timeOn(await contextForTenantSlug(handle.db, 'voorbeeld'), `${values.stories}-story demo`, '< 300 ms');
  await handle.close();
}
