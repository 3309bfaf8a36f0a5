// PGlite has no protection against two processes opening one data directory, and a second
// writer corrupts it. We keep our own lock file with the owner's process id.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirectoryLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory ${dataDir} is already in use by another Duiding process (pid ${ownerPid}). ` +
        `Stop that process first, or point DUIDING_DATA_DIR to another directory. ` +
        `(De datamap is al in gebruik door een ander Duiding-proces.)`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws DataDirectoryLockedError; returns the function that releases it. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'duiding.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => releaseDataDirLock(dataDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(ownerPid) && ownerPid > 0 && isAlive(ownerPid)) {
        throw new DataDirectoryLockedError(dataDir, ownerPid);
      }
      // A lock left by a process that died: safe to take over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}

/** Removes this process's lock (the function acquireDataDirLock returns; serve's restore keeps the lock across a reopen). */
export function releaseDataDirLock(dataDir: string): void {
  fs.rmSync(path.join(dataDir, 'duiding.lock'), { force: true });
}
