// Stories shared with a network over the API (issue 15, docs/network.md "Shared stories"): a
// member releases one of its own stories whose teller consented, takes it back, and every active
// member reads the network's released stories. Refusals (no consent, not published, released
// twice, not a member) are problem+json naming the field; nothing is written.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { readSharedStories } from '../../services/network-share/shared-stories.ts';
import { releaseStory, takeBackStory } from '../../services/network-share/story-release.ts';
import { serviceContext } from '../kit.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { Release, ReleaseRequest, SharedStories } from '../schemas/network-share.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';

const Slug = z.object({ slug: z.string().max(60).openapi({ example: 'voorbeeldland' }) });

export function networkShareRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/networks/{slug}/stories',
      summary: 'The stories members released to the network, with their tellers’ consent (search in Dutch with q)',
      middleware: [requirePermission('network.read')] as const,
      request: { params: Slug, query: z.object({ q: z.string().max(200).optional() }) },
      responses: {
        200: { description: 'Released stories, newest first (or best match)', content: { 'application/json': { schema: SharedStories } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const { network, stories } = await readSharedStories(serviceContext(c), c.req.valid('param').slug, { q: c.req.valid('query').q });
      return c.json(
        {
          network,
          stories: stories.map((s) => ({
            id: s.id,
            title: s.title,
            text: s.text,
            period: s.period,
            released_at: s.releasedAt.toISOString(),
            member: s.member,
            own: s.own,
            story: s.story,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/networks/{slug}/stories',
      summary: 'Release one of the own stories to the network (only when its teller consented and it is published)',
      description:
        'The copy is redacted again and shows the member by name only when it opted to be named. Refused with 400: ' +
        '`no-share-consent` (the teller did not consent), `not-published`, `already-released`. 404: not a member, or no such story.',
      middleware: [requirePermission('network.release')] as const,
      request: { params: Slug, body: { content: { 'application/json': { schema: ReleaseRequest } }, required: true } },
      responses: { 201: { description: 'Released', content: { 'application/json': { schema: Release } } }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const released = await releaseStory(serviceContext(c), c.req.valid('param').slug, c.req.valid('json').story);
      return c.json({ network: released.network, story: released.id }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/networks/{slug}/stories/{storyId}',
      summary: 'Take a released story back from the network',
      middleware: [requirePermission('network.release')] as const,
      request: { params: Slug.extend({ storyId: z.string().max(60) }) },
      responses: { 204: { description: 'Taken back' }, ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      const { slug, storyId } = c.req.valid('param');
      await takeBackStory(serviceContext(c), slug, storyId);
      return c.body(null, 204);
    },
  );

  return app;
}
