// The area register: the newest version of every code (areas) and every year's version
// (area_versions). Written per import in one transaction by services/areas.ts.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { AreaGeometry, AreaRecord } from '../../domain/areas/types.ts';
import { areas, areaVersions } from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

const BATCH = 500;

/**
 * Stores every record as its year's version, and makes it the area's current row when its year
 * is at least the current one's. A version without a geometry keeps the geometry already known
 * (a CSV register after a GeoJSON of the same year does not wipe the map).
 */
export async function saveAreaRecords(db: Tx, tenantId: string, records: AreaRecord[]) {
  // Oldest first, so that within one file the newest year ends up current.
  const sorted = [...records].sort((a, b) => a.year - b.year);
  for (let i = 0; i < sorted.length; i += BATCH) {
    const batch = sorted.slice(i, i + BATCH);
    // One row per code per statement: ON CONFLICT cannot touch a row twice.
    for (const rows of byDistinctCode(batch)) {
      await db
        .insert(areas)
        .values(rows.map((r) => ({ tenantId, code: r.code, name: r.name, level: r.level, year: r.year, parentCode: r.parent, geometry: r.geometry })))
        .onConflictDoUpdate({
          target: [areas.tenantId, areas.code],
          set: {
            name: sql`excluded.name`,
            level: sql`excluded.level`,
            year: sql`excluded.year`,
            parentCode: sql`excluded.parent_code`,
            geometry: sql`coalesce(excluded.geometry, ${areas.geometry})`,
          },
          setWhere: sql`${areas.year} is null or excluded.year >= ${areas.year}`,
        });
    }
    await db
      .insert(areaVersions)
      .values(batch.map((r) => ({ tenantId, code: r.code, year: r.year, name: r.name, level: r.level, parentCode: r.parent, geometry: r.geometry })))
      .onConflictDoUpdate({
        target: [areaVersions.tenantId, areaVersions.code, areaVersions.year],
        set: {
          name: sql`excluded.name`,
          level: sql`excluded.level`,
          parentCode: sql`excluded.parent_code`,
          geometry: sql`coalesce(excluded.geometry, ${areaVersions.geometry})`,
        },
      });
  }
}

function byDistinctCode(records: AreaRecord[]): AreaRecord[][] {
  const groups: AreaRecord[][] = [];
  for (const r of records) {
    const group = groups.find((g) => !g.some((x) => x.code === r.code));
    if (group) group.push(r);
    else groups.push([r]);
  }
  return groups;
}

/** The codes of `codes` that the register knows. */
export async function knownAreaCodes(db: Tx, tenantId: string, codes: string[]): Promise<Set<string>> {
  const known = new Set<string>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const rows = await db
      .select({ code: areas.code })
      .from(areas)
      .where(and(eq(areas.tenantId, tenantId), inArray(areas.code, unique.slice(i, i + BATCH))));
    for (const row of rows) known.add(row.code);
  }
  return known;
}

export async function areaHistory(db: Tx, tenantId: string, code: string) {
  return db
    .select()
    .from(areaVersions)
    .where(and(eq(areaVersions.tenantId, tenantId), eq(areaVersions.code, code)))
    .orderBy(asc(areaVersions.year));
}

export interface MappedArea {
  code: string;
  name: string;
  level: string;
  year: number | null;
  geometry: AreaGeometry;
}

/** Areas with a geometry, current versions only. */
export async function listMappedAreas(db: Tx, tenantId: string): Promise<MappedArea[]> {
  const rows = await db
    .select({ code: areas.code, name: areas.name, level: areas.level, year: areas.year, geometry: areas.geometry })
    .from(areas)
    .where(and(eq(areas.tenantId, tenantId), isNotNull(areas.geometry)))
    .orderBy(asc(areas.code));
  return rows as MappedArea[];
}
