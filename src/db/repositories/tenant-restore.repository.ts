// Queries for restoring a tenant export (services/tenant-import.ts holds the rules). Rows go in
// through json_populate_recordset, so PostgreSQL itself turns the JSON of the export back into
// its column types (timestamps, arrays, jsonb) exactly as it would parse them anywhere else.
import { sql } from 'drizzle-orm';
import type { ColumnInfo } from '../../domain/archive/row-check.ts';
import type { Tx } from './tenants.repository.ts';

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const quoted = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return `"${name}"`;
};

/** The columns of every public table with a tenant_id column, as the database has them now. */
export async function tenantTableColumns(db: Tx): Promise<Map<string, ColumnInfo[]>> {
  const found = rows<{
    table_name: string;
    column_name: string;
    udt_name: string;
    is_nullable: string;
    column_default: string | null;
    is_generated: string;
    is_identity: string;
  }>(
    await db.execute(sql`select c.table_name, c.column_name, c.udt_name, c.is_nullable, c.column_default, c.is_generated, c.is_identity
      from information_schema.columns c
      where c.table_schema = 'public'
        and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id')
      order by c.table_name, c.ordinal_position`),
  );
  const tables = new Map<string, ColumnInfo[]>();
  for (const c of found) {
    const generated = c.is_generated === 'ALWAYS' || c.is_identity === 'YES';
    const column: ColumnInfo = {
      name: c.column_name,
      type: c.udt_name,
      generated,
      required: c.is_nullable === 'NO' && c.column_default === null && !generated,
    };
    tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), column]);
  }
  return tables;
}

/** Inserts rows (already in column order) into one table; returns the number inserted. */
export async function insertJsonRows(db: Tx, table: string, columns: string[], values: Record<string, unknown>[]): Promise<number> {
  if (values.length === 0) return 0;
  const list = columns.map(quoted).join(', ');
  await db.execute(sql`insert into ${sql.raw(quoted(table))} (${sql.raw(list)})
    select ${sql.raw(list)} from json_populate_recordset(null::${sql.raw(quoted(table))}, ${JSON.stringify(values)}::json)`);
  return values.length;
}

export async function existingCollectionSlugs(db: Tx, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const found = rows<{ slug: string }>(
    await db.execute(sql`select slug from collection_links where slug in (select jsonb_array_elements_text(${JSON.stringify(slugs)}::jsonb))`),
  );
  return new Set(found.map((r) => r.slug));
}

/** Which of these account ids are taken here (a copy restored beside its original keeps none). */
export async function existingUserIds(db: Tx, ids: string[]): Promise<Set<string>> {
  const found = rows<{ id: string }>(
    await db.execute(sql`select id::text as id from users where id::text in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`),
  );
  return new Set(found.map((r) => r.id));
}

/** An account of one municipality without a password: the person sets one through a one-time link. */
export async function insertAccountWithoutPassword(db: Tx, values: { id: string; email: string; displayName: string; homeTenantId: string }) {
  await db.execute(sql`insert into users (id, email, display_name, password_hash, home_tenant_id)
    values (${values.id}::uuid, ${values.email}, ${values.displayName}, null, ${values.homeTenantId}::uuid)`);
}

export async function insertTenantWithSettings(
  db: Tx,
  values: { slug: string; name: string; fictional: boolean; settings: Record<string, unknown> },
): Promise<string> {
  const [row] = rows<{ id: string }>(
    await db.execute(sql`insert into tenants (slug, name, fictional, settings)
      values (${values.slug}, ${values.name}, ${values.fictional}, ${JSON.stringify(values.settings)}::jsonb) returning id::text as id`),
  );
  return row.id;
}

/** The tenant's own row, for the export (tenants has no tenant_id column, so the catalog loop misses it). */
export async function tenantRecord(db: Tx, tenantId: string) {
  const [row] = rows<{ id: string; slug: string; name: string; fictional: boolean; settings: Record<string, unknown> }>(
    await db.execute(sql`select id::text as id, slug, name, fictional, settings from tenants where id = ${tenantId}`),
  );
  return row ?? null;
}
