// The regional learning network's documents (issue 15, docs/network.md).
import { z } from '@hono/zod-openapi';

export const NetworkDocument = z
  .object({
    slug: z.string(),
    name: z.string(),
    own: z.object({ named: z.boolean(), joinedAt: z.string().openapi({ format: 'date-time' }) }),
    memberCount: z.number().int(),
    named: z
      .array(z.object({ slug: z.string(), name: z.string(), own: z.boolean() }))
      .openapi({ description: 'Members that opted in to be named, and the own municipality' }),
    unnamedCount: z.number().int(),
    providers: z.array(z.object({ code: z.string(), name: z.string() })),
    questionnaires: z.array(z.object({ key: z.string(), title: z.string(), latest: z.number().int(), questionCount: z.number().int() })),
  })
  .openapi('Network');

export const JoinRequest = z
  .object({
    consent: z.literal(true).openapi({ description: 'The beheerder’s explicit consent for the municipality to join' }),
  })
  .openapi('NetworkJoin');

export const Membership = z.object({ network: z.string(), name: z.string() }).openapi('NetworkMembership');

export const AdoptRequest = z
  .object({
    questionnaire: z.string().min(1).max(100).openapi({ example: 'samen-thuis' }),
    version: z.number().int().min(1).openapi({ example: 1 }),
  })
  .openapi('NetworkAdoption');

export const Adoption = z
  .object({
    key: z.string(),
    version: z.number().int(),
    localQuestions: z.array(z.string()).openapi({ description: 'Questions of the own questionnaire that never enter a network comparison' }),
  })
  .openapi('NetworkAdopted');
