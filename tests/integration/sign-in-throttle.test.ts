// Sign-in throttling (issue 14, item 2) on both databases: growing delays per account and
// address, per account, and per address (services/auth/throttle.ts), never a lock that keeps the
// right password out for long; keyed on the one client address, so behind a trusted proxy one
// client's failures do not lock out everyone else; and no address or e-mail address stored.
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { createApp } from '../../src/http/app.ts';
import { attemptSignIn, type SignInResult } from '../../src/services/auth/sessions.ts';
import { SIGN_IN_LIMITS } from '../../src/services/auth/throttle.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { listen, type Listening } from '../support/listen.ts';
import { createTestTenant } from '../support/tenant.ts';

const PASSWORD = 'een-goed-wachtwoord';
const ORIGIN = 'http://localhost';

describe.each(testDatabaseTargets())('sign-in throttling on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let server: Listening;

  async function person(email: string, tenantId: string, password = PASSWORD) {
    const userId = await upsertUser(handle.db, { email, displayName: email.split('@')[0]!, passwordHash: await hash(password), homeTenantId: tenantId });
    await addMembership(handle.db, { tenantId, userId, role: 'beheerder' });
  }
  const attempt = (email: string, password: string, address: string | null, tenantSlug?: string): Promise<SignInResult> =>
    attemptSignIn(handle.db, { email, password, address, tenantSlug });
  const A_PASSWORD = 'wachtwoord-in-alfa';
  const B_PASSWORD = 'wachtwoord-in-beta';

  beforeAll(async () => {
    handle = await create();
    const { tenantId } = await createTestTenant(handle, 'alfa');
    for (const who of ['beheer', 'flood', 'burst', 'spread', 'proxy', 'api', 'slot']) await person(`${who}@alfa.example`, tenantId);
    // One e-mail with a local account in two municipalities, a password each (accounts per municipality).
    const beta = await createTestTenant(handle, 'beta');
    await person('twee@adviesbureau.example', tenantId, A_PASSWORD);
    await person('twee@adviesbureau.example', beta.tenantId, B_PASSWORD);
    await person('drie@adviesbureau.example', tenantId, A_PASSWORD);
    await person('drie@adviesbureau.example', beta.tenantId, B_PASSWORD);
    const app = createApp({
      db: handle.db,
      logger: pino({ level: 'silent' }),
      secureCookies: false,
      publicUrl: ORIGIN,
      trustedProxies: { kind: 'list', entries: ['127.0.0.0/8', '::1/128'] },
    });
    server = await listen(app);
  }, 120_000);
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  it('slows a wrong-password flood from one address, and lets the real user elsewhere in at once', async () => {
    const results: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await attempt('flood@alfa.example', `fout-${i}`, '203.0.113.7');
      results.push(r.ok ? 'ok' : r.reason);
    }
    // Only the first five were checked; the rest were told to wait, without a check.
    expect(results).toEqual([...Array(5).fill('wrong'), ...Array(35).fill('throttled')]);
    const again = await attempt('flood@alfa.example', PASSWORD, '203.0.113.7');
    expect(again).toEqual({ ok: false, reason: 'throttled', minutes: 1 });
    // The real user at another address is not held up by the attacker.
    expect((await attempt('flood@alfa.example', PASSWORD, '198.51.100.1')).ok).toBe(true);
  });

  it('checks fifty tries sent at once no more often than fifty sent one by one', async () => {
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt('burst@alfa.example', `fout-${i}`, '203.0.113.30')));
    const reasons = outcomes.map((r) => (r.ok ? 'ok' : r.reason));
    expect(reasons.filter((r) => r === 'wrong')).toHaveLength(SIGN_IN_LIMITS.pair.free);
    expect(reasons.filter((r) => r === 'throttled')).toHaveLength(50 - SIGN_IN_LIMITS.pair.free);
    // Also spread over addresses: the account-wide count holds them (at most its free tries).
    const spread = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt('burst@alfa.example', `fout-${i}`, `198.51.100.${i}`)));
    expect(spread.filter((r) => !r.ok && r.reason === 'wrong').length).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.free - SIGN_IN_LIMITS.pair.free);
  });

  it('checks only the free tries and then waits, the same for an unknown e-mail address (no account probing)', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 8; i++) {
      const k = await attempt('beheer@alfa.example', 'fout', '203.0.113.20');
      known.push(k.ok ? 'ok' : k.reason);
      const u = await attempt('niemand@alfa.example', 'fout', '203.0.113.21');
      unknown.push(u.ok ? 'ok' : u.reason);
    }
    expect(known).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled', 'throttled', 'throttled']);
    expect(unknown).toEqual(known);
  });

  it('counts per e-mail address, the same for two accounts (two municipalities) as for none or one', async () => {
    const seen = (r: SignInResult) => (r.ok ? 'ok' : r.reason);
    const two: string[] = [];
    const none: string[] = [];
    for (let i = 0; i < 8; i++) {
      // Aimed at either municipality: one count for the e-mail and address, not one per account.
      two.push(seen(await attempt('twee@adviesbureau.example', 'fout', '203.0.113.40', i % 2 ? 'beta' : 'alfa')));
      none.push(seen(await attempt('niemand-twee@adviesbureau.example', 'fout', '203.0.113.41', i % 2 ? 'beta' : 'alfa')));
    }
    expect(two).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled', 'throttled', 'throttled']);
    expect(none).toEqual(two);
    // Each owner at their own address gets into their own municipality, and only there.
    expect((await attempt('twee@adviesbureau.example', A_PASSWORD, '198.51.100.40')).ok).toBe(true);
    expect((await attempt('twee@adviesbureau.example', B_PASSWORD, '198.51.100.41')).ok).toBe(true);
    expect(await attempt('twee@adviesbureau.example', A_PASSWORD, '198.51.100.40', 'beta')).toEqual({ ok: false, reason: 'wrong' });
    // Nothing names an account: keys are keyed hashes of the e-mail and address only.
    const dump = JSON.stringify(await handle.db.execute(sql`select key from rate_limits`));
    expect(dump).not.toMatch(/adviesbureau|203\.0\.113\.4/);
  });

  it("the known password of this e-mail's account in one municipality does not reset the guessing of its account in another", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // A fresh (UTC) day, and time stands still: no wait ends during the test.
    vi.setSystemTime((Math.floor(Date.now() / 86_400_000) + 3) * 86_400_000 + 6 * 3_600_000);
    // Beheerder A knows the password of A's account (they saw its link) and guesses B's, from one
    // address, signing in to A between guesses to try to wipe the counts.
    const guesses: string[] = [];
    for (let i = 0; i < 20; i++) {
      const guess = await attempt('drie@adviesbureau.example', `geraden-${i}`, '203.0.113.60', 'beta');
      guesses.push(guess.ok ? 'ok' : guess.reason);
      await attempt('drie@adviesbureau.example', A_PASSWORD, '203.0.113.60', 'alfa');
    }
    expect(guesses).not.toContain('ok');
    // At most the e-mail's free tries were checked; every guess after them was told to wait.
    const checked = guesses.filter((g) => g === 'wrong').length;
    expect(checked).toBeLessThan(SIGN_IN_LIMITS.account.free);
    expect(guesses.slice(checked)).toEqual(Array(20 - checked).fill('throttled'));
  });

  it('lets the right password in after a bounded wait, however long the flood lasts (no 24-hour lock)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Early in a (UTC) day to come, so that the day's hashing key stays the same throughout.
    let now = (Math.floor(Date.now() / 86_400_000) + 1) * 86_400_000 + 6 * 3_600_000;
    vi.setSystemTime(now);
    const step = (seconds: number) => vi.setSystemTime((now += seconds * 1000));
    // Two hours: one attacker and six other addresses try every two minutes.
    const attackers = ['203.0.113.50', ...Array.from({ length: 6 }, (_, i) => `198.51.100.${100 + i}`)];
    let checked = 0;
    for (let round = 0; round < 60; round++) {
      for (const address of attackers) {
        const r = await attempt('spread@alfa.example', 'geraden', address);
        if (!r.ok && r.reason === 'wrong') checked++;
      }
      step(120);
    }
    // The delays held the guessing down: of 420 tries, at most the free ones, the few of the ramp
    // (5 s doubling up to the cap) and one per cap's length were checked.
    const { free, baseSeconds, maxSeconds } = SIGN_IN_LIMITS.account;
    expect(checked).toBeLessThanOrEqual(free + Math.ceil(Math.log2(maxSeconds / baseSeconds)) + (2 * 3600) / maxSeconds);
    // The real user from a new address: told to wait at most the account's cap, then let in.
    const first = await attempt('spread@alfa.example', PASSWORD, '192.0.2.10');
    if (!first.ok) {
      expect(first).toMatchObject({ reason: 'throttled' });
      expect((first as { minutes: number }).minutes).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.maxSeconds / 60);
      step(SIGN_IN_LIMITS.account.maxSeconds + 1);
      expect((await attempt('spread@alfa.example', PASSWORD, '192.0.2.10')).ok).toBe(true);
    }
    // Even at the attacker's own address (say, the same office), the wait ends within the pair's cap.
    for (let i = 0; i < 30; i++) await attempt('spread@alfa.example', 'geraden', '203.0.113.50');
    step(SIGN_IN_LIMITS.pair.maxSeconds + 1);
    expect((await attempt('spread@alfa.example', PASSWORD, '203.0.113.50')).ok).toBe(true);
  }, 120_000);

  it('keeps no lock on the account itself: a flood changes nothing on the users row (migration 0021 dropped the old columns)', async () => {
    const columns = (await handle.db.execute(
      sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = 'users'`,
    )) as unknown as { rows: { column_name: string }[] };
    expect(columns.rows.map((r) => r.column_name)).not.toContain('failed_sign_ins');
    expect(columns.rows.map((r) => r.column_name)).not.toContain('locked_until');
    const row = async () =>
      ((await handle.db.execute(sql`select u.* from users u where email = 'slot@alfa.example'`)) as unknown as { rows: Record<string, unknown>[] }).rows[0];
    const before = await row();
    for (let i = 0; i < 12; i++) await attempt('slot@alfa.example', `fout-${i}`, '203.0.113.120');
    expect(await row()).toEqual(before);
    // The owner at another address is let in at once: knowing an address is not enough to lock its owner out.
    expect((await attempt('slot@alfa.example', PASSWORD, '198.51.100.77')).ok).toBe(true);
  });

  it('behind a trusted proxy, 30 failures with any e-mails slow that client only, not everyone behind the proxy', async () => {
    const signIn = (email: string, password: string, forwardedFor: string) =>
      fetch(`${server.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ email, password }),
      });
    for (let i = 0; i < SIGN_IN_LIMITS.address.failures; i++) {
      expect((await signIn(`wie-${i}@x.example`, 'fout', `10.9.9.9, 203.0.113.99`)).status).toBe(401);
    }
    const blocked = await signIn('proxy@alfa.example', PASSWORD, '203.0.113.99');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { detail_nl: string }).detail_nl).toMatch(/^Te veel pogingen\. Probeer het over \d+ minuten? opnieuw\.$/);
    expect((await signIn('proxy@alfa.example', PASSWORD, '198.51.100.2')).status).toBe(200);
  }, 60_000);

  it('says how long to wait on the API and the form, in Dutch', async () => {
    for (let i = 0; i < 5; i++) await attempt('api@alfa.example', 'fout', '127.0.0.1');
    const api = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'api@alfa.example', password: PASSWORD }),
    });
    expect(api.status).toBe(429);
    expect(api.headers.get('retry-after')).toBe('60');
    expect(((await api.json()) as { detail_nl: string }).detail_nl).toBe('Te veel pogingen. Probeer het over 1 minuut opnieuw.');
    const page = await fetch(`${server.url}/inloggen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ email: 'api@alfa.example', password: PASSWORD }).toString(),
      redirect: 'manual',
    });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Te veel pogingen. Probeer het over 1 minuut opnieuw.');
  });

  it('stores neither addresses nor e-mail addresses, only keyed hashes', async () => {
    const dump = JSON.stringify([await handle.db.execute(sql`select * from rate_limits`), await handle.db.execute(sql`select * from rate_limit_secrets`)]);
    expect(dump).toContain('signin-pair:mail.');
    expect(dump).not.toMatch(/203\.0\.113|198\.51\.100|192\.0\.2|127\.0\.0\.1|@alfa\.example|@x\.example/);
  });
});
