// A job's bytes in the database, a piece at a time (job_files, migration 0016): an upload the job
// reads, or a ZIP it writes. Pieces of about 1 MB as base64 text, so neither side ever holds the
// whole file, and every app server sees them (a file on one server's disk would not).
import { deleteFiles, insertFilePiece, readFilePiece, type JobFilePurpose } from '../../db/repositories/jobs.repository.ts';
import type { ServiceContext } from '../context.ts';

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
