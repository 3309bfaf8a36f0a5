// An uploaded form file goes to a temporary file first, like an API upload (http/upload.ts
// withUploadedFile does the work for both): the importers read their source twice (check, then
// write), and the temporary file is removed whatever happens.
import path from 'node:path';
import { withUploadedFile } from '../http/upload.ts';
import type { TextSource } from '../services/context.ts';

export function withFormFile<T>(file: File, work: (source: TextSource) => Promise<T>): Promise<T> {
  return withUploadedFile(file.stream(), uploadName(file), work);
}

/** Only the base name is shown in messages ("stories.csv:3: …"); never a client path. */
export function uploadName(file: File): string {
  return path.basename(file.name.replaceAll('\\', '/')).slice(0, 200) || 'upload';
}

export async function readFormFileText(file: File): Promise<string> {
  return withFormFile(file, async (source) => {
    const chunks: Buffer[] = [];
    for await (const chunk of source.open()) chunks.push(Buffer.from(chunk));
    // Strict: bytes that are not UTF-8 throw, and the caller refuses the file as unreadable.
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  });
}
