// The job queue: pg-boss 10 in PostgreSQL (schema pgboss), on PGlite through pglite-boss-db.ts
// and on a server through the owner's connection string. `duiding serve` starts one; each app
// server is a worker. One queue for every kind of job, one job at a time per server (PGlite has
// one connection; a report or an export takes a core), polled every few seconds and woken at
// once when this server queues a job. pg-boss's rows hold only ids (JobRef); everything a page
// shows is on the job's row in public.jobs, under row-level security.
import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import { ownerDatabase } from '../../db/tenant-scope.ts';
import { deleteJobsBefore } from '../../db/repositories/jobs.repository.ts';
import type { Database } from '../context.ts';
import { applyRetention } from '../retention.ts';
import { pgliteBossDb } from './pglite-boss-db.ts';
import { isJobKind, JOB_KINDS } from './registry.ts';
import type { JobQueue } from './job-queue.ts';
import { runJob, type JobLog, type JobRef } from './run-job.ts';

const QUEUE = 'duiding-jobs';
const RETENTION_QUEUE = 'duiding-retention';
/** Every six hours at 17 past (as the timer it replaces): retention over every municipality. */
const RETENTION_CRON = '17 */6 * * *';
/** Finished jobs, their results (a ZIP) and inputs are kept a week, then removed by retention. */
const JOBS_KEPT_MS = 7 * 24 * 3_600_000;

export interface QueueOptions {
  /** The embedded instance (DatabaseHandle.pglite), or the owner's connection string on a server. */
  database: { pglite: PGlite } | { url: string };
  log: JobLog;
  /** Seconds between polls for new jobs; pg-boss allows 0.5 at least. */
  pollingSeconds?: number;
  /** SIGTERM: how long a running job may take to finish before it is released for a retry. */
  stopTimeoutMs?: number;
}

export async function startJobQueue(db: Database, options: QueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    ...('pglite' in options.database ? { db: pgliteBossDb(options.database.pglite) } : { connectionString: options.database.url, max: 2 }),
    schema: 'pgboss',
    // Modest: each of these is a query on PGlite's one connection.
    maintenanceIntervalSeconds: 300,
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on('error', (error: Error) => options.log('error', { err: { name: error.name, message: error.message } }, 'job queue error'));
  await boss.start();
  try {
    return await startWorkers(db, boss, options);
  } catch (error) {
    // A started pg-boss holds a pool and timers: without this stop the process could never exit
    // (SIGTERM would wait on it for ever).
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    throw error;
  }
}

async function startWorkers(db: Database, boss: PgBoss, options: QueueOptions): Promise<JobQueue> {
  await createQueueOnce(boss, QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 5, expireInSeconds: 30 * 60 });
  await createQueueOnce(boss, RETENTION_QUEUE, { name: RETENTION_QUEUE, retryLimit: 1, expireInSeconds: 30 * 60 });
  const pollingIntervalSeconds = options.pollingSeconds ?? 2;
  const worker = await boss.work<JobRef>(QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    if (job) await runJob(db, job.data, options.log);
  });
  await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    // Cross-tenant by design: the scheduled retention and the pruning of old jobs run over every
    // municipality, as the owner (tenant-scope.ts names this use).
    const owner = ownerDatabase(db);
    const run = await applyRetention(owner);
    const pruned = await deleteJobsBefore(owner, new Date(Date.now() - JOBS_KEPT_MS));
    options.log('info', { deleted: run.deleted, collections: run.perCollection.length, jobsPruned: pruned }, 'retention applied');
  });
  await boss.schedule(RETENTION_QUEUE, RETENTION_CRON);
  return {
    async enqueue(kind, ref) {
      const expireInSeconds = isJobKind(kind) ? JOB_KINDS[kind].expireInSeconds : undefined;
      await boss.send(QUEUE, { jobId: ref.jobId, tenantId: ref.tenantId, userId: ref.userId }, { expireInSeconds });
      boss.notifyWorker(worker);
    },
    // Graceful: no new jobs; a running one may finish within the timeout, else pg-boss marks it
    // failed and, within its retry limit, another start runs it again. A kill -9 leaves it
    // active; when it expires, pg-boss's maintenance retries it.
    stop: () => boss.stop({ graceful: true, wait: true, close: true, timeout: options.stopTimeoutMs ?? 20_000 }),
  };
}

/** Deadlock, or a unique violation: what two servers starting at once on one database can meet. */
const RACE_CODES = new Set(['40P01', '23505']);

/**
 * pg-boss's create_queue inserts the queue ON CONFLICT DO NOTHING and then creates its partition;
 * two app servers starting together on one database (behind a load balancer) can deadlock there.
 * The loser tries again: by then the winner has committed, and the insert does nothing.
 */
async function createQueueOnce(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name, options);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || !code || !RACE_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
