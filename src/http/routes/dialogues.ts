// Dialogues (sensemaking sessions, verantwoordingsdialogen, kwaliteitsreviews) and their actions.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { allows } from '../../services/auth/policy.ts';
import { listDialogueSummaries, readDialogue } from '../../services/dialogue-read.ts';
import { addAction, followUpAction, planDialogue } from '../../services/dialogues.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentDialogue } from '../presenters/opgaven.ts';
import { ActionUpdated, Dialogue, DialogueCreated, DialogueList } from '../schemas/opgaven.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';
import { serviceContext } from '../kit.ts';

const Id = z.object({ id: z.string().max(100) });
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });
const body = (example: unknown) => ({ body: { content: { 'application/json': { schema: z.object({}).passthrough().openapi({ example }) } }, required: true } });

export function dialogueRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/dialogues',
      summary: 'Dialogues, planned and held',
      middleware: [requirePermission('dialogues.read')] as const,
      responses: { 200: json('Dialogues', DialogueList), ...guarded },
    }),
    async (c) => c.json({ dialogues: await listDialogueSummaries(serviceContext(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/dialogues',
      summary: 'Plan a dialogue',
      middleware: [requirePermission('dialogues.write')] as const,
      request: body({
        kind: 'verantwoordingsdialoog',
        title: 'Verantwoordingsdialoog jeugd',
        heldOn: '2026-03-12',
        opgave: 'zo-thuis',
        participants: [
          { role: 'raad', name: '' },
          { role: 'aanbieder', name: 'De Linde' },
        ],
      }),
      responses: { 201: json('Planned', DialogueCreated), ...invalidInput, ...guarded },
    }),
    async (c) => c.json({ id: await planDialogue(serviceContext(c), c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/dialogues/{id}',
      summary: 'A dialogue with its participants, material, record and actions',
      description: 'Story titles in the material are only included for roles that may read stories.',
      middleware: [requirePermission('dialogues.read')] as const,
      request: { params: Id },
      responses: { 200: json('Dialogue', Dialogue), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) =>
      c.json(
        presentDialogue(await readDialogue(serviceContext(c), c.req.valid('param').id, { storyTitles: allows(c.get('session')!.roles, 'stories.read') })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/dialogues/{id}/actions',
      summary: 'Record an agreed action: kind, description, owner, due date, learning level (1 causaal, 2 reflectief, 3 systeem)',
      middleware: [requirePermission('dialogues.write')] as const,
      request: {
        params: Id,
        ...body({ kind: 'praktijk', description: 'Inloopspreekuur op school', owner: 'Wijkteam Molenwijk', dueOn: '2026-06-01', learningLevel: 1 }),
      },
      responses: { 201: json('Recorded', DialogueCreated), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json({ id: await addAction(serviceContext(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/dialogues/{id}/actions/{actionId}',
      summary: 'Follow-up of an action in the next cycle: status (open, loopt, afgerond, vervallen) and a note',
      middleware: [requirePermission('dialogues.write')] as const,
      request: { params: Id.extend({ actionId: z.string().max(100) }), ...body({ status: 'loopt', followUp: 'Gestart in mei.' }) },
      responses: { 200: json('Updated', ActionUpdated), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { id, actionId } = c.req.valid('param');
      await followUpAction(serviceContext(c), id, actionId, c.req.valid('json'));
      return c.json({ updated: true as const }, 200);
    },
  );
  return app;
}
