// Every table that holds a municipality's data, found from the catalog rather than listed by
// hand, so that a table added later is exported and deleted with its tenant without anyone
// remembering to add it here. Queries only; the rules live in services/tenant-data.ts.
import { sql } from 'drizzle-orm';
import type { Tx } from './tenants.repository.ts';

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const quoted = (table: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`unexpected table name ${table}`);
  return `"${table}"`;
};

/** Tables of the public schema with a tenant_id column, children before parents (safe delete order). */
export async function tenantTablesInDeleteOrder(db: Tx): Promise<string[]> {
  const tables = rows<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id' order by table_name`),
  ).map((r) => r.table_name);
  const edges = rows<{ child: string; parent: string }>(
    await db.execute(sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`),
  ).map((e) => ({ child: e.child.replace(/"/g, ''), parent: e.parent.replace(/"/g, '') }));
  const order: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    // A table may go once no remaining table (other than itself) still refers to it.
    const next = [...remaining].filter((t) => !edges.some((e) => e.parent === t && e.child !== t && remaining.has(e.child)));
    if (next.length === 0) throw new Error(`foreign keys form a cycle among ${[...remaining].join(', ')}`);
    for (const t of next) {
      order.push(t);
      remaining.delete(t);
    }
  }
  return order;
}

export async function rowsOfTenant(db: Tx, table: string, tenantId: string): Promise<Record<string, unknown>[]> {
  return rows(await db.execute(sql`select * from ${sql.raw(quoted(table))} where tenant_id = ${tenantId}`));
}

/** The columns of the table's primary key, in key order, with their SQL types; [] without one. */
async function primaryKeyOf(db: Tx, table: string): Promise<{ name: string; type: string }[]> {
  return rows<{ name: string; type: string }>(
    await db.execute(sql`select a.attname as name, format_type(a.atttypid, a.atttypmod) as type
      from pg_index i
      cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indrelid = ${`public.${quoted(table)}`}::regclass and i.indisprimary
      order by k.position`),
  );
}

/** Marks the key columns' text in a page's rows; taken off again before a row is handed out. */
const KEY = '__duiding_key_';

/**
 * rowsOfTenant a page at a time, by keyset on the primary key (the same on PGlite and PostgreSQL,
 * no cursor held open between pages): memory stays one page whatever the table's size. Rows come
 * in primary-key order. A table without a primary key is read in one page.
 */
export async function* rowsOfTenantInPages(db: Tx, table: string, tenantId: string, pageSize = 1000): AsyncGenerator<Record<string, unknown>[]> {
  const key = await primaryKeyOf(db, table);
  if (key.length === 0) {
    yield await rowsOfTenant(db, table, tenantId);
    return;
  }
  for (const column of key) quoted(column.name);
  const columns = sql.raw(key.map((c) => `"${c.name}"`).join(', '));
  const keyText = sql.raw(key.map((c, i) => `"${c.name}"::text as "${KEY}${i}"`).join(', '));
  let after: string[] | null = null;
  for (;;) {
    // The last key of the page before, as text cast back to each column's own type.
    const from: ReturnType<typeof sql> =
      after === null
        ? sql``
        : sql`and (${columns}) > (${sql.join(
            after.map((text, i) => sql`${text}::${sql.raw(key[i].type)}`),
            sql`, `,
          )})`;
    const page = rows<Record<string, unknown>>(
      await db.execute(sql`select *, ${keyText} from ${sql.raw(quoted(table))} where tenant_id = ${tenantId} ${from} order by ${columns} limit ${pageSize}`),
    );
    if (page.length === 0) return;
    const last = page[page.length - 1];
    after = key.map((_, i) => last[`${KEY}${i}`] as string);
    for (const row of page) for (let i = 0; i < key.length; i++) delete row[`${KEY}${i}`];
    yield page;
    if (page.length < pageSize) return;
  }
}

export async function deleteRowsOfTenant(db: Tx, table: string, tenantId: string): Promise<number> {
  const result = await db.execute(sql`delete from ${sql.raw(quoted(table))} where tenant_id = ${tenantId}`);
  return (result as { affectedRows?: number; rowCount?: number }).affectedRows ?? (result as { rowCount?: number }).rowCount ?? 0;
}

export async function memberUserIds(db: Tx, tenantId: string): Promise<string[]> {
  return rows<{ user_id: string }>(await db.execute(sql`select distinct user_id from memberships where tenant_id = ${tenantId}`)).map((r) => r.user_id);
}

/** Of these people, those left without any membership: their account goes too (AVG: no data kept without purpose). */
export async function deleteUsersWithoutMemberships(db: Tx, userIds: string[]): Promise<number> {
  if (userIds.length === 0) return 0;
  const result = await db.execute(
    sql`delete from users u where u.id in (${sql.join(
      userIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) and not exists (select 1 from memberships m where m.user_id = u.id)`,
  );
  return (result as { affectedRows?: number; rowCount?: number }).affectedRows ?? (result as { rowCount?: number }).rowCount ?? 0;
}

export async function deleteTenantRow(db: Tx, tenantId: string): Promise<void> {
  await db.execute(sql`delete from tenants where id = ${tenantId}`);
}
