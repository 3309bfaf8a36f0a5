// Two or more app servers starting at once on one PostgreSQL database (behind a load balancer):
// each must get its job queue. pg-boss's create_queue can deadlock when they create the queues
// together (services/jobs/queue.ts retries then), and a queue that failed to start must not keep
// its process alive.
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.ts';
import type { JobQueue } from '../../src/services/jobs/job-queue.ts';
import { startJobQueue } from '../../src/services/jobs/queue.ts';
import { createServerDatabaseUrl, postgresConfigured } from '../support/databases.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

it.skipIf(!postgresConfigured())('four servers starting together on a fresh database all get their job queue', { timeout: 240_000 }, async () => {
  const server = (await createServerDatabaseUrl())!;
  cleanups.push(() => server.drop());
  const handle = await openDatabase({ kind: 'postgres', url: server.url, appUrl: server.appUrl });
  cleanups.push(() => handle.close());
  await handle.migrate();

  const starts = await Promise.allSettled(
    Array.from({ length: 4 }, () => startJobQueue(handle.db, { database: { url: server.url }, log: () => {}, pollingSeconds: 0.5, stopTimeoutMs: 1000 })),
  );
  const queues = starts.filter((s): s is PromiseFulfilledResult<JobQueue> => s.status === 'fulfilled').map((s) => s.value);
  cleanups.push(() => Promise.all(queues.map((q) => q.stop())));
  const reasons = starts.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason));
  expect(reasons).toEqual([]);
  expect(queues).toHaveLength(4);
});
