// The demo municipality's area register: GM9999 and its 8 wijken, with invented shapes (see
// domain/areas/demo-geometry.ts), read through the ordinary GeoJSON import so the demo also
// proves that importer. Seeded before the indicators, which are checked against it.
import { demoWijkGeometry } from '../../domain/areas/demo-geometry.ts';
import type { DemoArea } from '../../domain/demo/types.ts';
import { importAreas } from '../areas.ts';
import { textSource, type ServiceContext } from '../context.ts';

const DEMO_DIVISION_YEAR = 2025;

export function demoAreasGeoJson(areas: DemoArea[]): string {
  const wijken = areas.filter((a) => a.level === 'wijk');
  return JSON.stringify({
    type: 'FeatureCollection',
    features: areas.map((a) => ({
      type: 'Feature',
      properties: { code: a.code, name: a.name, parent: a.parent, jaar: DEMO_DIVISION_YEAR },
      geometry: a.level === 'wijk' ? demoWijkGeometry(wijken.indexOf(a)) : null,
    })),
  });
}

export async function seedDemoAreas(ctx: ServiceContext, areas: DemoArea[]) {
  return importAreas(ctx, textSource('voorbeeld-gebieden.geojson', demoAreasGeoJson(areas)));
}
