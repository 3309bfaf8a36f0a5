import type { Config } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { startSocketServer } from '../db/socket-server.ts';
import { ServingFront } from '../http/maintenance-front.ts';
import { startMaintenance } from './serve-maintenance.ts';
import { createLogger } from './logger.ts';
import { seedingProgress } from './progress.ts';
import { databaseTarget } from './runtime.ts';
import type { JobQueue } from '../services/jobs/jobs.ts';

/** A queue that is still starting (at start, after a restore): a job waits for it rather than being lost. */
function queueWhenStarted(starting: Promise<JobQueue>): JobQueue {
  return {
    enqueue: async (kind, ref) => (await starting).enqueue(kind, ref),
    stop: async () => (await starting).stop(),
  };
}

/** Starts the web server; resolves with an exit code once a signal has closed everything. */
export async function serve(config: Config): Promise<number> {
  // Start opening PGlite (1.7–2 s of PostgreSQL starting in WebAssembly, with waits on files and
  // V8 compiling on background threads) and loading the web app's modules at once, rather than
  // one after the other (start-up target: under 3 s). Other commands never load the web app.
  const opening = openDatabase(databaseTarget(config));
  const modules = loadServerModules();
  let handle = await opening;
  const { serveNode, pino, createApp, startJobQueue, demoSignInHint, isEmptyInstallation, seedDemo, prepareFirstStart, firstStartMessage } =
    await modules.catch(async (error) => {
      await handle.close();
      throw error;
    });
  const logger = await createLogger(pino, { level: config.logLevel, production: config.production });
  await handle.migrate();
  if (handle.kind === 'postgres' && handle.appRole === 'set-role') {
    process.stderr.write(
      'Waarschuwing: DUIDING_APP_DATABASE_URL ontbreekt; de app gebruikt de verbinding van de eigenaar met SET ROLE duiding_app. ' +
        'Geef duiding_app een eigen login (docs/operations.md, "Database roles").\n',
    );
  }
  if (config.seedDemo === 'auto' && (await isEmptyInstallation(handle.db))) {
    process.stdout.write('Eerste start: de fictieve demogemeente "Gemeente Voorbeeld" wordt gevuld (± 2.000 verhalen)…\n');
    // Seeding takes most of a minute: a bar on a terminal, a line per quarter in a log.
    const progress = seedingProgress(process.stdout);
    const seeded = await seedDemo(handle.db, { onProgress: progress, network: true });
    progress.end();
    process.stdout.write(`Klaar: ${seeded.stories.toLocaleString('nl-NL')} verhalen.\n`);
  }
  // Long work runs as jobs in PostgreSQL (pg-boss, schema pgboss; services/jobs): reports, big
  // imports, the full export, and retention every six hours. One worker per server.
  const jobLog = (level: 'info' | 'error', fields: Record<string, unknown>, message: string) => logger[level](fields, message);
  const startJobs = (current: typeof handle) =>
    startJobQueue(current.db, {
      database: current.pglite ? { pglite: current.pglite } : { url: (config.database as { url: string }).url },
      log: jobLog,
    });
  // Not awaited here: the server listens while pg-boss creates or checks its schema (start-up
  // target); a job queued in the meantime waits for it.
  const firstStart = startJobs(handle);
  firstStart.catch((error: Error) => logger.error({ err: { name: error.name, message: error.message } }, 'job queue did not start'));
  let jobs = queueWhenStarted(firstStart);
  const makeApp = (db: typeof handle.db, queue: JobQueue) =>
    createApp({
      db,
      logger,
      secureCookies: config.production,
      production: config.production,
      publicUrl: config.publicUrl,
      trustedProxies: config.trustedProxies,
      cbs: config.cbs,
      jobs: queue,
    });
  // The app behind a front that answers 503 while a restore swaps the database (serve-maintenance.ts).
  const front = new ServingFront(makeApp(handle.db, jobs));
  // `duiding …` beside the server, on the embedded database (docs/operations.md).
  // Without it (a file system without Unix sockets, say) the server still runs; commands beside it
  // are then refused as before.
  const socket =
    handle.pglite && config.database.kind !== 'postgres'
      ? await startSocketServer(handle.pglite, config.database.dataDir).catch((error: Error) => {
          logger.warn({ err: { name: error.name, message: error.message } }, 'no socket for commands beside the server');
          return null;
        })
      : null;
  // `duiding backup` / `duiding restore` beside the server, over a control channel next to the socket.
  const maintenance = socket
    ? await startMaintenance({
        dataDir: (config.database as { dataDir: string }).dataDir,
        handle,
        socket,
        front,
        detach: () => jobs.stop(),
        attach(next) {
          handle = next;
          // The app must be back at once; its queue takes a moment to start on the new database.
          const starting = startJobs(next);
          starting.catch((error: Error) => logger.error({ err: { name: error.name, message: error.message } }, 'job queue did not start after the restore'));
          jobs = queueWhenStarted(starting);
          return makeApp(next.db, jobs);
        },
        log: (level, message, error) => logger[level](error ? { err: { name: error.name, message: error.message } } : {}, message),
      }).catch((error: Error) => {
        logger.warn({ err: { name: error.name, message: error.message } }, 'no control channel: backup and restore need the server stopped');
        return null;
      })
    : null;
  const server = serveNode({ fetch: front.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const url = config.port === 0 && address && typeof address === 'object' ? `http://localhost:${address.port}` : config.publicUrl;
  const demo = await demoSignInHint(handle.db);
  process.stdout.write(
    `\nDuiding draait op ${url}  (database: ${handle.kind === 'pglite' ? `ingebouwd, ${(config.database as { dataDir: string }).dataDir}` : 'PostgreSQL-server'})\n` +
      (demo
        ? `Demo (fictief): log in als analist@voorbeeld.example met wachtwoord ${demo.password}\n` +
          `  (ook beheerder@, gespreksleider@, interviewer@, raad@, aanbieder@, netwerkcoordinator@voorbeeld.example)\n` +
          `Een verhaal vertellen (demo): ${url}/vertel/voorbeeld-zo-thuis\n`
        : '') +
      `API: ${url}/api/v1/openapi.json   Stoppen: Ctrl+C\n`,
  );
  process.stdout.write(firstStartMessage(await prepareFirstStart(handle.db), url));
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      process.stdout.write(`\n${signal}: Duiding stopt…\n`);
      server.close();
      // Jobs first, while the database is open: a running job may finish (20 s), else pg-boss
      // releases it to be retried at the next start.
      void jobs
        .stop()
        .catch(() => {})
        .then(() => maintenance?.stop())
        .then(() => socket?.stop())
        .then(() => handle.close())
        .then(() => resolve(0));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

async function loadServerModules() {
  const [node, pinoModule, app, queue, browse, seed, setup, accounts] = await Promise.all([
    import('@hono/node-server'),
    import('pino'),
    import('../http/app.ts'),
    import('../services/jobs/queue.ts'),
    import('../services/browse.ts'),
    import('../services/seed-demo.ts'),
    import('../services/auth/tenant-setup.ts'),
    import('./commands/accounts.ts'),
  ]);
  return {
    serveNode: node.serve,
    pino: pinoModule.default,
    createApp: app.createApp,
    startJobQueue: queue.startJobQueue,
    demoSignInHint: browse.demoSignInHint,
    isEmptyInstallation: seed.isEmptyInstallation,
    seedDemo: seed.seedDemo,
    prepareFirstStart: setup.prepareFirstStart,
    firstStartMessage: accounts.firstStartMessage,
  };
}
