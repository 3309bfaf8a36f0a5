// Opgaven and their theory of change. Thin: validate the path → authorize → one service call.
// Bodies are checked by the services, which name every wrong field in Dutch and English.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { allows } from '../../services/auth/policy.ts';
import { judgeAssumption } from '../../services/assumptions.ts';
import { addAssumption, addStatement, createOpgave, linkElement, unknownOpgave } from '../../services/opgaven-edit.ts';
import { listOpgaven, theoryOfChange } from '../../services/opgaven.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentJudgement, presentTheory } from '../presenters/opgaven.ts';
import { ElementCreated, Judgement, Linked, OpgaveCreated, OpgaveList, TheoryOfChange } from '../schemas/opgaven.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';
import { serviceContext } from '../kit.ts';

const Key = z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) });
const KeyId = Key.extend({ id: z.string().max(100) });
const Body = z.object({}).passthrough();
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });
const body = (example: unknown) => ({ body: { content: { 'application/json': { schema: Body.openapi({ example }) } }, required: true } });

export function opgavenRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/opgaven',
      summary: 'Opgaven with counts of statements and assumption statuses',
      middleware: [requirePermission('opgaven.read')] as const,
      responses: { 200: json('Opgaven', OpgaveList), ...guarded },
    }),
    async (c) => c.json({ opgaven: await listOpgaven(serviceContext(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/opgaven',
      summary: 'Create an opgave',
      middleware: [requirePermission('opgaven.write')] as const,
      request: body({ key: 'zo-thuis', title: 'Kinderen en jongeren groeien zo thuis mogelijk op', domain: 'jeugd', description: '…' }),
      responses: { 201: json('Created', OpgaveCreated), ...invalidInput, ...guarded },
    }),
    async (c) => c.json({ key: await createOpgave(serviceContext(c), c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/opgaven/{key}',
      summary: 'An opgave with its theory of change: statements, assumptions, statuses, evidence and history, links',
      description: 'Story titles in evidence are only included for roles that may read stories.',
      middleware: [requirePermission('opgaven.read')] as const,
      request: { params: Key },
      responses: { 200: json('Theory of change', TheoryOfChange), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      const roles = c.get('session')!.roles;
      const { key } = c.req.valid('param');
      const theory = await theoryOfChange(serviceContext(c), key, { storyTitles: allows(roles, 'stories.read') });
      if (!theory) throw unknownOpgave(key);
      return c.json(presentTheory(theory), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/opgaven/{key}/statements',
      summary: 'Add a statement: "als wij A doen (action), draagt dat bij aan B (contributesTo), omdat C (because)"',
      middleware: [requirePermission('opgaven.write')] as const,
      request: {
        params: Key,
        ...body({
          action: 'het wijkteam dichtbij laten werken',
          contributesTo: 'minder zware hulp',
          because: 'problemen eerder gezien worden',
          buildingBlock: 'activiteiten-en-veranderverhaal',
        }),
      },
      responses: { 201: json('Created', ElementCreated), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json({ id: await addStatement(serviceContext(c), c.req.valid('param').key, c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/opgaven/{key}/statements/{id}/assumptions',
      summary: 'Add an assumption under a statement',
      middleware: [requirePermission('opgaven.write')] as const,
      request: { params: KeyId, ...body({ text: 'Gezinnen melden zich eerder als het wijkteam dichtbij is.', buildingBlock: 'samenwerking' }) },
      responses: { 201: json('Created', ElementCreated), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { key, id } = c.req.valid('param');
      return c.json({ id: await addAssumption(serviceContext(c), key, id, c.req.valid('json')) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/opgaven/{key}/elements/{id}/links',
      summary: 'Link an indicator or a story question to a statement or assumption',
      middleware: [requirePermission('opgaven.write')] as const,
      request: { params: KeyId, ...body({ kind: 'indicator', ref: 'wachttijd_weken' }) },
      responses: { 201: json('Linked', Linked), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { key, id } = c.req.valid('param');
      await linkElement(serviceContext(c), key, id, c.req.valid('json'));
      return c.json({ linked: true as const }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/opgaven/{key}/assumptions/{id}/status',
      summary: 'Set an assumption’s status — only with evidence (patterns, stories, indicator series or a dialogue’s conclusion)',
      description: 'Without at least one item of evidence the request is refused (400, code evidence-required). Every change is kept in the history.',
      middleware: [requirePermission('assumptions.judge')] as const,
      request: {
        params: KeyId,
        ...body({
          status: 'twijfelachtig',
          evidence: {
            note: 'Jongeren voelen zich minder gehoord dan ouders.',
            items: [
              { kind: 'pattern', questionnaire: 'zo-thuis', a: 'gehoord', b: 'rol' },
              { kind: 'indicator', indicator: 'wachttijd_weken', area: 'GM9999' },
            ],
          },
        }),
      },
      responses: { 201: json('Status set', Judgement), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      const { key, id } = c.req.valid('param');
      return c.json(presentJudgement(await judgeAssumption(serviceContext(c), key, id, c.req.valid('json'))), 201);
    },
  );
  return app;
}
