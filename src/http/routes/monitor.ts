// The monitor, curated stories and the staalkaart over the API. For raad and aanbieder the
// monitor and staalkaart arrive already suppressed (services/monitor/build.ts): the roles of the
// session decide, never a query parameter.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { buildMonitor } from '../../services/monitor/build.ts';
import { chooseStory, removeCuratedStory } from '../../services/monitor/curation.ts';
import { setSuppressionThreshold } from '../../services/monitor/settings.ts';
import { readStaalkaart, saveDomainProfile } from '../../services/staalkaart.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { CuratedStoryChosen, MonitorDocument, Staalkaart, SuppressionSetting } from '../schemas/monitor.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';
import { serviceContext } from '../kit.ts';

const Key = z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) });

export function monitorRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/opgaven/{key}/monitor',
      summary: 'The monitor of an opgave (duiding.monitor/v1); small cells suppressed for raad and aanbieder',
      middleware: [requirePermission('monitor.read')] as const,
      request: { params: Key, query: z.object({ period: z.string().max(20).optional().openapi({ example: '2026' }) }) },
      responses: {
        200: { description: 'duiding.monitor/v1', content: { 'application/json': { schema: MonitorDocument } } },
        ...badRequest,
        ...notFound,
        ...guarded,
      },
    }),
    async (c) => {
      const session = c.get('session')!;
      const data = await buildMonitor(serviceContext(c), c.req.valid('param').key, { roles: session.roles, period: c.req.valid('query').period ?? null });
      return c.json(data, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/opgaven/{key}/curated-stories',
      summary: 'Choose a story for the council (only published stories with consent to quote)',
      middleware: [requirePermission('curation.write')] as const,
      request: {
        params: Key,
        body: {
          content: {
            'application/json': {
              schema: z.object({ story: z.string().min(1).max(200), pattern_key: z.string().max(210).optional(), note: z.string().max(1000).optional() }),
            },
          },
        },
      },
      responses: { 201: { description: 'Chosen', content: { 'application/json': { schema: CuratedStoryChosen } } }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const result = await chooseStory(serviceContext(c), c.req.valid('param').key, { storyRef: body.story, patternKey: body.pattern_key, note: body.note });
      return c.json(result, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/opgaven/{key}/curated-stories/{id}',
      summary: 'Remove a curated story',
      middleware: [requirePermission('curation.write')] as const,
      request: { params: Key.extend({ id: z.string().max(100) }) },
      responses: { 204: { description: 'Removed' }, ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      const { key, id } = c.req.valid('param');
      await removeCuratedStory(serviceContext(c), key, id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/monitor/settings',
      summary: 'The small-cell threshold of this municipality (whole number, at least 3; default 5)',
      middleware: [requirePermission('tenant.manage')] as const,
      request: { body: { content: { 'application/json': { schema: z.object({ suppression_threshold: z.union([z.number(), z.string().max(10)]) }) } } } },
      responses: { 200: { description: 'Saved', content: { 'application/json': { schema: SuppressionSetting } } }, ...invalidInput, ...guarded },
    }),
    async (c) => c.json({ suppression_threshold: await setSuppressionThreshold(serviceContext(c), c.req.valid('json').suppression_threshold) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/staalkaart',
      summary: 'Staalkaart sociaal domein: domains, legal basis, keuzeruimte, opgaven, indicators, stories',
      middleware: [requirePermission('monitor.read')] as const,
      responses: { 200: { description: 'duiding.staalkaart/v1', content: { 'application/json': { schema: Staalkaart } } }, ...guarded },
    }),
    async (c) => c.json(await readStaalkaart(serviceContext(c), c.get('session')!.roles), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/staalkaart/{domain}',
      summary: "The municipality's own legal basis and keuzeruimte for a domain",
      middleware: [requirePermission('staalkaart.write')] as const,
      request: {
        params: z.object({ domain: z.string().max(40).openapi({ example: 'jeugd' }) }),
        body: {
          content: {
            'application/json': {
              schema: z.object({ legal_basis: z.string().max(1000), room: z.string().max(20), room_explanation: z.string().max(1000) }),
            },
          },
        },
      },
      responses: { 204: { description: 'Saved' }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const body = c.req.valid('json');
      await saveDomainProfile(serviceContext(c), c.req.valid('param').domain, {
        legalBasis: body.legal_basis,
        room: body.room,
        explanation: body.room_explanation,
      });
      return c.body(null, 204);
    },
  );
  return app;
}
