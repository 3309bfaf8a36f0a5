// What the web routes need of a queue: hand a queued job to whoever runs it. pg-boss in `duiding
// serve` (queue.ts); in-process where no worker runs (below), so an app made without one still
// answers its job pages. Its own module: the app does not load pg-boss unless serve starts it.
import type { Database } from '../context.ts';
import { runJob, type JobLog, type JobRef } from './run-job.ts';

export interface JobQueue {
  enqueue(kind: string, ref: JobRef): Promise<void>;
  stop(): Promise<void>;
}

/** A story upload at least this big is imported as a job from the web page; smaller ones at once. */
export const BACKGROUND_IMPORT_BYTES = 1024 * 1024;

/**
 * Without pg-boss (an app made by a test, or a tool that runs no worker): the job runs in this
 * process right after the request that queued it, with the same rows and pages. Not durable.
 */
export function inProcessJobQueue(db: Database, log: JobLog = () => {}): JobQueue {
  const running = new Set<Promise<void>>();
  return {
    async enqueue(_kind, ref) {
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => runJob(db, ref, log))
        // runJob records a failure on the job's row; this is only a database that went away.
        .catch((error: Error) => log('error', { job: ref.jobId, err: { name: error.name, message: error.message } }, 'job not run'));
      running.add(run);
      void run.finally(() => running.delete(run));
    },
    async stop() {
      await Promise.allSettled([...running]);
    },
  };
}
