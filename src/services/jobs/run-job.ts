// Runs one job for the worker (pg-boss or in-process): scoped to the job's municipality and the
// person who started it, with its progress written to the job's row, and its outcome: the result,
// or the problems of a refusal (the importer's file, line and column), or one plain message for
// anything else. The error itself goes to the log by name and message, never to the page.
import { findJob, finishJob, markRunning, setProgress } from '../../db/repositories/jobs.repository.ts';
import { tenantDatabase } from '../../db/tenant-scope.ts';
import type { Problem } from '../../domain/problems.ts';
import { Refused } from '../../domain/refused.ts';
import type { Database, ServiceContext } from '../context.ts';
import type { JobKind } from './kind.ts';
import { reportProgress, trackJob, untrackJob } from './live-progress.ts';
import { isJobKind, JOB_KINDS } from './registry.ts';

/** What pg-boss holds of a job: ids only (docs/architecture.md "Jobs"). */
export interface JobRef {
  jobId: string;
  tenantId: string;
  userId: string | null;
}

export type JobLog = (level: 'info' | 'error', fields: Record<string, unknown>, message: string) => void;

/** At most one progress write per interval: each is a transaction on PGlite's one connection. */
const PROGRESS_INTERVAL_MS = 400;

/** Names no field: it is about the whole task. */
const JOB_FAILED: Problem = {
  code: 'job-failed',
  nl: 'Deze taak is niet gelukt door een fout in Duiding. Er is niets half opgeslagen. Probeer het opnieuw; gebeurt het weer, vraag dan de beheerder om hulp.',
  en: 'This task failed because of an error in Duiding. Nothing was half stored. Try again; if it happens again, ask the administrator for help.',
};

export async function runJob(db: Database, ref: JobRef, log: JobLog): Promise<void> {
  const ctx: ServiceContext = { db: tenantDatabase(db, { tenantId: ref.tenantId, userId: ref.userId }), tenantId: ref.tenantId, actorUserId: ref.userId };
  const row = await findJob(ctx.db, ref.tenantId, ref.jobId);
  // Gone (the municipality was deleted, or the job pruned): nothing to do.
  if (!row || !isJobKind(row.kind)) return;
  const kind = JOB_KINDS[row.kind] as unknown as JobKind<unknown, Record<string, unknown>>;
  await markRunning(ctx.db, ref.tenantId, ref.jobId);
  // Seen at once by this process's state endpoint, even while the job's own transaction holds PGlite.
  trackJob(ref.jobId, { tenantId: ref.tenantId, kind: row.kind, params: (row.params ?? {}) as Record<string, unknown>, createdAt: row.createdAt });
  let writes = Promise.resolve();
  let last = 0;
  let latest: [number, number | null] | null = null;
  const write = () => {
    const [done, total] = latest!;
    latest = null;
    writes = writes.then(() => setProgress(ctx.db, ref.tenantId, ref.jobId, done, total)).catch(() => {});
  };
  const progress = (done: number, total: number | null) => {
    reportProgress(ref.jobId, done, total);
    latest = [done, total];
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    write();
  };
  const started = performance.now();
  try {
    const result = await kind.run({ ctx, jobId: ref.jobId, params: row.params, progress });
    if (latest) write();
    await writes;
    await finishJob(ctx.db, ref.tenantId, ref.jobId, { state: 'done', result });
    log('info', { job: ref.jobId, kind: row.kind, ms: Math.round(performance.now() - started) }, 'job done');
  } catch (error) {
    await writes;
    const refused = error instanceof Refused;
    const problems: Problem[] = !refused
      ? [JOB_FAILED]
      : error.problems.length > 0
        ? error.problems
        : [{ code: error.type, nl: error.text.nl, en: error.text.en }];
    await finishJob(ctx.db, ref.tenantId, ref.jobId, { state: 'failed', problems });
    const err = error as Error;
    log(refused ? 'info' : 'error', { job: ref.jobId, kind: row.kind, err: { name: err.name, message: refused ? 'refused' : err.message } }, 'job failed');
  } finally {
    untrackJob(ref.jobId);
  }
}
