// Jobs as the pages use them: queue one (its row first, in the municipality's scope, then its ids
// to the queue), read one for its page, and take its result. A job is found only in the
// municipality that made it (the query names the tenant, row-level security checks it again)
// and only by a role that may start its kind; otherwise it does not exist (404).
import { findJob, filePieceCount, insertJob, type JobRow } from '../../db/repositories/jobs.repository.ts';
import type { Problem } from '../../domain/problems.ts';
import { allows, type Role } from '../auth/policy.ts';
import type { ServiceContext } from '../context.ts';
import { readFilePieces, storeStream } from './files.ts';
import type { JobQueue } from './job-queue.ts';
import { liveJob } from './live-progress.ts';
import { isJobKind, JOB_KINDS, type JobKindName, type JobParams } from './registry.ts';

export { BACKGROUND_IMPORT_BYTES, inProcessJobQueue, type JobQueue } from './job-queue.ts';
export type { JobKindName } from './registry.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface JobView {
  id: string;
  kind: JobKindName;
  state: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number | null;
  params: Record<string, unknown>;
  result: Record<string, unknown> | null;
  problems: Problem[];
  /** A file to download (the ZIP of an export). */
  hasFile: boolean;
  createdAt: Date;
}

/** Queues a job of this kind; `input` (an upload) is stored with it first. Returns its id. */
export async function startJob<K extends JobKindName>(
  ctx: ServiceContext,
  queue: JobQueue,
  kind: K,
  params: JobParams<K>,
  input?: AsyncIterable<Uint8Array>,
): Promise<string> {
  const jobId = await insertJob(ctx.db, { tenantId: ctx.tenantId, kind, params, createdBy: ctx.actorUserId });
  if (input) await storeStream(ctx, jobId, 'input', input);
  await queue.enqueue(kind, { jobId, tenantId: ctx.tenantId, userId: ctx.actorUserId });
  return jobId;
}

async function visibleJob(ctx: ServiceContext, roles: readonly Role[], id: string): Promise<(JobRow & { kind: JobKindName }) | null> {
  if (!UUID.test(id)) return null;
  const row = await findJob(ctx.db, ctx.tenantId, id);
  if (!row || row.tenantId !== ctx.tenantId || !isJobKind(row.kind)) return null;
  if (!allows(roles, JOB_KINDS[row.kind].permission)) return null;
  return row as JobRow & { kind: JobKindName };
}

/** The job for its page, or null when this person may not see it (the page answers 404). */
export async function readJob(ctx: ServiceContext, roles: readonly Role[], id: string): Promise<JobView | null> {
  // Running in this process: from memory, without waiting for the database (live-progress.ts).
  const running = liveJob(id);
  if (running) {
    if (running.tenantId !== ctx.tenantId || !allows(roles, JOB_KINDS[running.kind].permission)) return null;
    const { kind, done, total, params, createdAt } = running;
    return { id, kind, state: 'running', done, total, params, result: null, problems: [], hasFile: false, createdAt };
  }
  const row = await visibleJob(ctx, roles, id);
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    done: row.done,
    total: row.total,
    params: (row.params ?? {}) as Record<string, unknown>,
    result: (row.result ?? null) as Record<string, unknown> | null,
    problems: (row.problems ?? []) as Problem[],
    hasFile: row.state === 'done' && (await filePieceCount(ctx.db, ctx.tenantId, row.id, 'result')) > 0,
    createdAt: row.createdAt,
  };
}

/** The job's result file, piece by piece, or null (not this person's to see, or not done). */
export async function jobResultFile(ctx: ServiceContext, roles: readonly Role[], id: string): Promise<AsyncGenerator<Buffer> | null> {
  const row = await visibleJob(ctx, roles, id);
  if (row?.state !== 'done') return null;
  if ((await filePieceCount(ctx.db, ctx.tenantId, row.id, 'result')) === 0) return null;
  return readFilePieces(ctx, row.id, 'result');
}
