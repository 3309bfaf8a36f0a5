// Municipalities (tenants), people and their roles, and the register of areas and providers.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from './columns.ts';

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Demo municipalities are shown with a clear "fictief" banner everywhere. */
  fictional: boolean('fictional').notNull().default(false),
  settings: jsonb('settings').notNull().default({}),
  /** Secret key of the rounding of counts for raad and aanbieder (domain/disclosure); never shown. */
  disclosureKey: text('disclosure_key').notNull().default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Accounts. A local (password) account belongs to one municipality (home_tenant_id): the same
 * e-mail in two municipalities is two accounts. An account without a home signs in only through
 * single sign-on and may work for several municipalities (migration 0005, docs/accounts.md).
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    // No failed-sign-in count or lock here (dropped in 0021): throttling counts per e-mail and client address (docs/security.md).
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Not "tenant_id": tables with that column are exported with their tenant (no hashes in a ZIP). */
    homeTenantId: uuid('home_tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('users_home_tenant_email').on(t.homeTenantId, t.email),
    index('users_email').on(t.email),
    check('users_password_needs_home', sql`${t.homeTenantId} is not null or ${t.passwordHash} is null`),
  ],
);

export const ROLES = ['beheerder', 'analist', 'gespreksleider', 'interviewer', 'raad', 'aanbieder', 'netwerkcoordinator'] as const;
export type Role = (typeof ROLES)[number];

export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    /** Only for the aanbieder role: the provider whose figures this person sees. */
    providerCode: text('provider_code'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId, t.role] })],
);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const areas = pgTable(
  'areas',
  {
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level').$type<'gemeente' | 'wijk' | 'buurt'>().notNull(),
    /** The newest division year (CBS "Wijk- en buurtindeling") the code appears in; null = unknown. */
    year: integer('year'),
    parentCode: text('parent_code'),
    /** GeoJSON geometry (Polygon/MultiPolygon, WGS84 or RD) of the newest year, if any. */
    geometry: jsonb('geometry'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.code] })],
);

/** Every year's name, parent and geometry of an area: a renamed or split wijk keeps its history. */
export const areaVersions = pgTable(
  'area_versions',
  {
    tenantId: tenantId(),
    code: text('code').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    level: text('level').$type<'gemeente' | 'wijk' | 'buurt'>().notNull(),
    parentCode: text('parent_code'),
    geometry: jsonb('geometry'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.code, t.year] })],
);

export const providers = pgTable(
  'providers',
  {
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.code] })],
);
