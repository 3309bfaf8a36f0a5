// A per-address request limit kept only in this process's memory: addresses are never stored in
// the database and never logged (the request log has no address). Each app server limits on its
// own; that is enough to stop one machine flooding the public story endpoints.
import type { Context, MiddlewareHandler } from 'hono';
import { problemResponse } from './problem.ts';

export interface RateLimitOptions {
  /** Requests per address per window. */
  limit: number;
  windowMs: number;
}

/** Cap on remembered addresses, so that a flood of spoofed sources cannot grow memory unbounded. */
const MAX_ADDRESSES = 100_000;

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  return async (c, next) => {
    const address = clientAddress(c);
    // In-process calls (app.request in tests, no network peer) are not limited.
    if (address === null) return next();
    const now = Date.now();
    if (now - windowStart >= options.windowMs || counts.size >= MAX_ADDRESSES) {
      windowStart = now;
      counts = new Map();
    }
    const count = (counts.get(address) ?? 0) + 1;
    counts.set(address, count);
    if (count > options.limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000));
      c.header('retry-after', String(retryAfter));
      return problemResponse(c, 429, 'too-many-requests', {
        en: `Too many requests from your address; try again in ${retryAfter} seconds.`,
        nl: `Te veel verzoeken vanaf uw adres. Probeer het over ${retryAfter} seconden opnieuw.`,
      });
    }
    await next();
  };
}

/**
 * The peer's address; behind a reverse proxy on loopback or a private network (the peer is the
 * proxy) the first X-Forwarded-For address. A directly exposed server ignores that header, so a
 * client cannot choose its own key.
 */
function clientAddress(c: Context): string | null {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress;
  if (!peer) return null;
  if (isPrivate(peer)) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return peer;
}

function isPrivate(address: string): boolean {
  const v4 = address.replace(/^::ffff:/, '');
  return (
    v4 === '::1' ||
    /^127\./.test(v4) ||
    /^10\./.test(v4) ||
    /^192\.168\./.test(v4) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(v4) ||
    /^f[cd][0-9a-f]{2}:/i.test(address)
  );
}
