// The one client-address rule (http/client-address.ts) and its configuration (config.ts):
// X-Forwarded-For counts only as far as trusted proxies wrote it.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustedProxies, type TrustedProxies } from '../../../src/config.ts';
import { clientAddressResolver } from '../../../src/http/client-address.ts';

const resolve = (trust: TrustedProxies, peer: string | null, xff?: string) => clientAddressResolver(trust)(peer, xff);
const list = (value: string) => parseTrustedProxies(value) as TrustedProxies;

describe('client address', () => {
  it('ignores X-Forwarded-For entirely when no proxy is trusted, also from a private peer', () => {
    const none: TrustedProxies = { kind: 'none' };
    expect(resolve(none, '172.17.0.1', '198.51.100.7')).toBe('172.17.0.1');
    expect(resolve(none, '::ffff:127.0.0.1', '198.51.100.7, 203.0.113.9')).toBe('127.0.0.1');
    expect(resolve(none, null, '198.51.100.7')).toBeNull();
  });

  it('takes the rightmost address no trusted proxy added (a list of proxies)', () => {
    const docker = list('172.17.0.0/16');
    // nginx appends the real peer to what the client sent: "spoof, real".
    expect(resolve(docker, '172.17.0.1', '198.51.100.7, 203.0.113.9')).toBe('203.0.113.9');
    for (let i = 0; i < 60; i++) expect(resolve(docker, '172.17.0.1', `198.51.100.${i}, 203.0.113.9`)).toBe('203.0.113.9');
    // Two trusted proxies in a row, the client behind them.
    expect(resolve(list('10.0.0.0/8, 172.17.0.1'), '172.17.0.1', '198.51.100.7, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    // A peer that is not a trusted proxy: its header means nothing.
    expect(resolve(docker, '203.0.113.50', '198.51.100.7')).toBe('203.0.113.50');
    // No header from a trusted proxy: the proxy itself is all we know.
    expect(resolve(docker, '172.17.0.1', undefined)).toBe('172.17.0.1');
    // Everything trusted (a client on the private network): the leftmost.
    expect(resolve(list('private'), '10.0.0.2', '192.168.1.20')).toBe('192.168.1.20');
    // Ports, brackets and IPv4-mapped forms name the same client.
    expect(resolve(list('loopback'), '::1', '[2001:db8::1]:4711')).toBe('2001:db8::1');
    expect(resolve(list('loopback'), '::ffff:127.0.0.1', '203.0.113.9:5555')).toBe('203.0.113.9');
    // Garbage a trusted proxy passed on: stop at the last address vouched for.
    expect(resolve(docker, '172.17.0.1', 'unknown')).toBe('172.17.0.1');
  });

  it('counts proxy hops from the right when a number is configured', () => {
    const one: TrustedProxies = { kind: 'hops', hops: 1 };
    expect(resolve(one, '10.0.0.5', '198.51.100.7, 203.0.113.9')).toBe('203.0.113.9');
    expect(resolve(one, '10.0.0.5', undefined)).toBe('10.0.0.5');
    const two: TrustedProxies = { kind: 'hops', hops: 2 };
    expect(resolve(two, '10.0.0.5', '198.51.100.7, 203.0.113.9, 10.0.0.9')).toBe('203.0.113.9');
    // Fewer entries than hops: the leftmost there is.
    expect(resolve(two, '10.0.0.5', '203.0.113.9')).toBe('203.0.113.9');
  });

  it('reads DUIDING_TRUSTED_PROXIES as a count or a list, and refuses anything else with the variable named', () => {
    expect(loadConfig({}).trustedProxies).toEqual({ kind: 'none' });
    expect(loadConfig({ DUIDING_TRUSTED_PROXIES: '0' }).trustedProxies).toEqual({ kind: 'none' });
    expect(loadConfig({ DUIDING_TRUSTED_PROXIES: '2' }).trustedProxies).toEqual({ kind: 'hops', hops: 2 });
    expect(loadConfig({ DUIDING_TRUSTED_PROXIES: '10.0.0.1, 172.16.0.0/12 ::1' }).trustedProxies).toEqual({
      kind: 'list',
      entries: ['10.0.0.1', '172.16.0.0/12', '::1'],
    });
    expect(loadConfig({ DUIDING_TRUSTED_PROXIES: 'loopback' }).trustedProxies).toEqual({ kind: 'list', entries: ['127.0.0.0/8', '::1/128'] });
    for (const bad of ['proxy.example', '10.0.0.0/33', '10.0.0.1/8/2', '::1/129', '99']) {
      expect(() => loadConfig({ DUIDING_TRUSTED_PROXIES: bad }), bad).toThrow(/DUIDING_TRUSTED_PROXIES/);
    }
  });
});
