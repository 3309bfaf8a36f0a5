// What every kind of job is: who may start it (and so read its page and result), how long one try
// may take before pg-boss counts it as crashed, and the work itself.
import type { Permission } from '../auth/policy.ts';
import type { ServiceContext } from '../context.ts';

/** Progress as the page shows it: `done` of `total` (null: not known yet, e.g. while checking). */
type ReportProgress = (done: number, total: number | null) => void;

interface JobRun<P> {
  /** Scoped to the job's municipality and the person who started it (row-level security). */
  ctx: ServiceContext;
  jobId: string;
  params: P;
  progress: ReportProgress;
}

export interface JobKind<P = Record<string, unknown>, R = Record<string, unknown>> {
  permission: Permission;
  /** After this, a try that did not finish (a crashed or killed server) is retried by pg-boss. */
  expireInSeconds: number;
  /** The outcome is JSON on the job's row: counts and ids only, never story text. */
  run(job: JobRun<P>): Promise<R>;
}
