// The fixed words of opgaven, theories of change and dialogues. Stored values are these keys;
// the Dutch and English labels live in web/i18n/opgaven.ts.

/** The domains of the staalkaart sociaal domein. */
export const DOMAINS = ['jeugd', 'wmo', 'participatie', 'schulden', 'wonen', 'veiligheid', 'onderwijs', 'gezondheid'] as const;
export type Domain = (typeof DOMAINS)[number];

/** NJI Kwaliteitskompas building blocks (same keys as the demo generator uses). */
export const BUILDING_BLOCKS = [
  'samenwerking',
  'staat-van-de-jeugd',
  'maatschappelijke-resultaten',
  'activiteiten-en-veranderverhaal',
  'kwaliteit-van-activiteiten',
  'uitkomsten-van-activiteiten',
  'leren-en-verbeteren',
] as const;
export type BuildingBlock = (typeof BUILDING_BLOCKS)[number];

/** houdt stand / twijfelachtig / weerlegd / nog onbekend (the column's default is 'onbekend'). */
export const ASSUMPTION_STATUSES = ['houdt-stand', 'twijfelachtig', 'weerlegd', 'onbekend'] as const;
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];

export const DIALOGUE_KINDS = ['sensemaking', 'verantwoordingsdialoog', 'kwaliteitsreview'] as const;

export const PARTICIPANT_ROLES = ['raad', 'college', 'aanbieder', 'professional', 'inwoner', 'ervaringsdeskundige'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const ACTION_KINDS = ['opgave-bijstellen', 'contract-afspraken', 'praktijk', 'nader-onderzoek'] as const;

/** 1 causaal (single loop), 2 reflectief (double loop), 3 systeem (triple loop). */
export const LEARNING_LEVELS = [1, 2, 3] as const;

export const ACTION_STATUSES = ['open', 'loopt', 'afgerond', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
