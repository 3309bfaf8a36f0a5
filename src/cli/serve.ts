import { serve as serveNode } from '@hono/node-server';
import pino from 'pino';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { createApp } from '../http/app.ts';
import { scheduleRetention } from '../services/retention.ts';
import { demoSignInHint } from '../services/browse.ts';
import { isEmptyInstallation, seedDemo } from '../services/seed-demo.ts';
import { databaseTarget } from './runtime.ts';
import { prepareFirstStart } from '../services/auth/tenant-setup.ts';
import { firstStartMessage } from './commands/accounts.ts';

/** Starts the web server; resolves with an exit code once a signal has closed everything. */
export async function serve(config: Config): Promise<number> {
  const logger = pino({ level: config.logLevel });
  const handle = await openDatabase(databaseTarget(config));
  await handle.migrate();
  if (handle.kind === 'postgres' && handle.appRole === 'set-role') {
    process.stderr.write(
      'Waarschuwing: DUIDING_APP_DATABASE_URL ontbreekt; de app gebruikt de verbinding van de eigenaar met SET ROLE duiding_app. ' +
        'Geef duiding_app een eigen login (docs/operations.md, "Database roles").\n',
    );
  }
  if (config.seedDemo === 'auto' && (await isEmptyInstallation(handle.db))) {
    process.stdout.write('Eerste start: de fictieve demogemeente "Gemeente Voorbeeld" wordt gevuld (± 2.000 verhalen)…\n');
    const seeded = await seedDemo(handle.db);
    process.stdout.write(`Klaar: ${seeded.stories} verhalen.\n`);
  }
  const app = createApp({ db: handle.db, logger, secureCookies: config.production, publicUrl: config.publicUrl });
  const server = serveNode({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const url = config.port === 0 && address && typeof address === 'object' ? `http://localhost:${address.port}` : config.publicUrl;
  const demo = await demoSignInHint(handle.db);
  process.stdout.write(
    `\nDuiding draait op ${url}  (database: ${handle.kind === 'pglite' ? `ingebouwd, ${(config.database as { dataDir: string }).dataDir}` : 'PostgreSQL-server'})\n` +
      (demo
        ? `Demo (fictief): log in als analist@voorbeeld.example met wachtwoord ${demo.password}\n` +
          `  (ook beheerder@, gespreksleider@, interviewer@, raad@, aanbieder@voorbeeld.example)\n` +
          `Een verhaal vertellen (demo): ${url}/vertel/voorbeeld-zo-thuis\n`
        : '') +
      `API: ${url}/api/v1/openapi.json   Stoppen: Ctrl+C\n`,
  );
  process.stdout.write(firstStartMessage(await prepareFirstStart(handle.db), url));
  const stopRetention = scheduleRetention(
    handle.db,
    (run) => logger.info({ deleted: run.deleted, collections: run.perCollection.length }, 'retention applied'),
    (error) => logger.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'retention failed'),
  );
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      process.stdout.write(`\n${signal}: Duiding stopt…\n`);
      stopRetention();
      server.close();
      void handle.close().then(() => resolve(0));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
