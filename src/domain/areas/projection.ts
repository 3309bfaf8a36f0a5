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

export function projectAreas(input: { code: string; geometry: AreaGeometry }[], width = 600, padding = 8): Projection | null {
  const shapes = input.map((a) => ({ code: a.code, polygons: polygonsOf(a.geometry) }));
  const all = shapes.flatMap((s) => s.polygons.flat(2));
  if (all.length === 0) return null;
  const planar = isPlanar(all);
  const meanLat = planar ? 0 : all.reduce((sum, p) => sum + p[1]!, 0) / all.length;
  const kx = planar ? 1 : Math.cos((meanLat * Math.PI) / 180);
  const xs = all.map((p) => p[0]! * kx);
  const ys = all.map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
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
      const px = rings.flat().map((p) => p[0]);
      const py = rings.flat().map((p) => p[1]);
      return { code: s.code, d, centre: [round((Math.min(...px) + Math.max(...px)) / 2), round((Math.min(...py) + Math.max(...py)) / 2)] };
    }),
  };
}
