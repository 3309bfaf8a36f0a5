// What the HTTP server calls for every request in `duiding serve`: the web app, or, while a
// restore swaps the database (src/cli/serve-maintenance.ts), 503 with Retry-After. It counts the
// requests in progress so that the database is closed only after they have answered, and it
// lets the app be replaced by one on the restored database.
import type { Hono } from 'hono';
import { maintenanceEn, maintenanceNl } from '../web/i18n/maintenance.ts';

type Fetch = Hono['fetch'];
/** The web app, or anything that answers like it. */
export type FetchApp = { fetch: Fetch };

/** Seconds a client should wait: a swap is closing and opening PGlite (a few seconds) and the migrations. */
const RETRY_AFTER_SECONDS = 5;

export class ServingFront {
  private app: FetchApp;
  private paused = false;
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  constructor(app: FetchApp) {
    this.app = app;
  }

  readonly fetch: Fetch = async (request, env, executionCtx) => {
    if (this.paused) return unavailable(request);
    this.inFlight++;
    try {
      return await this.app.fetch(request, env, executionCtx);
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  };

  /** Answer 503 from now on; resolves when the requests in progress have answered (or after `timeoutMs`). */
  async pause(timeoutMs: number): Promise<void> {
    this.paused = true;
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Answer again, with `app` when the database was replaced. */
  resume(app?: FetchApp): void {
    if (app) this.app = app;
    this.paused = false;
  }
}

function unavailable(request: Request): Response {
  const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (new URL(request.url).pathname.startsWith('/api/')) {
    const body = {
      type: 'https://duiding.nl/problems/restoring',
      title: maintenanceEn.title,
      status: 503,
      detail: maintenanceEn.text,
      detail_nl: maintenanceNl.text,
    };
    return new Response(JSON.stringify(body), { status: 503, headers: { ...headers, 'content-type': 'application/problem+json; charset=utf-8' } });
  }
  const html =
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${maintenanceNl.title} — Duiding</title></head>` +
    `<body><h1>${maintenanceNl.title}</h1><p>${maintenanceNl.text}</p><p lang="en">${maintenanceEn.text}</p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" },
  });
}
