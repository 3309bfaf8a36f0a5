// `duiding serve` on the embedded database shares its PGlite with `duiding` commands run beside
// it: a PostgreSQL wire-protocol server (@electric-sql/pglite-socket) on a Unix socket that only
// this user can reach. PGlite checks no password, so the file system is the access control: the
// socket lives in a directory of mode 0700 (in the data directory, or, when that path is too long
// for a Unix socket, a private directory under the system's temp directory), and the file that
// tells the CLI where it is, `duiding.socket` in the data directory, has mode 0600.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { SessionQueue } from './socket-queue.ts';

/** The socket file name that PostgreSQL clients look for in a socket directory (port 5432). */
export const SOCKET_PORT = 5432;
const SOCKET_NAME = `.s.PGSQL.${SOCKET_PORT}`;
/** sun_path holds 108 bytes on Linux, 104 on macOS. */
const MAX_SOCKET_PATH = 100;

export interface SocketInfo {
  /** The directory that holds the socket (what a PostgreSQL client calls host). */
  dir: string;
  /** The serving process, so that a file left by a crash is recognised. */
  pid: number;
}

export function socketInfoPath(dataDir: string): string {
  return path.join(dataDir, 'duiding.socket');
}

export interface SocketServer {
  /** The 0700 folder of the socket; the control channel of live-control.ts lives in it too. */
  dir: string;
  /** Refuse sessions with `reason` (a restore is running); see SessionQueue.pause. */
  pause(reason: string): void;
  /** Take sessions again, on the new database after a restore. */
  resume(db?: PGlite): void;
  stop(): Promise<void>;
}

export async function startSocketServer(db: PGlite, dataDir: string): Promise<SocketServer> {
  const absolute = path.resolve(dataDir);
  const inDataDir = path.join(absolute, 'socket');
  const privateTemp = path.join(inDataDir, SOCKET_NAME).length > MAX_SOCKET_PATH;
  const dir = privateTemp ? fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-')) : inDataDir;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  const socketPath = path.join(dir, SOCKET_NAME);
  // The lock file guarantees no other server runs on this data directory: a socket left here
  // belongs to a process that died.
  fs.rmSync(socketPath, { force: true });

  const queue = new SessionQueue(db);
  const handlers = new Set<PGLiteSocketHandler>();
  const server = net.createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue: queue as never, closeOnDetach: true });
    handlers.add(handler);
    handler.addEventListener('close', () => handlers.delete(handler));
    handler.addEventListener('error', () => handlers.delete(handler));
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  const info: SocketInfo = { dir, pid: process.pid };
  fs.writeFileSync(socketInfoPath(absolute), JSON.stringify(info), { mode: 0o600 });

  return {
    dir,
    pause: (reason) => queue.pause(reason),
    resume: (next) => queue.resume(next),
    async stop() {
      fs.rmSync(socketInfoPath(absolute), { force: true });
      for (const handler of handlers) await handler.detach(true);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(privateTemp ? dir : socketPath, { recursive: true, force: true });
    },
  };
}
