// The area register's records: CBS codes (GM0599, WK059901, BU05990101), their level, name,
// parent and the year of the division (CBS "Wijk- en buurtindeling"), optionally a geometry.

export type AreaLevel = 'gemeente' | 'wijk' | 'buurt';

/** GeoJSON geometry as Duiding stores it (only polygons are drawn). */
export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

export interface AreaRecord {
  code: string;
  name: string;
  level: AreaLevel;
  year: number;
  /** The gemeente of a wijk, the wijk of a buurt; derived from the code when not given. */
  parent: string | null;
  geometry: AreaGeometry | null;
}

const LEVELS: [RegExp, AreaLevel][] = [
  [/^GM\d{4}$/, 'gemeente'],
  [/^WK\d{6}$/, 'wijk'],
  [/^BU\d{8}$/, 'buurt'],
];

/** CBS pads codes with spaces ("WK036301  ") and files write them in any case. */
export function normaliseAreaCode(raw: string): string {
  return raw.trim().toUpperCase();
}

export function levelOfCode(code: string): AreaLevel | null {
  return LEVELS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

/** The code one level up, as CBS builds them: WK059901 → GM0599, BU05990101 → WK059901. */
export function parentFromCode(code: string): string | null {
  if (/^WK\d{6}$/.test(code)) return `GM${code.slice(2, 6)}`;
  if (/^BU\d{8}$/.test(code)) return `WK${code.slice(2, 8)}`;
  return null;
}

/** A division year CBS could have: 1990 up to next year. */
export function isDivisionYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1990 && year <= new Date().getUTCFullYear() + 1;
}
