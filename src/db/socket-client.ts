// The `duiding` command beside a running `duiding serve` on the same embedded data directory:
// instead of refusing (PGlite allows one process), it talks to the server's PGlite over the Unix
// socket that serve opened (socket-server.ts), with the ordinary PostgreSQL driver.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from './connection.ts';
import { SOCKET_PORT, socketInfoPath, type SocketInfo } from './socket-server.ts';

export class ServerSocketUnavailable extends Error {
  constructor(dataDir: string, ownerPid: number, reason: string) {
    super(
      `De datamap ${dataDir} is in gebruik door Duiding (pid ${ownerPid}), en via de socket van die server lukt het niet: ${reason}. ` +
        `Stop dat proces of wacht tot het klaar is. ` +
        `(The data directory is in use by Duiding, pid ${ownerPid}, and its socket cannot be used: ${reason}.)`,
    );
  }
}

/** The socket of the server that holds the lock, or null when that process opened none (a CLI command). */
export function serverSocket(dataDir: string, ownerPid: number): SocketInfo | null {
  let info: SocketInfo;
  try {
    info = JSON.parse(fs.readFileSync(socketInfoPath(dataDir), 'utf8')) as SocketInfo;
  } catch {
    return null;
  }
  return info.pid === ownerPid && typeof info.dir === 'string' ? info : null;
}

/** Opens the database through the running server's socket; migrations already ran at its start. */
export async function openThroughServer(dataDir: string, ownerPid: number): Promise<DatabaseHandle | null> {
  const info = serverSocket(dataDir, ownerPid);
  if (!info) return null;
  const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(path.resolve(info.dir))}&port=${SOCKET_PORT}`;
  try {
    // One PGlite session behind every socket client: scopes must be per transaction (SET LOCAL).
    return await openDatabase({ kind: 'postgres', url, sharedSession: true });
  } catch (error) {
    throw new ServerSocketUnavailable(dataDir, ownerPid, (error as Error).message);
  }
}
