// Observations, interpretations and perspectives (issue 11, catalysis). Thin: validate → authorize →
// one service → present. The body schemas check types and lengths; the services check the rest
// (a source that no longer runs, an unknown opgave, an incomplete observation) and name the field.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import {
  addInterpretation,
  createObservation,
  deleteObservation,
  editObservation,
  listObservations,
  readObservation,
  showInMonitor,
} from '../../services/sensemaking/observations.ts';
import { addPerspective, moveInterpretation, perspectiveBoard } from '../../services/sensemaking/perspectives.ts';
import { serviceContext } from '../kit.ts';
import { requirePermission, type AppEnv } from '../middleware/session.ts';
import { presentInterpretation, presentObservation } from '../presenters/observations.ts';
import {
  Interpretation,
  MonitorChoice,
  NewInterpretation,
  NewObservation,
  NewPerspective,
  Observation,
  ObservationChange,
  ObservationList,
  Perspective,
  PerspectiveBoard,
  PerspectiveChoice,
} from '../schemas/observations.ts';
import { badRequest, guarded, invalidInput, notFound } from '../schemas/problem.ts';

const Id = z.object({ id: z.string().max(100).openapi({ example: '6f1c0c2e-…' }) });
const Key = z.object({ key: z.string().max(100).openapi({ example: 'zo-thuis' }) });
const ListQuery = z.object({ questionnaire: z.string().max(100).optional().openapi({ description: 'Only the observations of this questionnaire' }) });

/** A body that does not validate: one problem per field, in both languages. */
function invalidBody(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }, _c: Context): undefined {
  if (result.success || !result.error) return undefined;
  const problems: Problem[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    code: 'invalid',
    nl: 'dit veld ontbreekt, heeft een verkeerde soort waarde of is te lang',
    en: 'this field is missing, of the wrong type, or too long',
  }));
  throw new InputRejected(problems);
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export function observationRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const read = requirePermission('observations.read');
  const write = requirePermission('observations.write');

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/observations',
      summary: 'Observations, newest first, each with its interpretations and whether it is complete',
      middleware: [read] as const,
      request: { query: ListQuery },
      responses: { 200: json(ObservationList, 'The observations'), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      const list = await listObservations(serviceContext(c), { questionnaire: c.req.valid('query').questionnaire });
      return c.json({ observations: list.map(presentObservation) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/observations',
      summary: 'Write an observation from a pattern, a comparison or a selection',
      description:
        "The source is run once on today's stories: a pattern not in the scan, a filter on an unknown question or overlapping subsets are refused (400, the field under `source.`), and nothing is written.",
      middleware: [write] as const,
      request: { body: body(NewObservation) },
      responses: { 201: json(Observation, 'Written'), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(presentObservation(await createObservation(serviceContext(c), c.req.valid('json'))), 201),
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/observations/{id}',
      summary: 'One observation with its interpretations',
      middleware: [read] as const,
      request: { params: Id },
      responses: { 200: json(Observation, 'The observation'), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => c.json(presentObservation(await readObservation(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/observations/{id}',
      summary: "Change an observation's title, text or strength (its source stays)",
      middleware: [write] as const,
      request: { params: Id, body: body(ObservationChange) },
      responses: { 200: json(Observation, 'Changed'), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(presentObservation(await editObservation(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/observations/{id}',
      summary: 'Remove an observation and its interpretations',
      middleware: [write] as const,
      request: { params: Id },
      responses: { 204: { description: 'Removed' }, ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => {
      await deleteObservation(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/observations/{id}/interpretations',
      summary: 'Add an interpretation (an observation needs at least two competing ones)',
      middleware: [write] as const,
      request: { params: Id, body: body(NewInterpretation) },
      responses: { 201: json(Interpretation, 'Added'), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(presentInterpretation(await addInterpretation(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 201),
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/observations/{id}/monitor',
      summary: 'Show the observation under "Wat we zagen" in an opgave\'s monitor, or take it out (null)',
      description: 'Refused (400, field `opgave`) while the observation has fewer than two interpretations.',
      middleware: [write] as const,
      request: { params: Id, body: body(MonitorChoice) },
      responses: { 200: json(Observation, 'Set'), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(presentObservation(await showInMonitor(serviceContext(c), c.req.valid('param').id, c.req.valid('json').opgave)), 200),
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/questionnaires/{key}/perspectives',
      summary: 'The perspectives board: perspectives with their interpretations, and the interpretations not yet placed',
      middleware: [read] as const,
      request: { params: Key },
      responses: { 200: json(PerspectiveBoard, 'The board'), ...badRequest, ...notFound, ...guarded },
    }),
    async (c) => c.json(await perspectiveBoard(serviceContext(c), c.req.valid('param').key), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/questionnaires/{key}/perspectives',
      summary: 'Add a perspective to the board',
      middleware: [write] as const,
      request: { params: Key, body: body(NewPerspective) },
      responses: { 201: json(Perspective, 'Added'), ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => c.json(await addPerspective(serviceContext(c), c.req.valid('param').key, c.req.valid('json')), 201),
    invalidBody,
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/interpretations/{id}/perspective',
      summary: 'Place an interpretation in a perspective of its board, or back among the unsorted (null)',
      middleware: [write] as const,
      request: { params: Id, body: body(PerspectiveChoice) },
      responses: { 204: { description: 'Placed' }, ...invalidInput, ...notFound, ...guarded },
    }),
    async (c) => {
      await moveInterpretation(serviceContext(c), c.req.valid('param').id, c.req.valid('json').perspective);
      return c.body(null, 204);
    },
    invalidBody,
  );

  return app;
}
