// Projects area geometries onto an SVG canvas, without PostGIS or a map library: GeoJSON in
// WGS84 (lon/lat, as PDOK's GeoJSON) gets an equirectangular projection scaled by cos(latitude),
// which is accurate enough at the size of a municipality; RD New (EPSG:28992, metres, as PDOK's
// other downloads) is already planar. The y axis is flipped (north up) and the whole fits the
// canvas with its aspect ratio kept.
import type { AreaGeometry } from './types.ts';

export interface ProjectedArea {
  code: string;
  /** SVG path data, one closed subpath per ring (holes use the even-odd rule). */
  d: string;
  /** A point inside the bounding box's centre, for a label. */
  centre: [number, number];
}

export interface Projection {
  width: number;
  height: number;
  areas: ProjectedArea[];
}

function polygonsOf(geometry: AreaGeometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as number[][][]] : (geometry.coordinates as number[][][][]);
}

/** Coordinates beyond ±180 cannot be degrees: then the file is in RD (metres). */
function isPlanar(all: number[][]): boolean {
  return all.some(([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Min and max without spreading: a PDOK file has far more points than a call's arguments may be. */
function extent(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

export function projectAreas(input: { code: string; geometry: AreaGeometry }[], width = 600, padding = 8): Projection | null {
  const shapes = input.map((a) => ({ code: a.code, polygons: polygonsOf(a.geometry) }));
  const all = shapes.flatMap((s) => s.polygons.flat(2));
  if (all.length === 0) return null;
  const planar = isPlanar(all);
  const [minY, maxY] = extent(all.map((p) => p[1]!));
  // The middle of the extent: a mean over points would lean towards detailed edges.
  const midLat = planar ? 0 : (minY + maxY) / 2;
  const kx = planar ? 1 : Math.cos((midLat * Math.PI) / 180);
  const [minX, maxX] = extent(all.map((p) => p[0]! * kx));
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const point = (p: number[]): [number, number] => [round(padding + (p[0]! * kx - minX) * scale), round(padding + (maxY - p[1]!) * scale)];
  return {
    width,
    height,
    areas: shapes.map((s) => {
      const rings = s.polygons.flat(1).map((ring) => ring.map(point));
      const d = rings.map((ring) => `M${ring.map(([x, y]) => `${x},${y}`).join('L')}Z`).join('');
      const [x0, x1] = extent(rings.flat().map((p) => p[0]));
      const [y0, y1] = extent(rings.flat().map((p) => p[1]));
      return { code: s.code, d, centre: [round((x0 + x1) / 2), round((y0 + y1) / 2)] };
    }),
  };
}
