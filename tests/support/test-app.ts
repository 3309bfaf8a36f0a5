// The real app in-process on a random port, over a fresh in-memory PGlite seeded with the demo
// municipality — what the e2e tests drive with Chromium.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pino from 'pino';
import type { Database } from '../../src/db/connection.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';
import type { CbsConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';

export interface TestApp {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  db: Database;
  close(): Promise<void>;
}

export async function startTestApp(options: { stories?: number; cbs?: CbsConfig; network?: boolean } = {}): Promise<TestApp> {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    await handle.migrate();
    await seedDemo(handle.db, { stories: options.stories ?? 150, network: options.network });
  } catch (error) {
    await handle.close();
    throw error;
  }
  const app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost', cbs: options.cbs });
  let closeServer: () => Promise<void> = async () => {};
  const port = await new Promise<number>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    server.once('error', reject);
    closeServer = () => new Promise<void>((done) => server.close(() => done()));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    db: handle.db,
    async close() {
      await closeServer();
      await handle.close();
    },
  };
}
