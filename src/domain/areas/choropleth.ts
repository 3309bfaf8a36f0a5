// What a choropleth map shows, decided once for the web page and the report: which areas are
// drawn, the class (colour step) of each value, and the legend. Values arrive already through
// disclosure control (domain/disclosure): a suppressed value gets no class and no colour, only a
// hatched "too few" look, exactly where the tables say "te weinig".
import { isSuppressed, type Figure } from '../privacy/suppression.ts';
import { projectAreas, type ProjectedArea } from './projection.ts';
import type { AreaGeometry } from './types.ts';

const CLASS_COUNT = 5;

export interface MapInputArea {
  code: string;
  name: string;
  geometry: AreaGeometry;
}

type MapCell = { kind: 'value'; value: number; step: number } | { kind: 'suppressed' } | { kind: 'missing' };

interface ChoroplethArea extends ProjectedArea {
  name: string;
  cell: MapCell;
}

export interface LegendStep {
  step: number;
  from: number;
  to: number;
}

export interface Choropleth {
  width: number;
  height: number;
  areas: ChoroplethArea[];
  legend: LegendStep[];
  hasSuppressed: boolean;
  hasMissing: boolean;
}

/**
 * Equal-interval classes between the lowest and highest shown value (a reader can compare the
 * steps; quantiles would hide how far apart eight wijken are). One distinct value: one step.
 */
export function classSteps(values: number[], count = CLASS_COUNT): LegendStep[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ step: 0, from: min, to: max }];
  const width = (max - min) / count;
  return Array.from({ length: count }, (_, step) => ({ step, from: min + step * width, to: step === count - 1 ? max : min + (step + 1) * width }));
}

export function stepOf(value: number, legend: LegendStep[]): number {
  const index = legend.findIndex((s) => value <= s.to);
  return index === -1 ? legend.length - 1 : index;
}

/** The map of one indicator in one period, or null when no area with a value has a geometry. */
export function buildChoropleth(mapped: MapInputArea[], values: Map<string, Figure | null | undefined>, width = 600): Choropleth | null {
  const drawn = mapped.filter((a) => values.has(a.code));
  if (drawn.length === 0) return null;
  const projection = projectAreas(
    drawn.map((a) => ({ code: a.code, geometry: a.geometry })),
    width,
  );
  if (!projection) return null;
  const shown = drawn.flatMap((a) => {
    const v = values.get(a.code);
    return typeof v === 'number' ? [v] : [];
  });
  const legend = classSteps(shown);
  const areas = projection.areas.map((p, i): ChoroplethArea => {
    const v = values.get(p.code);
    const cell: MapCell = isSuppressed(v)
      ? { kind: 'suppressed' }
      : typeof v === 'number'
        ? { kind: 'value', value: v, step: stepOf(v, legend) }
        : { kind: 'missing' };
    return { ...p, name: drawn[i]!.name, cell };
  });
  return {
    width: projection.width,
    height: projection.height,
    areas,
    legend,
    hasSuppressed: areas.some((a) => a.cell.kind === 'suppressed'),
    hasMissing: areas.some((a) => a.cell.kind === 'missing'),
  };
}
