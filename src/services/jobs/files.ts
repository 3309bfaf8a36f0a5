// A job's bytes in the database, a piece at a time (job_files, migration 0016): an upload the job
// reads, or a ZIP it writes. Pieces of about 1 MB as base64 text, so neither side ever holds the
// whole file, and every app server sees them (a file on one server's disk would not).
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { deleteFiles, insertFilePiece, readFilePiece, type JobFilePurpose } from '../../db/repositories/jobs.repository.ts';
import type { ServiceContext, TextSource } from '../context.ts';

const PIECE = 1024 * 1024;

/** Collects bytes and writes every full piece; close() writes the rest. Await each write: back-pressure. */
export function filePieceWriter(ctx: ServiceContext, jobId: string, purpose: JobFilePurpose) {
  let buffered: Uint8Array[] = [];
  let size = 0;
  let seq = 0;
  let bytes = 0;
  const flush = async () => {
    if (size === 0) return;
    const piece = Buffer.concat(buffered, size);
    buffered = [];
    size = 0;
    await insertFilePiece(ctx.db, { tenantId: ctx.tenantId, jobId, purpose, seq: seq++, data: piece.toString('base64') });
  };
  return {
    async write(chunk: Uint8Array) {
      buffered.push(chunk);
      size += chunk.length;
      bytes += chunk.length;
      if (size >= PIECE) await flush();
    },
    async close(): Promise<number> {
      await flush();
      return bytes;
    },
  };
}

/** The pieces in order, one query each. */
export async function* readFilePieces(ctx: ServiceContext, jobId: string, purpose: JobFilePurpose): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const data = await readFilePiece(ctx.db, ctx.tenantId, jobId, purpose, seq);
    if (data === null) return;
    yield Buffer.from(data, 'base64');
  }
}

export async function storeStream(ctx: ServiceContext, jobId: string, purpose: JobFilePurpose, stream: AsyncIterable<Uint8Array>): Promise<number> {
  const writer = filePieceWriter(ctx, jobId, purpose);
  for await (const chunk of stream) await writer.write(chunk);
  return writer.close();
}

export function dropFiles(ctx: ServiceContext, jobId: string, purpose: JobFilePurpose): Promise<void> {
  return deleteFiles(ctx.db, ctx.tenantId, jobId, purpose);
}

/**
 * The pieces copied to a temporary file for `work`, removed afterwards whatever happens. An
 * importer reads its source while its own transaction is open; on PGlite's one connection a read
 * of the pieces would then wait for that transaction, which waits for the read.
 */
export async function withLocalCopy<T>(ctx: ServiceContext, jobId: string, name: string, work: (source: TextSource) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'duiding-job-'));
  const file = path.join(dir, 'input');
  try {
    await pipeline(readFilePieces(ctx, jobId, 'input'), createWriteStream(file, { mode: 0o600 }));
    return await work({ name, open: () => createReadStream(file) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
