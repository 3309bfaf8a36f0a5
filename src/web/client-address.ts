// The client's network address, only to throttle failed sign-ins in memory (services/auth/
// throttle.ts); it is never stored or logged. Behind a reverse proxy every client shares the
// proxy's address, which is why the per-address limit is generous and the per-account limit (in
// the database) does the real work.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // app.request() in tests has no socket.
    return null;
  }
}
