// Cold data (duiding.indicators/v1): indicator definitions and observations per area, period
// and optionally provider.

export const DIRECTIONS = ['up', 'down', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface IndicatorDefinition {
  key: string;
  name: string;
  unit: string;
  /** Which way is better: "up" (higher is better), "down" (lower is better), "none". */
  direction: Direction;
  source: string;
  definition: string;
  domain: string;
}

export interface Observation {
  indicator: string;
  /** CBS code: GM0479, WK047901 or BU04790101. */
  area: string;
  /** 2025, 2025-Q3 or 2025-07. */
  period: string;
  /** null is missing (an empty cell or CBS's "."), never zero. */
  value: number | null;
  provider: string | null;
  numerator: number | null;
  denominator: number | null;
}

export const AREA_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;
export const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export function areaLevelOf(code: string): 'gemeente' | 'wijk' | 'buurt' {
  return code.startsWith('GM') ? 'gemeente' : code.startsWith('WK') ? 'wijk' : 'buurt';
}
