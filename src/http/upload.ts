// Uploaded files are written to a temporary file first: the importers read a file twice (check,
// then write) and must never hold a large file in memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Context, Next } from 'hono';
import type { TextSource } from '../services/context.ts';

/**
 * Largest story import over HTTP (API and the import form): 64 MB. A story row of the demo
 * municipality is about 360 bytes, a real one with a 1,000-character text and a dozen answers
 * about 1.3 KB; so 64 MB holds 100,000 short stories (about 36 MB) or 50,000 long ones, more than a
 * municipality collects in years. The CSV reader streams with its own field and row limits, so
 * memory does not grow with the file; this limit bounds disk use and the time of one request.
 * Larger sets: `npx duiding import stories` (no limit) or several files.
 */
export const STORY_IMPORT_LIMIT = 64 * 1024 * 1024;

/** Thrown (through the upload's stream) when a body without Content-Length grows past its limit. */
export class UploadTooLarge extends Error {
  constructor() {
    super('upload too large');
  }
}

/**
 * A body limit that never holds the body: with Content-Length the header decides at once; without
 * it (chunked upload) the bytes are counted as they stream to the temporary file, and the upload
 * fails with UploadTooLarge (→ 413) the moment it passes the limit. hono/body-limit instead reads a
 * chunked body into one buffer of up to the limit, blocking the event loop for a second at 30 MB.
 */
export function streamingBodyLimit(maxSize: number, tooLarge: (c: Context) => Response | Promise<Response>) {
  return async (c: Context, next: Next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.raw.headers.has('transfer-encoding')) {
      return Number(length) > maxSize ? tooLarge(c) : next();
    }
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > maxSize) controller.error(new UploadTooLarge());
          else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    return next();
  };
}

export async function withUploadedFile<T>(body: ReadableStream<Uint8Array> | null, name: string, work: (source: TextSource) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'duiding-upload-'));
  const file = path.join(dir, 'upload');
  try {
    if (body) {
      try {
        await pipeline(Readable.fromWeb(body as never), fs.createWriteStream(file));
      } catch (error) {
        // The stream may wrap the limit's error; either way the body was too large.
        if (error instanceof UploadTooLarge || (error as { cause?: unknown })?.cause instanceof UploadTooLarge) throw new UploadTooLarge();
        throw error;
      }
    } else await fs.promises.writeFile(file, '');
    // Bytes, not text: the CSV reader decodes strictly and names the line of a byte that is not UTF-8.
    return await work({ name, open: () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }) });
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
