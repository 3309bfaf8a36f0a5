// Indicators (duiding.indicators/v1): what an import reports, and the definitions.
import { z } from '@hono/zod-openapi';
import { DIRECTIONS } from '../../domain/indicators/types.ts';
import { ReadSchema } from '../spreadsheets.ts';

export const IndicatorsImported = z
  .object({
    kind: z.enum(['observations', 'definitions']),
    rows: z.number().int(),
    definitions: z.number().int(),
    definitionsCreated: z.array(z.string()),
    read: ReadSchema,
  })
  .openapi('IndicatorsImported');

export const IndicatorDefinition = z
  .object({
    key: z.string(),
    name: z.string(),
    unit: z.string(),
    direction: z.enum(DIRECTIONS),
    source: z.string(),
    definition: z.string(),
    domain: z.string(),
  })
  .openapi('IndicatorDefinition');
