// Uploaded files are written to a temporary file first: the importers read a file twice (check,
// then write) and must never hold a large file in memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

export async function withUploadedFile<T>(
  body: ReadableStream<Uint8Array> | null,
  name: string,
  work: (source: TextSource) => Promise<T>,
): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'duiding-upload-'));
  const file = path.join(dir, 'upload');
  try {
    if (body) await pipeline(Readable.fromWeb(body as never), fs.createWriteStream(file));
    else await fs.promises.writeFile(file, '');
    // Bytes, not text: the CSV reader decodes strictly and names the line of a byte that is not UTF-8.
    return await work({ name, open: () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }) });
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
