// The fictional municipality: its areas, providers and demo users, and the hidden "truth" per
// wijk and provider from which both the stories and the numbers are drawn, so that warm and
// cold data tell a consistent story.
import type { DemoArea, DemoProvider, DemoTenant, DemoUser } from './types.ts';
import { DEMO_ROLES } from './types.ts';

export const GEMEENTE_CODE = 'GM9999';

export const TENANT: DemoTenant = {
  slug: 'voorbeeld',
  name: 'Gemeente Voorbeeld',
  fictional: true,
  notice:
    'Gemeente Voorbeeld bestaat niet. Alle verhalen, namen en cijfers op deze omgeving zijn ' +
    'door de computer gemaakt om te laten zien hoe Duiding werkt. Ze gaan niet over echte mensen.',
};

export interface WijkProfile {
  code: string;
  name: string;
  /** How Dutch says "in" this wijk: "in de Molenwijk", "in Parkzicht". */
  inName: string;
  inhabitants: number;
  /** Jongeren 0–17 jaar. */
  youth: number;
  /** Typical waiting time for jeugdhulp in weeks (2025). */
  waitWeeks: number;
  /** Change of that waiting time from 2025 to 2026. */
  waitTrend: number;
  /** Relative need for (heavier) jeugdhulp; 1 is average. */
  need: number;
}

// Molenwijk is the wijk with long and growing waits: the pattern the demo is built around.
export const WIJKEN: readonly WijkProfile[] = [
  { code: 'WK999901', name: 'Centrum', inName: 'in het Centrum', inhabitants: 9800, youth: 1400, waitWeeks: 6, waitTrend: -0.5, need: 1.1 },
  { code: 'WK999902', name: 'Oude Haven', inName: 'in de Oude Haven', inhabitants: 7200, youth: 1300, waitWeeks: 7, waitTrend: -1, need: 1.3 },
  { code: 'WK999903', name: 'Molenwijk', inName: 'in de Molenwijk', inhabitants: 11400, youth: 2600, waitWeeks: 14, waitTrend: 2.5, need: 1.25 },
  { code: 'WK999904', name: 'Parkzicht', inName: 'in Parkzicht', inhabitants: 8300, youth: 1800, waitWeeks: 5, waitTrend: -0.5, need: 0.85 },
  { code: 'WK999905', name: 'De Driehoek', inName: 'in De Driehoek', inhabitants: 6100, youth: 1500, waitWeeks: 6, waitTrend: 0, need: 1 },
  { code: 'WK999906', name: 'Vogelbuurt', inName: 'in de Vogelbuurt', inhabitants: 9100, youth: 2100, waitWeeks: 5.5, waitTrend: -0.5, need: 0.9 },
  { code: 'WK999907', name: 'Bloemenkwartier', inName: 'in het Bloemenkwartier', inhabitants: 5400, youth: 1100, waitWeeks: 6.5, waitTrend: -1, need: 0.95 },
  { code: 'WK999908', name: 'Polderrand', inName: 'in Polderrand', inhabitants: 3900, youth: 900, waitWeeks: 4.5, waitTrend: 0, need: 0.7 },
];

export interface ProviderProfile {
  provider: DemoProvider;
  /** Share of stories about this provider. */
  weight: number;
  /** Added to the wijk's waiting time. */
  waitOffset: number;
  /** Added to how heard people feel (slider points). */
  heardOffset: number;
}

// Gezinspunt works with one vaste contactpersoon per gezin: people feel clearly more heard there.
export const PROVIDERS: readonly ProviderProfile[] = [
  {
    provider: { code: 'wijkteam-noord', name: 'Wijkteam Noord', description: 'Sociaal wijkteam voor jeugd en gezin.' },
    weight: 0.4,
    waitOffset: -1.5,
    heardOffset: 0,
  },
  {
    provider: {
      code: 'jeugdhulp-de-brug',
      name: 'Jeugdhulp De Brug',
      description: 'Specialistische jeugdhulp, ambulant en met verblijf.',
    },
    weight: 0.3,
    waitOffset: 3,
    heardOffset: -4,
  },
  {
    provider: {
      code: 'gezinspunt',
      name: 'Gezinspunt Voorbeeld',
      description: 'Opvoedondersteuning en gezinscoaching met een vaste contactpersoon.',
    },
    weight: 0.3,
    waitOffset: 0,
    heardOffset: 13,
  },
];

export const YEARS = [2025, 2026] as const;
export type Year = (typeof YEARS)[number];

export function areas(): DemoArea[] {
  return [
    { code: GEMEENTE_CODE, name: 'Voorbeeld', level: 'gemeente', parent: null },
    ...WIJKEN.map((w): DemoArea => ({ code: w.code, name: w.name, level: 'wijk', parent: GEMEENTE_CODE })),
  ];
}

export function providers(): DemoProvider[] {
  return PROVIDERS.map((p) => ({ ...p.provider }));
}

const ROLE_NAMES: Record<(typeof DEMO_ROLES)[number], string> = {
  beheerder: 'Functioneel beheerder (demo)',
  analist: 'Beleidsanalist (demo)',
  gespreksleider: 'Gespreksleider (demo)',
  interviewer: 'Interviewer wijkteam (demo)',
  raad: 'Raadslid (demo)',
  aanbieder: 'Aanbieder Gezinspunt (demo)',
  netwerkcoordinator: 'Netwerkcoördinator (demo)',
};

export function users(): DemoUser[] {
  return DEMO_ROLES.map((role) => ({
    email: `${role}@voorbeeld.example`,
    name: ROLE_NAMES[role],
    role,
    provider: role === 'aanbieder' ? 'gezinspunt' : null,
  }));
}
