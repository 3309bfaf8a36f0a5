// Issue 17, edge 9: /favicon.ico answered 404. Browsers ask for it on every first visit; it and
// the SVG icon every page links to are served signed out, with their type, and may be cached.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';

describe('the icon in the browser tab', () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await handle.migrate();
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
  }, 120_000);
  afterAll(async () => handle?.close());

  it('serves /favicon.ico as an icon file, cacheable, to anyone', async () => {
    const response = await app.request('/favicon.ico');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // An ICO file: reserved 0, type 1 (icon), at least one image.
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(bytes[4]).toBeGreaterThan(0);
  });

  it('serves the SVG icon that every page links to', async () => {
    const response = await app.request('/assets/favicon.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(await response.text()).toMatch(/^<svg [^>]*viewBox=/);
  });
});
