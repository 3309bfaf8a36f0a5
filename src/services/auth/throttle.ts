// Sign-in throttling with growing waits, never a lock that refuses the right password for long.
// Counts live in PostgreSQL (services/limits/limiter-store.ts, rate-limiter-flexible), so every
// app server agrees; their keys are keyed hashes of the client address (http/client-address.ts)
// and of the e-mail address, so no address of either kind is stored.
//
// Three counts, each taken before the password is checked:
// - per account and address: 5 tries are checked at once; after that one try per 30 s, then per
//   60 s, … at most one per 15 minutes for that address and account. One attacker slows only
//   themselves: the real user at another address is not held up.
// - per account over all addresses (an attack spread over many addresses): 10 at once; then one
//   per 5 s, doubling, at most one per 5 minutes.
// - per address over all accounts (one password tried on many accounts): 30 in 15 minutes.
// A try that has to wait is answered "wait" without checking the password, so it teaches
// nothing. "Account" here is the e-mail address: one e-mail may have a local account in each of
// several municipalities (one password each), and the counts are the same however many it has,
// so they tell nothing about them. The right password clears the count of that e-mail and
// address, and gives back its own try on the other two. It does not clear the e-mail's count
// over all addresses: whoever knows the password of this e-mail's account in one municipality
// (its beheerder saw the password link) could otherwise wipe, between guesses, the count that
// guards the account in another one.
//
// Every count is reserved with one atomic statement before the (slow) Argon2 check, and a try
// past the free ones must win its "gate" — a window of the current wait that only one try can
// open — so fifty tries sent at once are checked no more often than fifty sent one by one.
import { RateLimiterRes, type RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from '../../db/connection.ts';
import { limiterFor, limitKey } from '../limits/limiter-store.ts';

export interface GrowingDelay {
  /** Tries checked without a wait. */
  free: number;
  baseSeconds: number;
  maxSeconds: number;
}

export const SIGN_IN_LIMITS = {
  pair: { free: 5, baseSeconds: 30, maxSeconds: 15 * 60 } satisfies GrowingDelay,
  account: { free: 10, baseSeconds: 5, maxSeconds: 5 * 60 } satisfies GrowingDelay,
  address: { failures: 30, windowSeconds: 15 * 60 },
  /** How long wrong passwords in a row are remembered. */
  memorySeconds: 24 * 3600,
};
export type SignInLimits = typeof SIGN_IN_LIMITS;

/**
 * The wait that follows the try with this number (1-based) in a row of wrong passwords: none for
 * the first free - 1, then the base, doubling, capped. In seconds.
 */
export function delaySeconds(tryNumber: number, delay: GrowingDelay): number {
  if (tryNumber < delay.free) return 0;
  return Math.min(delay.maxSeconds, delay.baseSeconds * 2 ** Math.min(30, tryNumber - delay.free));
}

interface Subject {
  email: string;
  address: string | null;
}

/**
 * A try that may be checked. Its reserved counts stay when the password is wrong; when it is
 * right, the count of this e-mail and address is cleared and the try given back on the others.
 */
interface Ticket {
  succeeded(): Promise<void>;
}

export type Admission = { ok: true; ticket: Ticket } | { ok: false; waitMs: number };

interface Count {
  counter: RateLimiterPostgres;
  gate: RateLimiterPostgres;
  delay: GrowingDelay;
}

export class SignInThrottle {
  private readonly account: Count;
  private readonly pair: Count;
  private readonly address: RateLimiterPostgres;

  constructor(
    private readonly db: Database,
    limits: SignInLimits = SIGN_IN_LIMITS,
  ) {
    const count = (name: string, delay: GrowingDelay): Count => ({
      counter: limiterFor(db, { name, points: 1_000_000, durationSeconds: limits.memorySeconds }),
      // One point per window; each try sets its own window length (customDuration).
      gate: limiterFor(db, { name: `${name}-gate`, points: 1, durationSeconds: 1 }),
      delay,
    });
    this.account = count('signin-account', limits.account);
    this.pair = count('signin-pair', limits.pair);
    this.address = limiterFor(db, { name: 'signin-address', points: limits.address.failures, durationSeconds: limits.address.windowSeconds });
  }

  /** May this try's password be checked now? If not, how long to wait. */
  async admit(subject: Subject): Promise<Admission> {
    // Sequential: PGlite has one connection, and the day's secret is fetched at most once.
    const accountKey = await limitKey(this.db, 'mail', subject.email.trim().toLowerCase());
    const addressKey = subject.address === null ? null : await limitKey(this.db, 'addr', subject.address);
    const pairKey = addressKey ? `${accountKey}/${addressKey}` : null;

    if (addressKey) {
      const refused = await consumeOrWait(this.address, addressKey);
      if (refused) return { ok: false, waitMs: refused };
    }
    const taken: [Count, string][] = [];
    const release = async () => {
      for (const [count, key] of taken) await count.counter.reward(key, 1);
      if (addressKey) await this.address.reward(addressKey, 1);
    };
    // The pair first: an attacker who must wait touches nothing that other addresses share.
    for (const [count, key] of [
      [this.pair, pairKey],
      [this.account, accountKey],
    ] as const) {
      if (key === null) continue;
      const tryNumber = (await count.counter.penalty(key, 1)).consumedPoints;
      taken.push([count, key]);
      const seconds = delaySeconds(tryNumber, count.delay);
      const refused = seconds > 0 ? await consumeOrWait(count.gate, key, seconds) : 0;
      if (refused) {
        await release();
        return { ok: false, waitMs: refused };
      }
    }
    return {
      ok: true,
      ticket: {
        succeeded: async () => {
          for (const [count, key] of taken) {
            if (count === this.pair) await Promise.all([count.counter.delete(key), count.gate.delete(key)]);
            else await count.counter.reward(key, 1);
          }
          if (addressKey) await this.address.reward(addressKey, 1);
        },
      },
    };
  }
}

/** 0 when the point was taken, else the milliseconds until the window ends. */
async function consumeOrWait(limiter: RateLimiterPostgres, key: string, customDuration?: number): Promise<number> {
  try {
    await limiter.consume(key, 1, customDuration === undefined ? {} : { customDuration });
    return 0;
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return Math.max(1, refusal.msBeforeNext);
  }
}
