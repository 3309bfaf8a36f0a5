// Reads an area register from GeoJSON: a FeatureCollection whose features carry a code and a
// name, either as `code`/`name` or as PDOK/CBS "wijken en buurten" properties (`gemeentecode`/
// `gemeentenaam`, `wijkcode`/`wijknaam`, `buurtcode`/`buurtnaam`), and a Polygon or
// MultiPolygon geometry. Every problem names the feature (by index) and the field.
import type { Problem } from '../problems.ts';
import { isDivisionYear, levelOfCode, normaliseAreaCode, parentFromCode, type AreaGeometry, type AreaRecord } from './types.ts';

export interface GeoJsonRead {
  records: AreaRecord[];
  problems: Problem[];
}

type Properties = Record<string, unknown>;

// The most specific level first: a buurt feature also names its wijk and gemeente.
const CBS_PAIRS = [
  ['buurtcode', 'buurtnaam'],
  ['wijkcode', 'wijknaam'],
  ['gemeentecode', 'gemeentenaam'],
] as const;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function codeAndName(p: Properties): { code: string | null; name: string | null; codeField: string; nameField: string } {
  if (p.code !== undefined || p.name !== undefined) return { code: text(p.code), name: text(p.name), codeField: 'code', nameField: 'name' };
  for (const [codeField, nameField] of CBS_PAIRS) {
    if (p[codeField] !== undefined) return { code: text(p[codeField]), name: text(p[nameField]), codeField, nameField };
  }
  return { code: null, name: null, codeField: 'code', nameField: 'name' };
}

/** Ring of at least 4 [x, y] positions of finite numbers. */
function isRing(ring: unknown): boolean {
  return Array.isArray(ring) && ring.length >= 4 && ring.every((p) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]));
}

function isPolygon(rings: unknown): boolean {
  return Array.isArray(rings) && rings.length >= 1 && rings.every(isRing);
}

function checkGeometry(geometry: unknown): AreaGeometry | 'invalid' | null {
  if (geometry === null || geometry === undefined) return null;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type === 'Polygon' && isPolygon(g.coordinates)) return { type: 'Polygon', coordinates: g.coordinates as number[][][] };
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon)) {
    return { type: 'MultiPolygon', coordinates: g.coordinates as number[][][][] };
  }
  return 'invalid';
}

/** `year` is the division year for features without a `jaar`/`year` property of their own. */
export function readAreasGeoJson(json: unknown, file: string, year: number | null): GeoJsonRead {
  const problems: Problem[] = [];
  const records: AreaRecord[] = [];
  const doc = json as { type?: unknown; features?: unknown };
  if (!doc || typeof doc !== 'object' || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return {
      records,
      problems: [
        {
          file,
          field: 'type',
          code: 'not-a-feature-collection',
          nl: 'dit is geen GeoJSON FeatureCollection (verwacht "type": "FeatureCollection" met "features")',
          en: 'this is not a GeoJSON FeatureCollection (expected "type": "FeatureCollection" with "features")',
        },
      ],
    };
  }
  doc.features.forEach((feature: unknown, index: number) => {
    const at = (field: string) => `features[${index}].${field}`;
    const f = feature as { properties?: unknown; geometry?: unknown };
    const p = (f && typeof f.properties === 'object' && f.properties !== null ? f.properties : {}) as Properties;
    const { code: rawCode, name, codeField, nameField } = codeAndName(p);
    const before = problems.length;
    const code = rawCode === null ? null : normaliseAreaCode(rawCode);
    if (code === null || code === '') {
      problems.push({
        file,
        field: at(`properties.${codeField}`),
        code: 'missing-area-code',
        nl: 'geen gebiedscode (eigenschap "code", "wijkcode", "buurtcode" of "gemeentecode")',
        en: 'no area code (property "code", "wijkcode", "buurtcode" or "gemeentecode")',
      });
    } else if (!levelOfCode(code)) {
      problems.push({
        file,
        field: at(`properties.${codeField}`),
        code: 'invalid-area-code',
        nl: `"${rawCode}" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)`,
        en: `"${rawCode}" is not a CBS area code (such as GM0599, WK059901 or BU05990101)`,
      });
    }
    if (!name || name.trim() === '') {
      problems.push({ file, field: at(`properties.${nameField}`), code: 'missing-area-name', nl: 'geen naam', en: 'no name' });
    }
    const ownYear = p.jaar ?? p.year ?? p.jaarcode;
    const featureYear = ownYear === undefined ? year : Number(ownYear);
    if (featureYear === null) {
      problems.push({
        file,
        field: at('properties.jaar'),
        code: 'missing-year',
        nl: 'geen jaar van de indeling: geef het met --year of als eigenschap "jaar"',
        en: 'no division year: give it with --year or as property "jaar"',
      });
    } else if (!isDivisionYear(featureYear)) {
      problems.push({
        file,
        field: at('properties.jaar'),
        code: 'invalid-year',
        nl: `"${String(ownYear ?? year)}" is geen jaar van een indeling`,
        en: `"${String(ownYear ?? year)}" is not a division year`,
      });
    }
    const geometry = checkGeometry(f?.geometry);
    if (geometry === 'invalid') {
      problems.push({
        file,
        field: at('geometry'),
        code: 'invalid-geometry',
        nl: 'de vorm is geen geldige Polygon of MultiPolygon',
        en: 'the geometry is not a valid Polygon or MultiPolygon',
      });
    }
    if (problems.length > before) return;
    const parentRaw = text(p.parent ?? (codeField === 'buurtcode' ? p.wijkcode : codeField === 'wijkcode' ? p.gemeentecode : undefined));
    records.push({
      code: code!,
      name: name!.trim(),
      level: levelOfCode(code!)!,
      year: featureYear!,
      parent: parentRaw ? normaliseAreaCode(parentRaw) : parentFromCode(code!),
      geometry: geometry as AreaGeometry | null,
    });
  });
  return { records, problems };
}
