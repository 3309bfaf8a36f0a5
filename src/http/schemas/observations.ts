// Observations, interpretations and the perspectives board (issue 11) as the API sends and takes
// them. The source is the observation's re-runnable query (domain/sensemaking/source.ts).
import { z } from '@hono/zod-openapi';
import { orNull, Timestamp } from './shared.ts';

const Pairs = z
  .array(z.tuple([z.string(), z.string()]))
  .openapi({ description: 'Filter as address parameters of the scan, in order', example: [['rol', 'jongere']] });

const ObservationSource = z
  .union([
    z.object({ kind: z.literal('pattern'), a: z.string(), b: z.string(), filter: Pairs }),
    z.object({
      kind: z.literal('compare'),
      subsets: z
        .record(z.string(), z.string())
        .openapi({ description: 'Subsets a–d in the filter syntax of /compare', example: { a: 'rol=jongere', b: 'rol=ouder' } }),
    }),
    z.object({ kind: z.literal('selection'), group: z.array(z.string()), range: z.array(z.string()), filter: Pairs, search: z.string() }),
  ])
  .openapi('ObservationSource');

const Strength = z.enum(['sterk', 'middel', 'zwak']).openapi({ description: 'How strong the analyst finds what was seen' });

export const Interpretation = z
  .object({
    id: z.string(),
    text: z.string(),
    perspective: orNull(z.string()).openapi({ description: 'Id of the perspective it stands in' }),
    createdAt: Timestamp,
  })
  .openapi('Interpretation');

export const Observation = z
  .object({
    id: z.string(),
    questionnaire: z.string(),
    source: ObservationSource,
    title: z.string(),
    body: z.string(),
    strength: Strength,
    opgave: orNull(z.string()).openapi({ description: 'Key of the opgave whose monitor shows it under "Wat we zagen"' }),
    interpretations: z.array(Interpretation),
    complete: z.boolean().openapi({ description: 'At least two competing interpretations: only then may it feed a dialogue or the monitor' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Observation');

export const ObservationList = z.object({ observations: z.array(Observation) }).openapi('ObservationList');

/** Each field is checked again by the service (domain/sensemaking), which names it in Dutch and English. */
export const NewObservation = z
  .object({
    questionnaire: z.string().max(100),
    source: z
      .object({ kind: z.enum(['pattern', 'compare', 'selection']) })
      .catchall(z.unknown())
      .openapi({ description: 'The re-runnable query: see ObservationSource' }),
    title: z.string().max(1000),
    body: z.string().max(20_000).optional(),
    strength: Strength,
  })
  .openapi({
    example: {
      questionnaire: 'zo-thuis',
      source: { kind: 'pattern', a: 'gehoord', b: 'rol', filter: [] },
      title: 'Jongeren voelen zich minder gehoord',
      strength: 'sterk',
    },
  });

export const ObservationChange = z
  .object({ title: z.string().max(1000), body: z.string().max(20_000).optional(), strength: Strength })
  .openapi({ example: { title: 'Jongeren voelen zich minder gehoord', body: '', strength: 'middel' } });

export const MonitorChoice = z
  .object({ opgave: z.string().max(100).nullable() })
  .openapi({ description: 'The opgave whose monitor shows the observation, or null to take it out', example: { opgave: 'zo-thuis' } });

export const NewInterpretation = z.object({ text: z.string().max(10_000) }).openapi({ example: { text: 'Jongeren worden minder vaak zelf gesproken.' } });

const BoardCard = z
  .object({
    id: z.string(),
    text: z.string(),
    observation: z.object({ id: z.string(), title: z.string(), strength: Strength, complete: z.boolean() }),
  })
  .openapi('BoardCard');

export const Perspective = z.object({ id: z.string(), name: z.string(), description: z.string(), interpretations: z.array(BoardCard) }).openapi('Perspective');

export const PerspectiveBoard = z
  .object({ questionnaire: z.string(), perspectives: z.array(Perspective), unsorted: z.array(BoardCard) })
  .openapi('PerspectiveBoard');

export const NewPerspective = z
  .object({ name: z.string().max(1000), description: z.string().max(5000).optional() })
  .openapi({ example: { name: 'Toegang tot hulp' } });

export const PerspectiveChoice = z
  .object({ perspective: z.string().max(100).nullable() })
  .openapi({ description: 'The id of a perspective on the same board, or null for unsorted', example: { perspective: null } });
