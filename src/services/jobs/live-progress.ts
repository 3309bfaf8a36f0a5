// The progress of the jobs running in this process, in memory. On PGlite a story import writes in
// one transaction on the one connection, so its progress rows — and any other query — wait for it
// to commit; the job's page would show nothing until the end. Its state endpoint reads this
// registry first for a job that runs here (jobs.ts), and the row otherwise (a job of another app
// server, or one that is over). Holds ids, counts and the job's params only: no story text.
import type { JobKindName } from './registry.ts';

export interface LiveJob {
  tenantId: string;
  kind: JobKindName;
  params: Record<string, unknown>;
  createdAt: Date;
  done: number;
  total: number | null;
}

const live = new Map<string, LiveJob>();

export function trackJob(jobId: string, job: Omit<LiveJob, 'done' | 'total'>): void {
  live.set(jobId, { ...job, done: 0, total: null });
}

export function reportProgress(jobId: string, done: number, total: number | null): void {
  const job = live.get(jobId);
  if (job) Object.assign(job, { done, total });
}

/** Once the job's outcome is on its row. */
export function untrackJob(jobId: string): void {
  live.delete(jobId);
}

export function liveJob(jobId: string): Readonly<LiveJob> | null {
  return live.get(jobId) ?? null;
}
