// Invented shapes for the demo municipality's 8 wijken: a 4 × 2 grid of slightly skewed
// quadrilaterals, placed in the North Sea (around 3.1° E, 53.3° N) so that nobody mistakes them
// for a real place. Deterministic, so the demo and its tests always draw the same map.
import type { AreaGeometry } from './types.ts';

const ORIGIN = { lon: 3.1, lat: 53.3 };
const CELL = { lon: 0.03, lat: 0.018 };
// Shifts of the inner grid points, so that the wijken do not look like a chessboard.
const WOBBLE = [0, 0.004, -0.003, 0.005, -0.002, 0.003, -0.004, 0.002, 0.001, -0.003, 0.004, -0.001, 0.002, -0.002, 0.003];

function gridPoint(col: number, row: number): number[] {
  const inner = col > 0 && col < 4 && row > 0 && row < 2;
  const w = inner ? WOBBLE[(row * 5 + col) % WOBBLE.length]! : 0;
  return [round(ORIGIN.lon + col * CELL.lon + w), round(ORIGIN.lat - row * CELL.lat + w / 2)];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The geometry of wijk number `index` (0–7): row-major over 4 columns and 2 rows. */
export function demoWijkGeometry(index: number): AreaGeometry {
  const col = index % 4;
  const row = Math.floor(index / 4);
  const ring = [gridPoint(col, row), gridPoint(col + 1, row), gridPoint(col + 1, row + 1), gridPoint(col, row + 1), gridPoint(col, row)];
  return { type: 'Polygon', coordinates: [ring] };
}
