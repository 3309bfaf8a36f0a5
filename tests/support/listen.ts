// An app on a real loopback port, so that requests have a socket peer (the client address the
// limits key on; app.request() has none and is never limited).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export function listen(app: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> }): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
    server.once('error', reject);
  });
}
