// The request limit per client address on the public story endpoints: the collection API, its
// withdrawal, and the teller's forms without JavaScript (/vertel/{slug}, /intrekken) all draw
// from one budget. The count lives in PostgreSQL (services/limits/limiter-store.ts), so two app
// servers give 30 per minute together, not 30 each; the address comes from the one client-address
// function (http/client-address.ts) and is stored only as a keyed hash.
import type { Context, MiddlewareHandler } from 'hono';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '../services/context.ts';
import { limiterFor, limitKey } from '../services/limits/limiter-store.ts';
import { clientAddress } from './client-address.ts';
import { problemResponse } from './problem.ts';

export interface RateLimitOptions {
  /** Requests per address per window. */
  limit: number;
  windowMs: number;
}

/** The public story endpoints' budget: a teller needs a handful, a script needs many. */
export const COLLECT_LIMIT: RateLimitOptions = { limit: 30, windowMs: 60_000 };

/** The answer once the budget is spent; the default is problem+json (the API). */
export type LimitedResponder = (c: Context, retryAfterSeconds: number) => Response | Promise<Response>;

export function rateLimit(db: Database, options: RateLimitOptions, respond: LimitedResponder = problem): MiddlewareHandler {
  const limiter = limiterFor(db, { name: 'collect', points: options.limit, durationSeconds: Math.max(1, Math.round(options.windowMs / 1000)) });
  return async (c, next) => {
    const address = clientAddress(c);
    // In-process calls (app.request in tests, no network peer) are not limited.
    if (address === null) return next();
    try {
      await limiter.consume(await limitKey(db, 'addr', address));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      c.header('retry-after', String(retryAfter));
      return respond(c, retryAfter);
    }
    await next();
  };
}

function problem(c: Context, retryAfter: number) {
  return problemResponse(c, 429, 'too-many-requests', {
    en: `Too many requests from your address; try again in ${retryAfter} seconds.`,
    nl: `Te veel verzoeken vanaf uw adres. Probeer het over ${retryAfter} seconden opnieuw.`,
  });
}
