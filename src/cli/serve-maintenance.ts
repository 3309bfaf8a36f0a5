// `duiding backup` and `duiding restore` while `duiding serve` runs on the embedded database: the
// server does the work with its own PGlite, asked over the control channel (src/db/live-control.ts).
//
// Backup: a dump under PGlite's transaction lock (embedded-backup.ts), so no transaction of the
// web server or of a socket session is half in it; requests wait for the few seconds it takes.
//
// Restore: the backup is loaded and checked in a folder beside pgdata while the server keeps
// answering; only then the server stops answering (503 with Retry-After; socket sessions get a
// PostgreSQL error), waits for requests and transactions in progress, closes PGlite, swaps the
// folders (the old one stays as pgdata.voor-herstel-<time>), reopens, migrates and answers again.
// If the restored folder does not open, the previous one is put back and reopened. The data
// directory's lock stays with this process throughout: no command slips in while PGlite is closed.
import fs from 'node:fs';
import type { DatabaseHandle } from '../db/connection.ts';
import { reopenPglite } from '../db/connection.ts';
import { forgetWithdrawalKeys } from '../services/collect/withdrawal-code.ts';
import { checkBackup, dumpPglite, NotABackup, stagingDir, swapBack, swapIn } from '../db/embedded-backup.ts';
import { ControlError, startControlChannel } from '../db/live-control.ts';
import type { SocketServer } from '../db/socket-server.ts';
import type { FetchApp, ServingFront } from '../http/maintenance-front.ts';

export interface MaintenanceOptions {
  dataDir: string;
  handle: DatabaseHandle;
  socket: SocketServer;
  front: ServingFront;
  /** Stops what uses the database besides requests (the job queue). */
  detach(): Promise<void>;
  /** Serves from `handle` from now on: returns the web app on it (and starts the job queue again). */
  attach(handle: DatabaseHandle): FetchApp;
  log(level: 'info' | 'error', message: string, error?: Error): void;
}

const PAUSED =
  'De server zet een back-up terug en neemt even geen opdrachten aan; probeer het over een paar seconden opnieuw. ' +
  '(The server is restoring a backup and takes no commands for a moment; try again in a few seconds.)';
/** How long a restore waits for requests, and for a transaction of a command, before it gives up. */
const DRAIN_MS = 30_000;

export async function startMaintenance(options: MaintenanceOptions): Promise<{ current(): DatabaseHandle; stop(): Promise<void> }> {
  let handle = options.handle;
  let busy: string | null = null;
  const exclusive = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    if (busy)
      throw new ControlError(`De server is al bezig met: ${busy}. Probeer het straks opnieuw. (The server is busy with a ${busy}; try again later.)`, 'busy');
    busy = what;
    try {
      return await work();
    } finally {
      busy = null;
    }
  };

  const channel = await startControlChannel(
    options.socket.dir,
    {
      backup: (progress) =>
        exclusive('back-up', async () => {
          progress(`De server (pid ${process.pid}) maakt de back-up…`);
          const data = await dumpPglite(handle.pglite!);
          options.log('info', `backup made over the control channel (${data.length} bytes)`);
          return data;
        }),
      restore: (data, name, progress) =>
        exclusive('terugzetten', async () => {
          progress('Back-up controleren (de server blijft intussen antwoorden)…');
          const staging = stagingDir(options.dataDir);
          let tenants: number;
          try {
            tenants = await checkBackup(staging, data, name);
          } catch (error) {
            if (error instanceof NotABackup) throw new ControlError(error.message, 'not-a-backup');
            throw error;
          }
          progress(`Back-up in orde (${tenants} gemeente(n)). De server stopt even met antwoorden en wisselt de database…`);
          const previous = await swapWhilePaused(staging);
          options.log('info', `database restored over the control channel; previous database in ${previous ?? '(none)'}`);
          return { tenants, previous };
        }),
    },
    (error) => options.log('error', 'control channel request failed', error),
  );

  async function swapWhilePaused(staging: string): Promise<string | null> {
    const old = handle;
    options.socket.pause(PAUSED);
    await options.front.pause(DRAIN_MS);
    await options.detach();
    // Wait for the transaction of a socket session in progress (an import, say), within limits:
    // close() would otherwise wait for it without end.
    if (!(await drained(old))) {
      options.socket.resume();
      options.front.resume(options.attach(old));
      throw new ControlError(
        `Een ander commando houdt al ${DRAIN_MS / 1000} s een transactie open; er is niets veranderd. Probeer het opnieuw als het klaar is. ` +
          `(Another command has held a transaction open for ${DRAIN_MS / 1000} s; nothing was changed. Try again when it is done.)`,
        'busy',
      );
    }
    await old.pglite!.close(); // the lock file stays: this process still owns the data directory
    forgetWithdrawalKeys(); // cached per municipality from the database that is going away
    let previous: string | null = null;
    let swapped = false;
    try {
      previous = swapIn(options.dataDir, staging);
      swapped = true;
      const restored = await reopenPglite(options.dataDir);
      try {
        await restored.migrate();
      } catch (error) {
        await restored.pglite!.close();
        throw error;
      }
      use(restored);
      return previous;
    } catch (error) {
      options.log('error', 'restored database did not open; reopening the previous one', error as Error);
      try {
        if (swapped) swapBack(options.dataDir, previous);
        else fs.rmSync(staging, { recursive: true, force: true });
        use(await reopenPglite(options.dataDir));
      } catch (reopenError) {
        // Neither opens: keep answering 503 rather than serve from a half state; the operator must act.
        options.log('error', 'the previous database did not open either; serving 503 until restarted', reopenError as Error);
        throw new ControlError(
          `Terugzetten mislukt (${(error as Error).message}) en de vorige database ging ook niet open (${(reopenError as Error).message}). ` +
            `De server antwoordt met 503; herstart hem. (Restore failed and the previous database did not open either; restart the server.)`,
          'failed',
        );
      }
      throw new ControlError(
        `De teruggezette database ging niet open (${(error as Error).message}); de vorige draait weer, er is niets veranderd. ` +
          `(The restored database did not open; the previous one is serving again, nothing was changed.)`,
        'failed',
      );
    }
  }

  function use(next: DatabaseHandle) {
    handle = next;
    const app = options.attach(next);
    options.socket.resume(next.pglite);
    options.front.resume(app);
  }

  return {
    current: () => handle,
    stop: () => channel.stop(),
  };
}

/** True once no transaction holds PGlite's transaction lock (taken and let go at once), false after DRAIN_MS. */
async function drained(handle: DatabaseHandle): Promise<boolean> {
  const locks = handle.pglite as unknown as { _runExclusiveTransaction(fn: () => Promise<void>): Promise<void> };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DRAIN_MS)));
  const free = locks._runExclusiveTransaction(async () => {}).then(() => true);
  const result = await Promise.race([free, timeout]);
  clearTimeout(timer);
  return result;
}
