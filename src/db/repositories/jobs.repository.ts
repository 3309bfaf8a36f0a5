// Queries of the job rows a page reads (services/jobs): state, progress, outcome and a job's files
// in pieces. Queries only, no rules; every query names the tenant beside row-level security.
import { and, eq, lt, sql } from 'drizzle-orm';
import { jobFiles, jobs } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export type JobRow = typeof jobs.$inferSelect;
export type JobFilePurpose = 'input' | 'result';

export async function insertJob(db: Tx, values: { tenantId: string; kind: string; params: unknown; createdBy: string | null }): Promise<string> {
  const [row] = await db.insert(jobs).values(values).returning({ id: jobs.id });
  return row.id;
}

export async function findJob(db: Tx, tenantId: string, id: string): Promise<JobRow | null> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, id)));
  return row ?? null;
}

/** A retry after a crash starts again from nothing: the progress and outcome of the last try go. */
export async function markRunning(db: Tx, tenantId: string, id: string): Promise<void> {
  await db
    .update(jobs)
    .set({ state: 'running', done: 0, total: null, result: null, problems: null, startedAt: new Date(), finishedAt: null })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, id)));
}

export async function setProgress(db: Tx, tenantId: string, id: string, done: number, total: number | null): Promise<void> {
  await db
    .update(jobs)
    .set({ done, total })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, id)));
}

export async function finishJob(db: Tx, tenantId: string, id: string, outcome: { state: 'done'; result: unknown } | { state: 'failed'; problems: unknown }) {
  await db
    .update(jobs)
    .set({
      state: outcome.state,
      result: outcome.state === 'done' ? (outcome.result ?? {}) : null,
      problems: outcome.state === 'failed' ? outcome.problems : null,
      finishedAt: new Date(),
    })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, id)));
}

export async function insertFilePiece(db: Tx, piece: { tenantId: string; jobId: string; purpose: JobFilePurpose; seq: number; data: string }) {
  await db.insert(jobFiles).values(piece);
}

export async function readFilePiece(db: Tx, tenantId: string, jobId: string, purpose: JobFilePurpose, seq: number): Promise<string | null> {
  const [row] = await db
    .select({ data: jobFiles.data })
    .from(jobFiles)
    .where(and(eq(jobFiles.tenantId, tenantId), eq(jobFiles.jobId, jobId), eq(jobFiles.purpose, purpose), eq(jobFiles.seq, seq)));
  return row?.data ?? null;
}

export async function filePieceCount(db: Tx, tenantId: string, jobId: string, purpose: JobFilePurpose): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(jobFiles)
    .where(and(eq(jobFiles.tenantId, tenantId), eq(jobFiles.jobId, jobId), eq(jobFiles.purpose, purpose)));
  return row?.n ?? 0;
}

export async function deleteFiles(db: Tx, tenantId: string, jobId: string, purpose: JobFilePurpose): Promise<void> {
  await db.delete(jobFiles).where(and(eq(jobFiles.tenantId, tenantId), eq(jobFiles.jobId, jobId), eq(jobFiles.purpose, purpose)));
}

/** Owner only (every municipality): jobs created before `before` go, with their files. */
export async function deleteJobsBefore(db: Tx, before: Date): Promise<number> {
  const rows = await db.delete(jobs).where(lt(jobs.createdAt, before)).returning({ id: jobs.id });
  return rows.length;
}
