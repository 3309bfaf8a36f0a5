// The shape of the generated demo municipality. Only plain data: the seed-demo command turns it
// into rows through the ordinary import code, so everything here is valid domain data.
import type { BuildingBlock } from '../opgaven/vocabulary.ts';
import type { IndicatorDefinition, Observation } from '../indicators/types.ts';
import type { Questionnaire, StoryRecord } from '../questionnaire/types.ts';

export interface DemoTenant {
  slug: string;
  name: string;
  fictional: true;
  /** Dutch notice shown wherever the demo is visible. */
  notice: string;
}

export interface DemoArea {
  /** CBS-shaped code; GM9999 and WK9999xx are not used by CBS, so they cannot be mistaken for real areas. */
  code: string;
  name: string;
  level: 'gemeente' | 'wijk';
  /** The gemeente a wijk belongs to; null for the gemeente itself. */
  parent: string | null;
}

export interface DemoProvider {
  code: string;
  name: string;
  description: string;
}

// The Kwaliteitskompas building blocks are the opgaven vocabulary's; the demo uses the same keys.
export { BUILDING_BLOCKS } from '../opgaven/vocabulary.ts';

interface DemoAssumption {
  key: string;
  text: string;
}

/** "Als wij A doen, draagt dat bij aan B, omdat C." */
export interface DemoStatement {
  key: string;
  /** A: what we do. */
  action: string;
  /** B: what it contributes to. */
  contributesTo: string;
  /** C: why we think so. */
  because: string;
  /** The whole sentence, ready to show. */
  text: string;
  assumptions: DemoAssumption[];
  buildingBlock: BuildingBlock;
  indicators: string[];
  questions: string[];
}

export interface DemoOpgave {
  key: string;
  title: string;
  domain: string;
  description: string;
  theoryOfChange: DemoStatement[];
}

export interface DemoCollection {
  key: string;
  title: string;
  questionnaire: string;
  opensAt: Date;
  closesAt: Date;
}

export const DEMO_ROLES = ['beheerder', 'analist', 'gespreksleider', 'interviewer', 'raad', 'aanbieder', 'netwerkcoordinator'] as const;
type DemoRole = (typeof DEMO_ROLES)[number];

export interface DemoUser {
  email: string;
  name: string;
  role: DemoRole;
  /** Set for the aanbieder role: the provider whose picture this user sees. */
  provider: string | null;
}

export interface DemoData {
  tenant: DemoTenant;
  areas: DemoArea[];
  providers: DemoProvider[];
  opgave: DemoOpgave;
  questionnaire: Questionnaire;
  collections: DemoCollection[];
  stories: StoryRecord[];
  indicatorDefinitions: IndicatorDefinition[];
  observations: Observation[];
  users: DemoUser[];
}

export interface DemoOptions {
  /** Number of stories; 2,000 by default. */
  stories?: number;
  /** PRNG seed; the same seed always gives the same data. */
  seed?: number;
}
