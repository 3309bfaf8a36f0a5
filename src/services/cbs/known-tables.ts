// CBS tables Duiding knows out of the box, with what the indicator registry needs per measure:
// unit, direction (for a municipality's social domain: fewer young people in jeugdzorg is not
// "better" in itself, so most are "none"), and the definition (CBS's own, shortened).
import type { Direction } from '../../domain/indicators/types.ts';

interface KnownMeasure {
  name: string;
  unit: string;
  direction: Direction;
  definition: string;
}

export interface KnownTable {
  title: string;
  measures: Record<string, KnownMeasure>;
}

export const KNOWN_TABLES: Record<string, KnownTable> = {
  '85984NED': {
    title: 'Kerncijfers wijken en buurten 2024',
    measures: {
      AantalInwoners_5: { name: 'Aantal inwoners', unit: 'aantal', direction: 'none', definition: 'Het aantal inwoners op 1 januari.' },
      JongerenMetJeugdzorgInNatura_98: {
        name: 'Jongeren met jeugdzorg in natura',
        unit: 'aantal',
        direction: 'none',
        definition:
          'Personen tot 23 jaar die op enig moment in de verslagperiode jeugdhulp in natura, jeugdbescherming of jeugdreclassering kregen (zonder pgb).',
      },
      PercentageJongerenMetJeugdzorg_99: {
        name: 'Percentage jongeren met jeugdzorg',
        unit: '%',
        direction: 'none',
        definition: 'Percentage van personen tot 23 jaar die op enig moment in de verslagperiode jeugdhulp, jeugdbescherming of jeugdreclassering kregen.',
      },
      WmoClienten_100: {
        name: 'Wmo-cliënten',
        unit: 'aantal',
        direction: 'none',
        definition: 'Aantal personen met ten minste één maatwerkarrangement in het kader van de Wmo (Gemeentelijke Monitor Sociaal Domein).',
      },
      WmoClientenRelatief_101: {
        name: 'Wmo-cliënten relatief',
        unit: 'per 1 000 inwoners',
        direction: 'none',
        definition: 'Het aantal Wmo-cliënten per 1000 inwoners met ten minste één maatwerkarrangement.',
      },
    },
  },
};
