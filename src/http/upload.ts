// Uploaded files are written to a temporary file first: the importers read a file twice (check,
// then write) and must never hold a large file in memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { TextSource } from '../services/context.ts';

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
    return await work({ name, open: () => fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 }) });
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
