// Migration 0005 on data of the old global-account model: an account with roles in three
// municipalities stays in its first municipality (with its password) and is split into password-
// less accounts in the others; an SSO account stays one account without a password; afterwards
// the database refuses a role elsewhere for a local account. PGlite only: the test needs a
// database migrated up to 0004, which the shared targets do not make (the SQL is plain PostgreSQL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';

const MIGRATIONS = path.resolve('src/db/migrations');
const T = { een: '00000000-0000-4000-8000-000000000001', twee: '00000000-0000-4000-8000-000000000002', drie: '00000000-0000-4000-8000-000000000003' };
const U = { gedeeld: '10000000-0000-4000-8000-000000000001', sso: '10000000-0000-4000-8000-000000000002', los: '10000000-0000-4000-8000-000000000003' };

/** The migrations folder as it was before 0005. */
function migrationsUpTo(idx: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= idx);
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

const rowsOf = async <R>(handle: DatabaseHandle, query: ReturnType<typeof sql>) => ((await handle.db.execute(query)) as unknown as { rows: R[] }).rows;

describe('migration 0005: one account per municipality', () => {
  let handle: DatabaseHandle;
  let old: string;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    old = migrationsUpTo(4);
    await migrate(handle.db as never, { migrationsFolder: old });
    const db = handle.db;
    await db.execute(sql`insert into tenants (id, slug, name, created_at) values
      (${T.een}, 'een', 'Gemeente Een', now() - interval '3 days'),
      (${T.twee}, 'twee', 'Gemeente Twee', now() - interval '2 days'),
      (${T.drie}, 'drie', 'Gemeente Drie', now() - interval '1 day')`);
    await db.execute(sql`insert into users (id, email, display_name, password_hash) values
      (${U.gedeeld}, 'consultant@bureau.example', 'Consultant', 'argon2-hash-gedeeld'),
      (${U.sso}, 'sso@bureau.example', 'Via SSO', 'argon2-hash-sso'),
      (${U.los}, 'los@bureau.example', 'Zonder rol', 'argon2-hash-los')`);
    await db.execute(sql`insert into memberships (tenant_id, user_id, role, provider_code) values
      (${T.drie}, ${U.gedeeld}, 'beheerder', null),
      (${T.een}, ${U.gedeeld}, 'analist', null),
      (${T.twee}, ${U.gedeeld}, 'raad', null),
      (${T.twee}, ${U.gedeeld}, 'aanbieder', 'P01'),
      (${T.een}, ${U.sso}, 'analist', null),
      (${T.twee}, ${U.sso}, 'raad', null)`);
    await db.execute(sql`insert into user_identities (issuer, subject, user_id) values ('https://login.example', 'sso-1', ${U.sso})`);
    await db.execute(sql`insert into sessions (token_hash, user_id, tenant_id, csrf_token, expires_at) values
      ('sessie-een', ${U.gedeeld}, ${T.een}, 'c1', now() + interval '1 day'),
      ('sessie-twee', ${U.gedeeld}, ${T.twee}, 'c2', now() + interval '1 day')`);
    await handle.migrate();
  });
  afterAll(async () => {
    await handle?.close();
    if (old) fs.rmSync(old, { recursive: true, force: true });
  });

  it('keeps a shared account in its first municipality and splits the others off without a password', async () => {
    const accounts = await rowsOf<{ id: string; home: string | null; hash: string | null; name: string }>(
      handle,
      sql`select id, home_tenant_id as home, password_hash as hash, display_name as name from users where email = 'consultant@bureau.example' order by created_at, id`,
    );
    expect(accounts).toHaveLength(3);
    const original = accounts.find((a) => a.id === U.gedeeld)!;
    expect(original).toMatchObject({ home: T.een, hash: 'argon2-hash-gedeeld' });
    const split = accounts.filter((a) => a.id !== U.gedeeld);
    expect(split.map((a) => a.home).sort()).toEqual([T.twee, T.drie].sort());
    expect(split.every((a) => a.hash === null && a.name === 'Consultant')).toBe(true);
    const roles = await rowsOf<{ user_id: string; tenant_id: string; role: string; provider_code: string | null }>(
      handle,
      sql`select m.user_id, m.tenant_id, m.role, m.provider_code from memberships m join users u on u.id = m.user_id where u.email = 'consultant@bureau.example'`,
    );
    const home = new Map(accounts.map((a) => [a.id, a.home]));
    expect(roles.every((r) => home.get(r.user_id) === r.tenant_id)).toBe(true);
    expect(
      roles
        .filter((r) => r.tenant_id === T.twee)
        .map((r) => [r.role, r.provider_code])
        .sort(),
    ).toEqual([
      ['aanbieder', 'P01'],
      ['raad', null],
    ]);
    // Both roles in twee went to ONE new account.
    expect(new Set(roles.filter((r) => r.tenant_id === T.twee).map((r) => r.user_id)).size).toBe(1);
    // The session in twee was the old account's, which no longer works there.
    expect((await rowsOf<{ token_hash: string }>(handle, sql`select token_hash from sessions order by token_hash`)).map((r) => r.token_hash)).toEqual([
      'sessie-een',
    ]);
  });

  it('makes an account linked to an identity provider SSO-only, and takes the password of an account without roles', async () => {
    const [sso] = await rowsOf<{ home: string | null; hash: string | null }>(
      handle,
      sql`select home_tenant_id as home, password_hash as hash from users where id = ${U.sso}`,
    );
    expect(sso).toEqual({ home: null, hash: null });
    expect((await rowsOf(handle, sql`select 1 from memberships where user_id = ${U.sso}`)).length).toBe(2);
    const [los] = await rowsOf<{ hash: string | null }>(handle, sql`select password_hash as hash from users where id = ${U.los}`);
    expect(los.hash).toBeNull();
  });

  it('lets the database refuse a role in another municipality for a local account', async () => {
    await expect(handle.db.execute(sql`insert into memberships (tenant_id, user_id, role) values (${T.twee}, ${U.gedeeld}, 'analist')`)).rejects.toThrow();
    await expect(handle.db.execute(sql`update users set home_tenant_id = null where id = ${U.gedeeld}`)).rejects.toThrow(); // a password needs a home
    // Same e-mail twice in one municipality: refused; in another: fine.
    await expect(
      handle.db.execute(sql`insert into users (email, display_name, home_tenant_id) values ('consultant@bureau.example', 'X', ${T.een})`),
    ).rejects.toThrow();
    await handle.db.execute(sql`insert into memberships (tenant_id, user_id, role) values (${T.een}, ${U.gedeeld}, 'raad')`);
  });
});
