// Backup and restore of the embedded database (PGlite): the whole data directory as one
// .tar.gz (PGlite's dumpDataDir / loadDataDir). A PostgreSQL server is backed up with pg_dump
// instead (docs/operations.md). PGlite runs one query at a time and writes nothing between
// them, so a dump taken between two queries is a crash-consistent image; the CHECKPOINT first
// makes it a clean one that loads without replaying WAL.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock } from './lock-file.ts';

/** Writes a backup of an open PGlite to `out` (via a temporary file, so a crash leaves no half file). */
export async function backupPglite(client: PGlite, out: string): Promise<{ bytes: number }> {
  await client.exec('CHECKPOINT');
  const blob = await client.dumpDataDir('gzip');
  const data = Buffer.from(await blob.arrayBuffer());
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
  const pgdata = path.join(dataDir, 'pgdata');
  const staging = path.join(dataDir, `pgdata.herstel-${process.pid}`);
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    let tenants: number;
    try {
      const client = await PGlite.create(staging, { loadDataDir: new Blob([fs.readFileSync(file)]) });
      try {
        const result = await client.query<{ n: number }>('select count(*)::int as n from tenants');
        tenants = result.rows[0].n;
      } finally {
        await client.close();
      }
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new NotABackup(file, (error as Error).message);
    }
    let previous: string | null = null;
    if (fs.existsSync(pgdata)) {
      previous = `${pgdata}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(pgdata, previous);
    }
    fs.renameSync(staging, pgdata);
    return { previous, tenants };
  } finally {
    release();
  }
}

function writeFileDurably(out: string, data: Buffer) {
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
