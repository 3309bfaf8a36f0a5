// A clearly fictional demo municipality ("Gemeente Voorbeeld", GM9999) as pure data, for the
// seed-demo command and benchmarks. Deterministic: the same options always give the same data.
import { INDICATOR_DEFINITIONS, generateObservations } from './indicators.ts';
import { TENANT, areas, providers, users } from './municipality.ts';
import { opgave } from './opgave.ts';
import { questionnaire } from './questionnaire.ts';
import { generateStories } from './stories.ts';
import type { DemoCollection, DemoData, DemoOptions } from './types.ts';

export type * from './types.ts';
export { BUILDING_BLOCKS } from './types.ts';

const DEFAULT_DEMO_STORIES = 2000;
const DEFAULT_DEMO_SEED = 20260;

function collections(): DemoCollection[] {
  return [2025, 2026].map((year) => ({
    key: `zo-thuis-${year}`,
    title: `Zo thuis mogelijk opgroeien ${year}`,
    questionnaire: 'zo-thuis',
    opensAt: new Date(Date.UTC(year, 0, 1)),
    closesAt: new Date(Date.UTC(year, 11, 31, 23, 59)),
  }));
}

export function generateDemo(options: DemoOptions = {}): DemoData {
  const count = options.stories ?? DEFAULT_DEMO_STORIES;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`stories must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return {
    tenant: { ...TENANT },
    areas: areas(),
    providers: providers(),
    opgave: opgave(),
    questionnaire: questionnaire(),
    collections: collections(),
    stories: generateStories(count, seed),
    indicatorDefinitions: INDICATOR_DEFINITIONS.map((d) => ({ ...d })),
    observations: generateObservations(seed),
    users: users(),
  };
}
