import { customType, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** Every tenant-owned table starts with this column; it is part of every primary key. */
export const tenantId = () => uuid('tenant_id').notNull();

export const id = () => uuid('id').notNull().default(sql`gen_random_uuid()`);

export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});
