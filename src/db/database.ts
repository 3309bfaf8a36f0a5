// The type of a connection with our schema: what repositories and services receive. Its own module
// so that connection.ts (which opens one) and tenant-scope.ts (which scopes one) can both name it
// without importing each other.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
