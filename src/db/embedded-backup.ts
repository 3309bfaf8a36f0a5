// Backup and restore of the embedded database (PGlite): the whole data directory as one
// .tar.gz (PGlite's dumpDataDir / loadDataDir). A PostgreSQL server is backed up with pg_dump
// instead (docs/operations.md). PGlite runs one query at a time and writes nothing between
// them, so a dump taken between two queries is a crash-consistent image; the CHECKPOINT first
// makes it a clean one that loads without replaying WAL. The dump holds PGlite's transaction lock
// (the one the server's transactions and the socket's sessions take), so no transaction is half
// in it. While `duiding serve` runs, the server makes the dump and swaps a restore in itself
// (live-maintenance.ts); the functions below serve both ways.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock } from './lock-file.ts';
import { simpleQuery, type LockablePglite } from './socket-queue.ts';

/** A backup of an open PGlite, as the bytes of a .tar.gz; waits for running transactions to end. */
export async function dumpPglite(client: PGlite): Promise<Buffer> {
  const locks = client as unknown as LockablePglite;
  // Inside the transaction lock, exec() would wait for that same lock: talk to PGlite directly.
  const blob = await locks._runExclusiveTransaction(async () => {
    await locks.runExclusive(() => locks.execProtocolStream(simpleQuery('CHECKPOINT')));
    return client.dumpDataDir('gzip');
  });
  return Buffer.from(await blob.arrayBuffer());
}

/** Writes a backup of an open PGlite to `out` (via a temporary file, so a crash leaves no half file). */
async function backupPglite(client: PGlite, out: string): Promise<{ bytes: number }> {
  const data = await dumpPglite(client);
  writeFileDurably(out, data);
  return { bytes: data.length };
}

/** The CLI's backup: opens the data directory itself, so it refuses while a server holds it. */
export async function backupDataDir(dataDir: string, out: string): Promise<{ bytes: number }> {
  const pgdata = path.join(dataDir, 'pgdata');
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) throw new NoDatabaseHere(dataDir);
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(pgdata);
    try {
      return await backupPglite(client, out);
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the data directory's database by the backup. The backup is loaded into a new folder
 * and checked first; only then the current database is moved aside (never deleted) to
 * pgdata.voor-herstel-<time>, and the restored one takes its place.
 */
export async function restoreDataDir(dataDir: string, file: string): Promise<{ previous: string | null; tenants: number }> {
  const release = acquireDataDirLock(dataDir);
  try {
    const staging = stagingDir(dataDir);
    const tenants = await checkBackup(staging, fs.readFileSync(file), file);
    return { previous: swapIn(dataDir, staging), tenants };
  } finally {
    release();
  }
}

/** The folder a backup is loaded into and checked, beside pgdata (so the swap is a rename). */
export function stagingDir(dataDir: string): string {
  return path.join(dataDir, `pgdata.herstel-${process.pid}`);
}

/** Loads the backup into `staging` and opens it; the number of municipalities, or NotABackup (staging removed). */
export async function checkBackup(staging: string, data: Buffer, name: string): Promise<number> {
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const tar = await unpackedTar(data);
    const client = await PGlite.create(staging, { loadDataDir: new Blob([tar as Uint8Array<ArrayBuffer>], { type: 'application/x-tar' }) });
    try {
      const result = await client.query<{ n: number }>('select count(*)::int as n from tenants');
      return result.rows[0].n;
    } finally {
      await client.close();
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new NotABackup(name, (error as Error).message);
  }
}

/** Moves the current pgdata aside (returned; null when there was none) and the checked backup in its place; on failure, changes nothing. */
export function swapIn(dataDir: string, staging: string): string | null {
  const pgdata = path.join(dataDir, 'pgdata');
  let previous: string | null = null;
  if (fs.existsSync(pgdata)) {
    previous = `${pgdata}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(pgdata, previous);
  }
  try {
    fs.renameSync(staging, pgdata);
  } catch (error) {
    if (previous) fs.renameSync(previous, pgdata); // as it was: the current database in its place
    throw error;
  }
  return previous;
}

/** Undoes swapIn: the restored folder goes aside as pgdata.mislukt-<time>, the previous one back. */
export function swapBack(dataDir: string, previous: string | null): void {
  const pgdata = path.join(dataDir, 'pgdata');
  if (fs.existsSync(pgdata)) fs.renameSync(pgdata, `${pgdata}.mislukt-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  if (previous) fs.renameSync(previous, pgdata);
}

/**
 * The backup's tar, unpacked and checked here rather than by PGlite: PGlite's own gunzip leaves a
 * rejected promise unhandled on a damaged file (and retries gunzip on any tar it cannot read),
 * which ends the process, and while `duiding serve` runs that process is the server.
 */
async function unpackedTar(data: Buffer): Promise<Buffer> {
  if (data.length < 2 || data[0] !== 0x1f || data[1] !== 0x8b) throw new Error('geen gzip-bestand (not a gzip file)');
  const tar = await promisify(zlib.gunzip)(data);
  let offset = 0;
  for (;;) {
    if (offset + 512 > tar.length) throw new Error('tar-archief is afgebroken (tar archive is truncated)');
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return tar;
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
    const stored = parseInt(
      header
        .subarray(148, 156)
        .toString('latin1')
        .replace(/[\0 ]+/g, ''),
      8,
    );
    if (stored !== sum) throw new Error('tar-archief is beschadigd (tar archive is corrupted)');
    const size = parseInt(
      header
        .subarray(124, 136)
        .toString('latin1')
        .replace(/[\0 ]+/g, '') || '0',
      8,
    );
    if (!Number.isSafeInteger(size) || size < 0) throw new Error('tar-archief is beschadigd (tar archive is corrupted)');
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

export function writeFileDurably(out: string, data: Buffer) {
  const part = `${out}.deel`;
  const fd = fs.openSync(part, 'w');
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(part, out);
}

export class NoDatabaseHere extends Error {
  constructor(readonly dataDir: string) {
    super(`Er staat geen database in ${dataDir}/pgdata. (There is no database in ${dataDir}/pgdata.)`);
  }
}

export class NotABackup extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file} is geen bruikbare back-up van Duiding: ${detail}. Er is niets veranderd. (${file} is not a usable Duiding backup; nothing was changed.)`);
  }
}
