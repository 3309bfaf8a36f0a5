// The one answer to "who is the client?", used by every limit (collect API and the teller's forms
// through http/rate-limit.ts, sign-in through services/auth/throttle.ts). The address is only a
// key for those limits: it is never logged, and stored only as a keyed hash.
//
// Behind reverse proxies the socket's peer is the proxy, and X-Forwarded-For lists the addresses
// each proxy saw, the newest on the right. A client can put anything on the left of that list, so
// only the entries that a trusted proxy added count: walking from the right, the first address no
// trusted proxy stands for is the client (DUIDING_TRUSTED_PROXIES, see config.ts and
// docs/operations.md). With no trusted proxy the header is ignored entirely.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { BlockList, isIP } from 'node:net';
import type { TrustedProxies } from '../config.ts';

/** The peer of the TCP connection, or null for in-process calls (app.request in tests). */
function socketAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** The client's address as resolved for this request (socket address when no middleware ran). */
export function clientAddress(c: Context): string | null {
  const resolved = c.get('clientAddress') as string | null | undefined;
  return resolved !== undefined ? resolved : socketAddress(c);
}

/**
 * Resolves the client's address once per request. `onIgnoredHeader` is told (once is enough for
 * the caller) when X-Forwarded-For arrives while no proxy is trusted: a likely misconfiguration.
 */
export function resolveClientAddress(trust: TrustedProxies, onIgnoredHeader?: () => void): MiddlewareHandler {
  const resolve = clientAddressResolver(trust);
  return async (c, next) => {
    const forwarded = c.req.header('x-forwarded-for');
    if (forwarded && trust.kind === 'none') onIgnoredHeader?.();
    // On the context, not on the request: middleware that re-reads a body (strict-json.ts,
    // upload.ts) replaces c.req.raw, and the address must survive that.
    c.set('clientAddress', resolve(socketAddress(c), forwarded));
    await next();
  };
}

/** The pure rule, for the middleware and for tests: (socket peer, X-Forwarded-For) → client. */
export function clientAddressResolver(trust: TrustedProxies): (peer: string | null, forwardedFor: string | undefined) => string | null {
  if (trust.kind === 'none') return (peer) => (peer === null ? null : (normalize(peer) ?? peer));
  if (trust.kind === 'hops') {
    return (peer, forwardedFor) => {
      if (peer === null) return null;
      const chain = [...entries(forwardedFor), normalize(peer) ?? peer];
      // chain[i] was written by the hop at i + 1; the last `hops` entries are trusted proxies.
      for (let i = Math.max(0, chain.length - 1 - trust.hops); i < chain.length; i++) {
        if (chain[i] !== null) return chain[i]!;
      }
      return peer;
    };
  }
  const trusted = blockListOf(trust.entries);
  return (peer, forwardedFor) => {
    if (peer === null) return null;
    let current = normalize(peer);
    if (current === null) return peer;
    const chain = entries(forwardedFor);
    while (isTrusted(trusted, current) && chain.length) {
      const next = chain.pop()!;
      // Garbage from a trusted proxy: keep the last address we can vouch for.
      if (next === null) return current;
      current = next;
    }
    return current;
  };
}

/** X-Forwarded-For entries left to right; null for one that is not an IP address. */
function entries(header: string | undefined): (string | null)[] {
  if (!header) return [];
  return header.split(',').map((item) => normalize(item.trim()));
}

/** An IP address without port, brackets, zone or IPv4-mapped prefix; null when it is none. */
function normalize(raw: string): string | null {
  let text = raw;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1]!;
  return isIP(text) ? text.toLowerCase() : null;
}

function blockListOf(list: string[]): BlockList {
  const blocks = new BlockList();
  for (const entry of list) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address!) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) blocks.addAddress(address!, family);
    else blocks.addSubnet(address!, Number(prefix), family);
  }
  return blocks;
}

function isTrusted(blocks: BlockList, address: string): boolean {
  return blocks.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}
