// The public story endpoints: what a teller's page sends and gets back. Limits come from the one
// source the server checks with (domain/collect/limits.ts).
import { z } from '@hono/zod-openapi';
import { MAX_STORY_TEXT, MAX_TITLE } from '../../domain/collect/limits.ts';

export const StorySubmission = z
  .object({
    id: z.string().uuid().optional().openapi({ description: 'Client-made id: a retry with the same id and content never makes a second story' }),
    language: z.string().openapi({ example: 'nl' }),
    prompt: z.string().openapi({ example: 'moment' }),
    title: z.string().max(MAX_TITLE),
    text: z.string().max(MAX_STORY_TEXT),
    answers: z.record(z.string(), z.unknown()).openapi({
      description: 'By question key; a text answer has at most MAX_TEXT_ANSWER characters (domain/collect/limits.ts)',
      example: { gehoord: 72, wie_hielp: [0.2, 0.5, 0.3], rol: 'ouder', wijk: 'WK047901', stenen: { school: [20, 80] }, uitleg: 'NA' },
    }),
    consent: z.object({
      share: z.boolean(),
      quote: z.boolean(),
      network: z
        .boolean()
        .optional()
        .openapi({
          description:
            'May the story, without personal details, be shared with other municipalities in a network the municipality is in? ' +
            'Default false; the municipality still decides per story (docs/network.md "Shared stories").',
        }),
    }),
    website: z.string().optional().openapi({ description: 'Honeypot: leave empty' }),
  })
  .openapi('StorySubmission');

export const StoryStored = z.object({ id: z.string().uuid(), withdrawalCode: z.string().openapi({ example: 'K7QM-4XRT-9PZW-HC3N' }) }).openapi('StoryStored');

export const Withdrawal = z.object({ code: z.string() }).openapi('Withdrawal');
