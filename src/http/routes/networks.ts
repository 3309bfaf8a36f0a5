// The regional learning network over the API (issue 15): read a network the municipality is a
// member of, join it with the beheerder's explicit consent, adopt a network version. Refusals
// (joining twice, an unknown version, not a member) are problem+json naming the field; nothing
// is written. The comparison (GET …/compare) is its own route.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { adoptNetworkVersion } from '../../services/network/instrument.ts';
import { joinNetwork } from '../../services/network/membership.ts';
import { networkOverview } from '../../services/network/overview.ts';
import { serviceContext } from '../kit.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { Adoption, AdoptRequest, JoinRequest, Membership, NetworkDocument } from '../schemas/network.ts';
import { guarded, invalidInput, notFound } from '../schemas/problem.ts';

const Slug = z.object({ slug: z.string().max(60).openapi({ example: 'eemland' }) });

export function networkRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/networks/{slug}',
      summary: 'A network the municipality is an active member of: members (by name only when they opted in), providers, shared questionnaires',
      middleware: [requirePermission('network.read')] as const,
      request: { params: Slug },
      responses: { 200: { description: 'The network', content: { 'application/json': { schema: NetworkDocument } } }, ...notFound, ...guarded },
    }),
    async (c) => {
      const n = await networkOverview(serviceContext(c), c.req.valid('param').slug);
      return c.json(
        {
          slug: n.slug,
          name: n.name,
          own: { named: n.own.named, joinedAt: n.own.joinedAt.toISOString() },
          memberCount: n.memberCount,
          named: n.named,
          unnamedCount: n.unnamedCount,
          providers: n.providers,
          questionnaires: n.questionnaires,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/networks/{slug}/members',
      summary: 'Join the network with the beheerder’s explicit consent (joining twice is refused)',
      middleware: [requirePermission('network.join')] as const,
      request: { params: Slug, body: { content: { 'application/json': { schema: JoinRequest } }, required: true } },
      responses: { 201: { description: 'Joined', content: { 'application/json': { schema: Membership } } }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const joined = await joinNetwork(serviceContext(c), { network: c.req.valid('param').slug, consent: c.req.valid('json').consent });
      return c.json({ network: joined.slug, name: joined.name }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/networks/{slug}/adoptions',
      summary: 'Adopt a version of a network questionnaire into the own questionnaire (local questions stay, marked local)',
      middleware: [requirePermission('network.adopt')] as const,
      request: { params: Slug, body: { content: { 'application/json': { schema: AdoptRequest } }, required: true } },
      responses: { 201: { description: 'Adopted', content: { 'application/json': { schema: Adoption } } }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await adoptNetworkVersion(serviceContext(c), { network: c.req.valid('param').slug, ...body }), 201);
    },
  );

  return app;
}
