// An uploaded form file goes to a temporary file first: the importers read their source twice
// (check, then write), and the temporary file is removed whatever happens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { TextSource } from '../services/context.ts';

export async function withFormFile<T>(file: File, work: (source: TextSource) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'duiding-web-upload-'));
  const target = path.join(dir, 'upload');
  // Only the base name is shown in messages ("stories.csv:3: …"); never a client path.
  const name = path.basename(file.name.replaceAll('\\', '/')).slice(0, 200) || 'upload';
  try {
    await pipeline(Readable.fromWeb(file.stream() as never), fs.createWriteStream(target));
    // Bytes, not text: the CSV reader decodes strictly and names the line of a byte that is not UTF-8.
    return await work({ name, open: () => fs.createReadStream(target, { highWaterMark: 256 * 1024 }) });
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

export async function readFormFileText(file: File): Promise<string> {
  return withFormFile(file, async (source) => {
    const chunks: Buffer[] = [];
    for await (const chunk of source.open()) chunks.push(Buffer.from(chunk));
    // Strict: bytes that are not UTF-8 throw, and the caller refuses the file as unreadable.
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  });
}
