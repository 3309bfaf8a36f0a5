// Stories released to a network (issue 15, docs/network.md "Shared stories").
import { z } from '@hono/zod-openapi';

export const ReleaseRequest = z
  .object({ story: z.string().max(60).openapi({ description: 'The id of one of the own stories (a UUID)', example: '0b6f1c2e-8a8f-4a55-9a53-3f0d6f0e2a11' }) })
  .openapi('StoryReleaseRequest');

export const Release = z.object({ network: z.string(), story: z.string() }).openapi('StoryRelease');

export const SharedStories = z
  .object({
    network: z.object({ slug: z.string(), name: z.string() }),
    stories: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        text: z.string().openapi({ description: 'As released: personal details removed again at release' }),
        period: z.string().openapi({ description: 'The quarter the story was told in', example: '2026-Q1' }),
        released_at: z.string().openapi({ format: 'date-time' }),
        member: z.string().nullable().openapi({ description: 'The member by name when it opted to be named; null: "een gemeente in het netwerk"' }),
        story: z.string().nullable().openapi({ description: 'The story’s id, only for the municipality that released it' }),
        own: z.boolean().openapi({ description: 'Released by the asking municipality (it may take it back)' }),
      }),
    ),
  })
  .openapi('SharedStories');
