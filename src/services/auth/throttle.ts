// Sign-in throttling with growing delays, never a lock that refuses the right password for long.
// Counts live in PostgreSQL (services/limits/limiter-store.ts, rate-limiter-flexible), so every
// app server agrees; their keys are keyed hashes of the client address (web/client-address.ts)
// and of the e-mail address, so no address of either kind is stored.
//
// Three counts of wrong passwords, each checked before the password is:
// - per account and address: after 5, that address waits 30 s, then 60 s, … at most 15 minutes
//   before its next try for that account is checked. One attacker slows only themselves.
// - per account over all addresses (an attack spread over many addresses): after 10, 5 s,
//   doubling, at most 5 minutes. This is the longest the real user with the right password waits
//   when someone else hammers the account: a try after the wait is checked, and a right password
//   gets in and clears both counts.
// - per address over all accounts (trying one password on many accounts): 30 in 15 minutes.
// Tries during a wait are answered "wait" without checking the password, so they teach nothing.
// Unknown e-mail addresses are counted the same way: the answers do not tell which accounts exist.
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from '../../db/connection.ts';
import { limiterFor, limitKey } from '../limits/limiter-store.ts';

export interface GrowingDelay {
  /** Wrong passwords allowed before the first wait. */
  free: number;
  baseSeconds: number;
  maxSeconds: number;
}

export const SIGN_IN_LIMITS = {
  pair: { free: 5, baseSeconds: 30, maxSeconds: 15 * 60 } satisfies GrowingDelay,
  account: { free: 10, baseSeconds: 5, maxSeconds: 5 * 60 } satisfies GrowingDelay,
  address: { failures: 30, windowSeconds: 15 * 60 },
  /** How long wrong passwords in a row are remembered without a new one. */
  memorySeconds: 24 * 3600,
};
export type SignInLimits = typeof SIGN_IN_LIMITS;

/** The wait after `failures` wrong passwords in a row, in seconds (0: none). */
export function delaySeconds(failures: number, delay: GrowingDelay): number {
  if (failures < delay.free) return 0;
  return Math.min(delay.maxSeconds, delay.baseSeconds * 2 ** Math.min(30, failures - delay.free));
}

interface Subject {
  email: string;
  address: string | null;
}

interface Keys {
  account: string;
  pair: string | null;
  address: string | null;
}

export class SignInThrottle {
  private readonly accountCount: RateLimiterPostgres;
  private readonly accountWait: RateLimiterPostgres;
  private readonly pairCount: RateLimiterPostgres;
  private readonly pairWait: RateLimiterPostgres;
  private readonly addressCount: RateLimiterPostgres;

  constructor(
    private readonly db: Database,
    private readonly limits: SignInLimits = SIGN_IN_LIMITS,
  ) {
    const counter = (name: string) => limiterFor(db, { name, points: 1_000_000, durationSeconds: limits.memorySeconds });
    // A wait is the library's block: points 0, blocked while its row has not expired.
    const wait = (name: string) => limiterFor(db, { name, points: 0, durationSeconds: 1 });
    this.accountCount = counter('signin-account');
    this.accountWait = wait('signin-account-wait');
    this.pairCount = counter('signin-pair');
    this.pairWait = wait('signin-pair-wait');
    this.addressCount = limiterFor(db, { name: 'signin-address', points: limits.address.failures, durationSeconds: limits.address.windowSeconds });
  }

  /** Milliseconds this try must still wait, or 0 when its password may be checked now. */
  async waitMs(subject: Subject): Promise<number> {
    const keys = await this.keys(subject);
    const waits = await Promise.all([
      blockedMs(this.accountWait, keys.account),
      keys.pair ? blockedMs(this.pairWait, keys.pair) : 0,
      keys.address ? this.addressCount.get(keys.address).then((r) => (r && r.consumedPoints >= this.limits.address.failures ? r.msBeforeNext : 0)) : 0,
    ]);
    return Math.max(...waits);
  }

  /** A wrong password: count it everywhere and start the waits it earns. */
  async failed(subject: Subject): Promise<void> {
    const keys = await this.keys(subject);
    const account = await this.accountCount.penalty(keys.account, 1);
    await startWait(this.accountWait, keys.account, delaySeconds(account.consumedPoints, this.limits.account));
    if (keys.pair) {
      const pair = await this.pairCount.penalty(keys.pair, 1);
      await startWait(this.pairWait, keys.pair, delaySeconds(pair.consumedPoints, this.limits.pair));
    }
    if (keys.address) await this.addressCount.penalty(keys.address, 1);
  }

  /** The right password: the account's counts start again (the address's count stays). */
  async succeeded(subject: Subject): Promise<void> {
    const keys = await this.keys(subject);
    await Promise.all([this.accountCount.delete(keys.account), this.accountWait.delete(keys.account)]);
    if (keys.pair) await Promise.all([this.pairCount.delete(keys.pair), this.pairWait.delete(keys.pair)]);
  }

  private async keys(subject: Subject): Promise<Keys> {
    // Sequential: PGlite has one connection, and the day's secret is fetched at most once.
    const account = await limitKey(this.db, 'mail', subject.email.trim().toLowerCase());
    if (subject.address === null) return { account, pair: null, address: null };
    const address = await limitKey(this.db, 'addr', subject.address);
    return { account, pair: `${account}/${address}`, address };
  }
}

async function blockedMs(wait: RateLimiterPostgres, key: string): Promise<number> {
  const res = await wait.get(key);
  return res && res.consumedPoints > 0 ? res.msBeforeNext : 0;
}

async function startWait(wait: RateLimiterPostgres, key: string, seconds: number): Promise<void> {
  if (seconds > 0) await wait.block(key, seconds);
}
