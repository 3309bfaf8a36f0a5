// Cold data: the indicator register and observations per area, period and provider.
import { doublePrecision, foreignKey, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from './columns.ts';

export const indicatorDefinitions = pgTable(
  'indicator_definitions',
  {
    tenantId: tenantId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    direction: text('direction').$type<'up' | 'down' | 'none'>().notNull().default('none'),
    source: text('source').notNull().default(''),
    definition: text('definition').notNull().default(''),
    domain: text('domain').notNull().default(''),
    opgaveId: uuid('opgave_id'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

export const indicatorObservations = pgTable(
  'indicator_observations',
  {
    tenantId: tenantId(),
    indicatorKey: text('indicator_key').notNull(),
    areaCode: text('area_code').notNull(),
    period: text('period').notNull(),
    /** '' = the whole area, not one provider (a primary key column cannot be null). */
    providerCode: text('provider_code').notNull().default(''),
    /** null = missing (CBS "."), never zero */
    value: doublePrecision('value'),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.indicatorKey, t.areaCode, t.period, t.providerCode] }),
    foreignKey({
      columns: [t.tenantId, t.indicatorKey],
      foreignColumns: [indicatorDefinitions.tenantId, indicatorDefinitions.key],
    }).onDelete('cascade'),
  ],
);
