// The app as the collect benchmark drives it: a child process (so the load generator does not
// share its event loop), on PostgreSQL via DATABASE_URL, rate limiter off, request log on (to
// /dev/null, so its cost is measured but not printed). Prints "port <n>" when listening.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { openDatabase } from '../src/db/connection.ts';
import { createApp } from '../src/http/app.ts';

const handle = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL! });
const app = createApp({
  db: handle.db,
  logger: pino({ level: 'info' }, pino.destination('/dev/null')),
  secureCookies: false,
  publicUrl: 'http://localhost',
  collectRateLimit: false,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(`port ${info.port}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  void handle.close().then(() => process.exit(0));
});
