import { and, asc, eq, sql } from 'drizzle-orm';
import type { IndicatorDefinition, Observation } from '../../domain/indicators/types.ts';
import { indicatorDefinitions, indicatorObservations } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function upsertDefinitions(db: Tx, tenantId: string, rows: IndicatorDefinition[]) {
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insert(indicatorDefinitions)
      .values(rows.slice(i, i + 2000).map((r) => ({ ...r, tenantId })))
      .onConflictDoUpdate({
        target: [indicatorDefinitions.tenantId, indicatorDefinitions.key],
        set: {
          name: sql`excluded.name`,
          unit: sql`excluded.unit`,
          direction: sql`excluded.direction`,
          source: sql`excluded.source`,
          definition: sql`excluded.definition`,
          domain: sql`excluded.domain`,
        },
      });
  }
}

/** Creates definitions for keys not yet known, leaving existing definitions untouched. */
export async function ensureDefinitions(db: Tx, tenantId: string, rows: IndicatorDefinition[]) {
  if (rows.length === 0) return;
  await db
    .insert(indicatorDefinitions)
    .values(rows.map((r) => ({ ...r, tenantId })))
    .onConflictDoNothing();
}

export async function upsertObservations(db: Tx, tenantId: string, rows: Observation[]) {
  for (let i = 0; i < rows.length; i += 3000) {
    await db
      .insert(indicatorObservations)
      .values(
        rows.slice(i, i + 3000).map((o) => ({
          tenantId,
          indicatorKey: o.indicator,
          areaCode: o.area,
          period: o.period,
          providerCode: o.provider ?? '',
          value: o.value,
          numerator: o.numerator,
          denominator: o.denominator,
        })),
      )
      .onConflictDoUpdate({
        target: [
          indicatorObservations.tenantId,
          indicatorObservations.indicatorKey,
          indicatorObservations.areaCode,
          indicatorObservations.period,
          indicatorObservations.providerCode,
        ],
        set: {
          value: sql`excluded.value`,
          numerator: sql`excluded.numerator`,
          denominator: sql`excluded.denominator`,
        },
      });
  }
}

export async function listDefinitions(db: Tx, tenantId: string): Promise<IndicatorDefinition[]> {
  return db
    .select({
      key: indicatorDefinitions.key,
      name: indicatorDefinitions.name,
      unit: indicatorDefinitions.unit,
      direction: indicatorDefinitions.direction,
      source: indicatorDefinitions.source,
      definition: indicatorDefinitions.definition,
      domain: indicatorDefinitions.domain,
    })
    .from(indicatorDefinitions)
    .where(eq(indicatorDefinitions.tenantId, tenantId))
    .orderBy(asc(sql`${indicatorDefinitions.key} COLLATE "C"`));
}

export async function listObservations(db: Tx, tenantId: string, indicatorKey?: string): Promise<Observation[]> {
  const rows = await db
    .select()
    .from(indicatorObservations)
    .where(
      indicatorKey
        ? and(eq(indicatorObservations.tenantId, tenantId), eq(indicatorObservations.indicatorKey, indicatorKey))
        : eq(indicatorObservations.tenantId, tenantId),
    )
    .orderBy(indicatorObservations.indicatorKey, indicatorObservations.areaCode, indicatorObservations.period, indicatorObservations.providerCode);
  return rows.map((r) => ({
    indicator: r.indicatorKey,
    area: r.areaCode,
    period: r.period,
    value: r.value,
    provider: r.providerCode === '' ? null : r.providerCode,
    numerator: r.numerator,
    denominator: r.denominator,
  }));
}
