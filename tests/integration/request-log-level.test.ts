// Edge #12 of issue 17: in development every request is logged at debug, so the console stays
// quiet at the default level and the start banner stays in view; in production at info.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

describe('the level of request logs', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await handle.migrate();
  });
  afterAll(async () => handle?.close());

  it.each([
    ['development', false, 20],
    ['production', true, 30],
  ] as const)('%s: level %i', async (_, production, level) => {
    const out = new Capture();
    const app = createApp({ db: handle.db, logger: pino({ level: 'debug' }, out), secureCookies: production, production, publicUrl: 'http://localhost' });
    const response = await app.request('/inloggen');
    await response.arrayBuffer();
    const requests = out.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'request');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ level, path: '/inloggen', status: response.status });
  });
});
