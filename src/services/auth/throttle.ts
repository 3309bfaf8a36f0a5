// Sign-in throttling. Per account in the database (users.failed_sign_ins / locked_until), so that
// several app servers agree; per client address in memory only, keyed by a keyed hash, so that no
// IP address is ever stored or written anywhere.
import { createHmac, randomBytes } from 'node:crypto';

/** Every 5 wrong passwords in a row lock the account: 15 minutes, then 30, 60, … at most a day. */
export const ACCOUNT_LOCK = { every: 5, baseMinutes: 15, maxMinutes: 24 * 60 } as const;

/** Failures one address may make in a window (generous: offices share one address behind NAT). */
export const ADDRESS_LIMIT = { failures: 30, windowMinutes: 15 } as const;

export function minutesUntil(until: Date, now = Date.now()): number {
  return Math.max(1, Math.ceil((until.getTime() - now) / 60_000));
}

interface Window {
  startedAt: number;
  failures: number;
}

/** Failed sign-ins per client address in a fixed window; memory only, bounded in size. */
export class AddressThrottle {
  private readonly windows = new Map<string, Window>();
  // A per-process key: the map holds no address, not even a reversible hash of one.
  private readonly key = randomBytes(32);

  constructor(
    private readonly limit: number = ADDRESS_LIMIT.failures,
    private readonly windowMs: number = ADDRESS_LIMIT.windowMinutes * 60_000,
    private readonly maxEntries = 100_000,
  ) {}

  private id(address: string) {
    return createHmac('sha256', this.key).update(address).digest('base64url');
  }

  /** Minutes to wait when this address has used up its failures, else null. */
  blockedFor(address: string | null, now = Date.now()): number | null {
    if (!address) return null;
    const window = this.windows.get(this.id(address));
    if (!window || now - window.startedAt >= this.windowMs) return null;
    return window.failures >= this.limit ? minutesUntil(new Date(window.startedAt + this.windowMs), now) : null;
  }

  recordFailure(address: string | null, now = Date.now()): void {
    if (!address) return;
    const id = this.id(address);
    const window = this.windows.get(id);
    if (window && now - window.startedAt < this.windowMs) {
      window.failures += 1;
      return;
    }
    if (this.windows.size >= this.maxEntries) this.prune(now);
    this.windows.set(id, { startedAt: now, failures: 1 });
  }

  private prune(now: number) {
    for (const [id, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(id);
    // Still full (an attack from very many addresses): forget the oldest half rather than grow.
    if (this.windows.size >= this.maxEntries) {
      let drop = Math.floor(this.windows.size / 2);
      for (const id of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(id);
      }
    }
  }
}
